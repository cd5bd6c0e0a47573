// Account writes. Each runs in one transaction (its own, or the caller's `client`) together
// with its audit row. Passwords arrive hashed: hashing is slow and stays outside transactions.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { readUserToken } from "@/lib/auth/tokens";
import { db, type DbClient } from "@/lib/db";
import type { AccountContact } from "./queries";
import { isUniqueViolation } from "@/lib/db-errors";
import type { BuyerRegistration, Invitation, SmeRegistration } from "./schemas";
import { firstFreeSlug, slugify } from "./slug";

export interface RequestContext {
  /** The client's address, for the audit log. */
  ip: string;
  now?: Date;
}

function inTransaction<T>(client: DbClient | undefined, work: (tx: DbClient) => Promise<T>): Promise<T> {
  return client ? work(client) : db.$transaction((tx) => work(tx));
}

/** Turns a lost race on the unique email (two sign-ups at once) into the same field error. */
async function withUniqueEmail<T>(work: () => Promise<T>, messageKey = "Validation.emailTaken"): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new UserFacingError(messageKey, "email");
    throw error;
  }
}

async function assertEmailFree(tx: DbClient, email: string): Promise<void> {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new UserFacingError("Validation.emailTaken", "email");
}

const contactSelect = { id: true, email: true, name: true, locale: true } as const;

/** A new SME owner (ACTIVE, email not verified yet) with their enterprise as a DRAFT. */
export async function registerSmeOwner(
  input: SmeRegistration,
  passwordHash: string,
  context: RequestContext,
  client?: DbClient,
): Promise<AccountContact & { enterpriseId: string }> {
  return withUniqueEmail(() =>
    inTransaction(client, async (tx) => {
      await assertEmailFree(tx, input.email);
      const kecamatan = await tx.kecamatan.findUnique({ where: { code: input.kecamatanCode }, select: { code: true } });
      if (!kecamatan) throw new UserFacingError("Validation.kecamatanUnknown", "kecamatanCode");
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          phone: input.phone ?? null,
          passwordHash,
          role: "SME",
          status: "ACTIVE",
          locale: input.locale,
          emailVerifiedAt: null,
        },
        select: contactSelect,
      });
      const base = slugify(input.legalName);
      const taken = await tx.enterprise.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      const enterprise = await tx.enterprise.create({
        data: {
          slug: firstFreeSlug(base, taken.map((row) => row.slug)),
          ownerId: user.id,
          legalName: input.legalName,
          legalForm: input.legalForm,
          kecamatanCode: kecamatan.code,
          status: "DRAFT",
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.register",
        entityType: "User",
        entityId: user.id,
        data: { role: "SME", enterpriseId: enterprise.id },
        ip: context.ip,
      });
      return { ...user, enterpriseId: enterprise.id };
    }),
  );
}

/** A new buyer (ACTIVE, email not verified yet) with their organisation. */
export async function registerBuyer(
  input: BuyerRegistration,
  passwordHash: string,
  context: RequestContext,
  client?: DbClient,
): Promise<AccountContact & { buyerOrganizationId: string }> {
  return withUniqueEmail(() =>
    inTransaction(client, async (tx) => {
      await assertEmailFree(tx, input.email);
      const base = slugify(input.organizationName, "pembeli");
      const taken = await tx.buyerOrganization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      const organization = await tx.buyerOrganization.create({
        data: {
          slug: firstFreeSlug(base, taken.map((row) => row.slug)),
          name: input.organizationName,
          kind: input.kind,
          city: input.city,
          country: input.country,
        },
        select: { id: true },
      });
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          phone: input.phone ?? null,
          passwordHash,
          role: "BUYER",
          status: "ACTIVE",
          locale: input.locale,
          emailVerifiedAt: null,
          buyerOrganizationId: organization.id,
        },
        select: contactSelect,
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.register",
        entityType: "User",
        entityId: user.id,
        data: { role: "BUYER", buyerOrganizationId: organization.id },
        ip: context.ip,
      });
      return { ...user, buyerOrganizationId: organization.id };
    }),
  );
}

export type VerifyEmailResult = { ok: true } | { ok: false; reason: "invalid" | "expired" | "used" };

/** Marks the address of a verification link's account as verified; a second use is "used". */
export async function verifyEmail(token: string, context: RequestContext): Promise<VerifyEmailResult> {
  const now = context.now ?? new Date();
  const check = await readUserToken("verify-email", token, now);
  if (!check.ok) return check;
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: check.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    if (count === 0) return { ok: false, reason: "used" } as const;
    await recordAudit(tx, { actorId: check.userId, action: "user.verify-email", entityType: "User", entityId: check.userId, ip: context.ip });
    return { ok: true } as const;
  });
}

export async function recordAccountEmailRequest(
  userId: string,
  action: "user.password-reset-requested" | "user.verification-resent",
  context: RequestContext,
  client?: DbClient,
): Promise<void> {
  await recordAudit(client ?? db, { actorId: null, action, entityType: "User", entityId: userId, ip: context.ip });
}

/** Sets a new password. The emailed link proved the address, so it counts as verified too. */
export async function resetPassword(userId: string, passwordHash: string, context: RequestContext, client?: DbClient): Promise<void> {
  const now = context.now ?? new Date();
  await inTransaction(client, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { emailVerifiedAt: true } });
    await tx.user.update({
      where: { id: userId },
      // A reset ends every session signed in with the old password.
      data: { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? now, sessionsValidFrom: now },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: userId, action: "user.password-reset", entityType: "User", entityId: userId, ip: context.ip });
  });
}

/** Invites a STAFF or PARTNER user; inviting an address still INVITED again updates it and re-sends. */
export async function inviteUser(
  input: Invitation,
  actorId: string,
  context: RequestContext,
  client?: DbClient,
): Promise<AccountContact & { resent: boolean; organizationName: string | null }> {
  return withUniqueEmail(
    () =>
      inTransaction(client, async (tx) => {
        const organization = input.partnerOrganizationId
          ? await tx.partnerOrganization.findUnique({ where: { id: input.partnerOrganizationId }, select: { id: true, name: true } })
          : null;
        if (input.partnerOrganizationId && !organization) {
          throw new UserFacingError("Validation.partnerOrganizationUnknown", "partnerOrganizationId");
        }
        const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, status: true } });
        if (existing && existing.status !== "INVITED") throw new UserFacingError("Validation.emailTakenByAccount", "email");
        const data = { name: input.name, role: input.role, locale: input.locale, partnerOrganizationId: organization?.id ?? null };
        const user = existing
          ? await tx.user.update({ where: { id: existing.id }, data, select: contactSelect })
          : await tx.user.create({
              data: { ...data, email: input.email, status: "INVITED", passwordHash: null, emailVerifiedAt: null },
              select: contactSelect,
            });
        await recordAudit(tx, {
          actorId,
          action: "user.invite",
          entityType: "User",
          entityId: user.id,
          data: { role: input.role, partnerOrganizationId: organization?.id ?? null, resent: Boolean(existing) },
          ip: context.ip,
        });
        return { ...user, resent: Boolean(existing), organizationName: organization?.name ?? null };
      }),
    "Validation.emailTakenByAccount",
  );
}

/** The invitee sets their name and password: the account becomes ACTIVE with a verified address. */
export async function acceptInvitation(
  userId: string,
  input: { name: string; passwordHash: string },
  context: RequestContext,
  client?: DbClient,
): Promise<void> {
  const now = context.now ?? new Date();
  await inTransaction(client, async (tx) => {
    // Conditional on INVITED, so two submissions of one link cannot both succeed.
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: "INVITED" },
      data: { name: input.name, passwordHash: input.passwordHash, status: "ACTIVE", emailVerifiedAt: now },
    });
    if (count === 0) throw new UserFacingError("Invitation.linkUsed");
    await recordAudit(tx, { actorId: userId, action: "user.invitation-accepted", entityType: "User", entityId: userId, ip: context.ip });
    // An owner whose enterprise staff registered for them (assisted mode) now holds it themselves.
    const assisted = await tx.enterprise.findUnique({ where: { ownerId: userId }, select: { id: true, assistedAt: true, assistedById: true } });
    if (assisted?.assistedAt) {
      await recordAudit(tx, {
        actorId: userId,
        action: "enterprise.takeover",
        entityType: "Enterprise",
        entityId: assisted.id,
        data: { assistedById: assisted.assistedById },
        ip: context.ip,
      });
    }
  });
}
