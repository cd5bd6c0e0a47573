"use server";

// The first-admin setup form. Public: the one-time token printed by the server is the proof,
// and it works only while no ADMIN exists (lib/first-admin/setup-link.ts).
import { headers } from "next/headers";
import { firstAdminSchema } from "@/lib/account-lifecycle/schemas";
import { defineFormAction } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import { clientIp } from "@/lib/http/client-ip";
import { createFirstAdmin } from "./mutations";

export const createFirstAdminAccountAction = defineFormAction({
  name: "firstAdmin.create",
  access: "public",
  schema: firstAdminSchema,
  run: async ({ token, name, email, password, locale }) => {
    await createFirstAdmin({ token, name, email, passwordHash: await hashPassword(password), locale }, { ip: clientIp(await headers()) });
    return { ok: true, message: "AdminSetup.doneHeading" };
  },
});
