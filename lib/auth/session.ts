// The signed-in user, read fresh from the database on every request (deduplicated per request),
// so a deactivated user's session stops working immediately.
import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Locale, Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { can, roleHome, type Permission } from "./permissions";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  enterpriseId: string | null;
  buyerOrganizationId: string | null;
  partnerOrganizationId: string | null;
}

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      status: true,
      buyerOrganizationId: true,
      partnerOrganizationId: true,
      enterprise: { select: { id: true } },
    },
  });
  if (!user || user.status !== "ACTIVE") return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    enterpriseId: user.enterprise?.id ?? null,
    buyerOrganizationId: user.buyerOrganizationId,
    partnerOrganizationId: user.partnerOrganizationId,
  };
});

function signInPath(callbackPath: string): string {
  return `/masuk?callbackUrl=${encodeURIComponent(callbackPath.startsWith("/") ? callbackPath : "/")}`;
}

export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(callbackPath));
  return user;
}

/** For role areas: signed out -> sign-in page; signed in with another role -> that role's home. */
export async function requireRole(roles: Role[], callbackPath: string): Promise<SessionUser> {
  const user = await requireUser(callbackPath);
  if (!roles.includes(user.role)) redirect(roleHome[user.role]);
  return user;
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

/** For server actions and route handlers: the law, whatever the layout showed. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user || !can(user.role, permission)) throw new ForbiddenError(permission);
  return user;
}
