// The signed-in user as the portal sees them, read fresh from the database: the session cookie
// carries only the user id, so a role change or a deactivation applies on the next request.
import { db } from "@/lib/db";
import type { Locale, Role } from "@/lib/generated/prisma/enums";

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

/**
 * The user behind a session, or null when the account is gone, no longer active, or the session
 * was signed in (at `signedInAt`, epoch ms) before the account's sessions were revoked.
 */
export async function loadSessionUser(userId: string, signedInAt: number | undefined): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      status: true,
      sessionsValidFrom: true,
      buyerOrganizationId: true,
      partnerOrganizationId: true,
      enterprise: { select: { id: true } },
    },
  });
  if (!user || user.status !== "ACTIVE") return null;
  if (user.sessionsValidFrom && (signedInAt === undefined || signedInAt < user.sessionsValidFrom.getTime())) return null;
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
}
