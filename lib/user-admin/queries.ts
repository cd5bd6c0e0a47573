import "server-only";
import { db } from "@/lib/db";

/** How many admins can sign in now: the user list hides controls that would leave none. */
export async function countActiveAdmins(): Promise<number> {
  return db.user.count({ where: { role: "ADMIN", status: "ACTIVE" } });
}
