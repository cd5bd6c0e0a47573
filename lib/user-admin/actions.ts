"use server";

// User management in /admin: change a role, deactivate, reactivate ("user:manage").
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineFormAction } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { type AdminContext, changeUserRole, deactivateUser, reactivateUser } from "./mutations";
import { changeRoleSchema, userStatusChangeSchema } from "./schemas";

// defineFormAction has already checked "user:manage", so there is an actor.
async function contextOf(actor: SessionUser | null): Promise<AdminContext> {
  if (!actor) throw new Error("user:manage action ran without a user");
  return { actorId: actor.id, ip: clientIp(await headers()) };
}

export const changeRoleAction = defineFormAction({
  name: "users.changeRole",
  access: "user:manage",
  schema: changeRoleSchema,
  run: async ({ userId, role }, actor) => {
    const ctx = await contextOf(actor);
    const outcome = await db.$transaction((tx) => changeUserRole(tx, ctx, userId, role));
    revalidatePath("/admin");
    return { ok: true, message: outcome === "changed" ? "AdminUsers.roleChanged" : "AdminUsers.roleUnchanged" };
  },
});

export const deactivateAction = defineFormAction({
  name: "users.deactivate",
  access: "user:manage",
  schema: userStatusChangeSchema,
  run: async ({ userId }, actor) => {
    const ctx = await contextOf(actor);
    await db.$transaction((tx) => deactivateUser(tx, ctx, userId));
    revalidatePath("/admin");
    return { ok: true, message: "AdminUsers.deactivated" };
  },
});

export const reactivateAction = defineFormAction({
  name: "users.reactivate",
  access: "user:manage",
  schema: userStatusChangeSchema,
  run: async ({ userId }, actor) => {
    const ctx = await contextOf(actor);
    await db.$transaction((tx) => reactivateUser(tx, ctx, userId));
    revalidatePath("/admin");
    return { ok: true, message: "AdminUsers.reactivated" };
  },
});
