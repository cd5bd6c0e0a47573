import "server-only";
import { readUserToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import type { Locale, PartnerKind, Role } from "@/lib/generated/prisma/enums";

export interface KecamatanOption {
  code: string;
  name: string;
}

/** The registration form's kecamatan list. */
export async function listKecamatanOptions(): Promise<KecamatanOption[]> {
  return db.kecamatan.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}

export interface PartnerOrganizationOption {
  id: string;
  name: string;
  kind: PartnerKind;
}

/** The invitation form's partner organisations (a handful: banks, the FTA Center, agencies). */
export async function listPartnerOrganizationOptions(): Promise<PartnerOrganizationOption[]> {
  return db.partnerOrganization.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
}

/** Who an email link or form is for: enough to address them and to sign a link. */
export interface AccountContact {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

const contactSelect = { id: true, email: true, name: true, locale: true } as const;

/** An account that signed up but has not verified its address yet. */
export async function findUnverifiedAccount(email: string): Promise<AccountContact | null> {
  return db.user.findFirst({
    where: { email, status: "ACTIVE", emailVerifiedAt: null, passwordHash: { not: null }, deletedAt: null },
    select: contactSelect,
  });
}

/** An account that can sign in with a password (so may reset it). */
export async function findPasswordAccount(email: string): Promise<AccountContact | null> {
  return db.user.findFirst({
    where: { email, status: "ACTIVE", passwordHash: { not: null }, deletedAt: null },
    select: contactSelect,
  });
}

export async function getAccountContact(userId: string): Promise<AccountContact | null> {
  return db.user.findUnique({ where: { id: userId }, select: contactSelect });
}

/** Whether the registration form's kecamatan exists (checked before anything tells accounts apart). */
export async function kecamatanExists(code: string): Promise<boolean> {
  return (await db.kecamatan.count({ where: { code } })) > 0;
}

export type InvitationLookup =
  | { ok: true; email: string; name: string; role: Role; organizationName: string | null }
  | { ok: false; reason: "invalid" | "expired" | "used" };

/** What the invitation page shows for a link. */
export async function findInvitation(token: string): Promise<InvitationLookup> {
  const check = await readUserToken("invite", token);
  if (!check.ok) return check;
  const user = await db.user.findUnique({
    where: { id: check.userId },
    select: { email: true, name: true, role: true, status: true, partnerOrganization: { select: { name: true } } },
  });
  if (!user) return { ok: false, reason: "invalid" };
  if (user.status !== "INVITED") return { ok: false, reason: "used" };
  return { ok: true, email: user.email, name: user.name, role: user.role, organizationName: user.partnerOrganization?.name ?? null };
}

export type PasswordResetLookup = { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Whether a password reset link can still be used (the page shows the form or says why not). */
export async function findPasswordResetAccount(token: string): Promise<PasswordResetLookup> {
  const check = await readUserToken("reset-password", token);
  if (!check.ok) return check;
  const user = await db.user.findUnique({ where: { id: check.userId }, select: { email: true } });
  return user ? { ok: true, email: user.email } : { ok: false, reason: "invalid" };
}
