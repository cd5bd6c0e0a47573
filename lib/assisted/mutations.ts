// Writes of assisted mode. Each takes the caller's transaction client and records its audit
// rows in it; mail goes out after the commit (lib/assisted/emails.ts).
import "server-only";
import { firstFreeSlug, slugify } from "@/lib/account-lifecycle/slug";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { LegalForm, Locale } from "@/lib/generated/prisma/enums";
import type { AssistedEnterpriseInput } from "./schemas";

export interface RequestContext {
  /** The client's address, for the audit log. */
  ip: string;
  now?: Date;
}

/** What the takeover email says: who is written to, who helped, and what was registered. */
export interface TakeoverFacts {
  owner: { id: string; email: string; name: string; locale: Locale };
  staffName: string;
  enterprise: { id: string; legalName: string; brandName: string | null; legalForm: LegalForm; kecamatanName: string };
}

/**
 * An INVITED SME owner (no password) and their enterprise as a DRAFT flagged as assisted by
 * `staff`. An address that already has an account is refused: its owner registers or signs in.
 */
export async function createAssistedEnterprise(
  tx: DbClient,
  staff: { id: string; name: string },
  input: AssistedEnterpriseInput,
  context: RequestContext,
): Promise<TakeoverFacts> {
  const now = context.now ?? new Date();
  const existing = await tx.user.findUnique({ where: { email: input.ownerEmail }, select: { id: true } });
  if (existing) throw new UserFacingError("Assisted.emailTaken", "ownerEmail");
  const kecamatan = await tx.kecamatan.findUnique({ where: { code: input.kecamatanCode }, select: { code: true, name: true } });
  if (!kecamatan) throw new UserFacingError("Validation.kecamatanUnknown", "kecamatanCode");

  const owner = await tx.user.create({
    data: {
      email: input.ownerEmail,
      name: input.ownerName,
      phone: input.ownerPhone ?? null,
      passwordHash: null,
      role: "SME",
      status: "INVITED",
      locale: input.locale,
      emailVerifiedAt: null,
    },
    select: { id: true, email: true, name: true, locale: true },
  });
  const base = slugify(input.legalName);
  const taken = await tx.enterprise.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const enterprise = await tx.enterprise.create({
    data: {
      slug: firstFreeSlug(base, taken.map((row) => row.slug)),
      ownerId: owner.id,
      legalName: input.legalName,
      brandName: input.brandName ?? null,
      legalForm: input.legalForm,
      kecamatanCode: kecamatan.code,
      status: "DRAFT",
      assistedById: staff.id,
      assistedAt: now,
    },
    select: { id: true, legalName: true, brandName: true, legalForm: true },
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "user.invite",
    entityType: "User",
    entityId: owner.id,
    data: { role: "SME", enterpriseId: enterprise.id, assisted: true, resent: false },
    ip: context.ip,
  });
  await recordAudit(tx, {
    actorId: staff.id,
    action: "enterprise.assisted-create",
    entityType: "Enterprise",
    entityId: enterprise.id,
    // The owner's agreement to be helped, as the staff member confirmed it.
    data: { ownerId: owner.id, ownerConsent: true },
    ip: context.ip,
  });
  return { owner, staffName: staff.name, enterprise: { ...enterprise, kecamatanName: kecamatan.name } };
}

/**
 * Records that staff sent the takeover invitation again, only while the owner has not taken
 * the account over; returns what the email says.
 */
export async function prepareTakeoverResend(
  tx: DbClient,
  staff: { id: string; name: string },
  enterpriseId: string,
  context: RequestContext,
): Promise<TakeoverFacts> {
  const enterprise = await tx.enterprise.findFirst({
    where: { id: enterpriseId, assistedAt: { not: null } },
    select: {
      id: true,
      legalName: true,
      brandName: true,
      legalForm: true,
      kecamatan: { select: { name: true } },
      owner: { select: { id: true, email: true, name: true, locale: true, status: true } },
    },
  });
  if (!enterprise) throw new UserFacingError("Assisted.notFound");
  const { owner, kecamatan, ...facts } = enterprise;
  if (!owner || owner.status !== "INVITED") throw new UserFacingError("Assisted.alreadyTakenOver");
  await recordAudit(tx, {
    actorId: staff.id,
    action: "user.invite",
    entityType: "User",
    entityId: owner.id,
    data: { role: "SME", enterpriseId: enterprise.id, assisted: true, resent: true },
    ip: context.ip,
  });
  return {
    owner: { id: owner.id, email: owner.email, name: owner.name, locale: owner.locale },
    staffName: staff.name,
    enterprise: { ...facts, kecamatanName: kecamatan.name },
  };
}
