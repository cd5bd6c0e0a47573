// Who may open the development mailbox (/dev/surat): captured mail holds sign-up, reset and
// invitation links, so anyone who can reach a development server must not read it. It exists
// only in development while mail is captured, and then only for an admin. Pure.
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export type DevMailboxAccess = "not-found" | "sign-in" | "allowed";

export function devMailboxAccess(enabled: boolean, role: Role | null): DevMailboxAccess {
  if (!enabled) return "not-found";
  if (role === null) return "sign-in";
  // Other roles learn nothing, not even that the page exists.
  return can(role, "area:admin") ? "allowed" : "not-found";
}
