// Partner referrals below the browser: a partner sees exactly the SMEs that consented to its
// own organisation, for as long as the consent lasts; revocation ends the list row, the detail
// and recording at once; SMEs grant and revoke only for their own enterprise, audited; the KUR
// amount rules hold and bad input changes nothing; staff statistics equal hand counts.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { PartnerKind } from "@/lib/generated/prisma/enums";
import { recordReferralOutcomeAction, updateConsentAction } from "@/lib/referrals/actions";
import { getConsentedReferral, listConsentedReferrals, listConsentOptions } from "@/lib/referrals/queries";
import { getReferralStatistics } from "@/lib/referrals/statistics";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { createUser, form, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";
import { seedSme, sessionOf } from "./support/sourcing";

setRequestHeaders({ "x-temu-socket-address": "192.0.2.44" });

const initial: FormState = { ok: false };

async function seedPartner(slug: string, kind: PartnerKind) {
  const organization = await db.partnerOrganization.create({ data: { slug, name: `Mitra ${slug}`, kind } });
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Petugas ${slug}`, role: "PARTNER", partnerOrganizationId: organization.id } });
  return { organization, user, session: { ...sessionOf(user), partnerOrganizationId: organization.id } };
}

async function consent(user: SessionUser, partnerOrganizationId: string, purpose: string, intent: "grant" | "revoke" = "grant") {
  signInAs(user);
  return updateConsentAction(initial, form({ partnerOrganizationId, purpose, intent }));
}

async function recordOutcome(user: SessionUser, consentId: string, fields: Record<string, string>) {
  signInAs(user);
  return recordReferralOutcomeAction(initial, form({ consentId, amount: "", note: "", ...fields }));
}

/** Two partners (a bank, an OTHER taking both purposes) and three SMEs with mixed consents. */
async function seedReferrals() {
  const bank = await seedPartner("bank", "HIMBARA_BANK");
  const other = await seedPartner("lain", "OTHER");
  const a = await seedSme("ikm-a", ["13134"]);
  const b = await seedSme("ikm-b", ["10793"]);
  const c = await seedSme("ikm-c", ["13134"]);
  for (const [sme, partner, purpose] of [
    [a, bank, "KUR_FINANCING"],
    [b, bank, "KUR_FINANCING"],
    [a, other, "EXPORT_ASSISTANCE"],
    [c, other, "KUR_FINANCING"],
    [c, other, "EXPORT_ASSISTANCE"],
  ] as const) {
    expect(await consent(sme.session, partner.organization.id, purpose)).toEqual({ ok: true, message: "Referrals.consent.granted" });
  }
  const consentOf = (sme: typeof a, partner: typeof bank, purpose: "KUR_FINANCING" | "EXPORT_ASSISTANCE") =>
    db.partnerConsent.findUniqueOrThrow({
      where: { enterpriseId_partnerOrganizationId_purpose: { enterpriseId: sme.enterprise.id, partnerOrganizationId: partner.organization.id, purpose } },
    });
  return { bank, other, a, b, c, consentOf };
}

const listed = async (partnerOrganizationId: string, filter = {}) =>
  (await listConsentedReferrals(partnerOrganizationId, filter, 1)).items.map((row) => `${row.enterprise.legalName}/${row.purpose}`).sort();

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("what a partner sees", () => {
  it("is exactly the SMEs that consented to its own organisation, filtered by purpose and name", async () => {
    const { bank, other, a, consentOf } = await seedReferrals();
    expect(await listed(bank.organization.id)).toEqual(["UD ikm-a/KUR_FINANCING", "UD ikm-b/KUR_FINANCING"]);
    expect(await listed(other.organization.id)).toEqual(["UD ikm-a/EXPORT_ASSISTANCE", "UD ikm-c/EXPORT_ASSISTANCE", "UD ikm-c/KUR_FINANCING"]);
    expect(await listed(other.organization.id, { purpose: "KUR_FINANCING" })).toEqual(["UD ikm-c/KUR_FINANCING"]);
    expect(await listed(other.organization.id, { q: "merek ikm-a" })).toEqual(["UD ikm-a/EXPORT_ASSISTANCE"]);
    const page = await listConsentedReferrals(other.organization.id, {}, 2, 2);
    expect([page.total, page.pageCount, page.items.length]).toEqual([3, 2, 1]);

    // Another partner's consent is not reachable by id.
    const bankConsent = await consentOf(a, bank, "KUR_FINANCING");
    expect(await getConsentedReferral(other.organization.id, bankConsent.id)).toBeNull();
    expect((await getConsentedReferral(bank.organization.id, bankConsent.id))?.enterprise.legalName).toBe("UD ikm-a");
    expect(await recordOutcome(other.session, bankConsent.id, { kind: "CONTACTED" })).toMatchObject({ ok: false, message: "Referrals.errors.notFound" });
    expect(await db.partnerReferralOutcome.count()).toBe(0);
  });

  it("ends the moment the SME revokes: list, detail and recording are refused; granting again restores them", async () => {
    const { bank, a, consentOf } = await seedReferrals();
    const row = await consentOf(a, bank, "KUR_FINANCING");
    expect(await recordOutcome(bank.session, row.id, { kind: "CONTACTED", note: "Ditelepon" })).toEqual({ ok: true, message: "Referrals.outcome.saved" });

    expect(await consent(a.session, bank.organization.id, "KUR_FINANCING", "revoke")).toEqual({ ok: true, message: "Referrals.consent.revoked" });
    expect(await listed(bank.organization.id)).toEqual(["UD ikm-b/KUR_FINANCING"]);
    expect(await getConsentedReferral(bank.organization.id, row.id)).toBeNull();
    expect(await recordOutcome(bank.session, row.id, { kind: "KUR_APPROVED", amount: "50.000.000" })).toMatchObject({ ok: false, message: "Referrals.errors.notFound" });
    expect(await db.partnerReferralOutcome.count()).toBe(1);
    // Revoking again changes nothing.
    expect(await consent(a.session, bank.organization.id, "KUR_FINANCING", "revoke")).toEqual({ ok: true, message: "Referrals.consent.unchanged" });

    expect(await consent(a.session, bank.organization.id, "KUR_FINANCING")).toMatchObject({ ok: true });
    const again = await getConsentedReferral(bank.organization.id, row.id);
    expect(again?.outcomes.map((outcome) => outcome.kind)).toEqual(["CONTACTED"]);
    expect(again!.grantedAt.getTime()).toBeGreaterThan(row.grantedAt.getTime());
  });

  it("refuses an outcome sent while a revocation is being committed: the write waits for it and re-checks", async () => {
    const { bank, a, consentOf } = await seedReferrals();
    const row = await consentOf(a, bank, "KUR_FINANCING");
    let revoked!: () => void;
    let release!: () => void;
    const revokedInTransaction = new Promise<void>((resolve) => (revoked = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const revocation = db.$transaction(async (tx) => {
      await tx.partnerConsent.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
      revoked();
      await gate;
    });
    await revokedInTransaction;
    const recording = recordOutcome(bank.session, row.id, { kind: "CONTACTED" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await revocation;
    expect(await recording).toMatchObject({ ok: false, message: "Referrals.errors.notFound" });
    expect(await db.partnerReferralOutcome.count()).toBe(0);
  });
});

describe("an SME's consents", () => {
  it("are its own: the enterprise comes from the session, never from the form, and every change is audited", async () => {
    const { bank, a, b } = await seedReferrals();
    // b "revokes" a's consent by sending a's enterprise id: only b's own consent is touched.
    signInAs(b.session);
    await updateConsentAction(initial, form({ partnerOrganizationId: bank.organization.id, purpose: "KUR_FINANCING", intent: "revoke", enterpriseId: a.enterprise.id }));
    expect(await listed(bank.organization.id)).toEqual(["UD ikm-a/KUR_FINANCING"]);

    const audit = await db.auditLog.findMany({ where: { action: { in: ["consent.grant", "consent.revoke"] } }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(6);
    expect(audit.at(-1)).toMatchObject({ action: "consent.revoke", actorId: b.owner.id, entityType: "Enterprise", entityId: b.enterprise.id, ip: "192.0.2.44", data: { partnerOrganizationId: bank.organization.id, purpose: "KUR_FINANCING" } });
    expect(audit[0]).toMatchObject({ action: "consent.grant", actorId: a.owner.id, entityId: a.enterprise.id, data: { partnerOrganizationId: bank.organization.id, purpose: "KUR_FINANCING" } });

    // Granting an active consent again is no change and no audit row.
    expect(await consent(a.session, bank.organization.id, "KUR_FINANCING")).toEqual({ ok: true, message: "Referrals.consent.unchanged" });
    expect(await db.auditLog.count({ where: { action: "consent.grant" } })).toBe(5);

    const options = await listConsentOptions(a.enterprise.id);
    expect(options.map((option) => [option.name, option.consents.map((row) => [row.purpose, row.revokedAt === null])])).toEqual([
      ["Mitra bank", [["KUR_FINANCING", true]]],
      ["Mitra lain", [["EXPORT_ASSISTANCE", true]]],
    ]);
  });

  it("refuse a purpose the partner does not take, an unknown partner, bad input, and users who are not SMEs", async () => {
    const { bank, other, a } = await seedReferrals();
    const before = await db.partnerConsent.findMany({ orderBy: { id: "asc" } });
    expect(await consent(a.session, bank.organization.id, "EXPORT_ASSISTANCE")).toMatchObject({ ok: false, message: "Referrals.errors.purposeNotOffered" });
    expect(await consent(a.session, "tidakada", "KUR_FINANCING")).toMatchObject({ ok: false, message: "Referrals.errors.purposeNotOffered" });
    expect(await consent(a.session, bank.organization.id, "HIBAH")).toMatchObject({ ok: false, fieldErrors: { purpose: expect.any(Array) } });
    expect(await consent(a.session, bank.organization.id, "KUR_FINANCING", "hapus" as "grant")).toMatchObject({ ok: false, fieldErrors: { intent: expect.any(Array) } });
    expect(await consent(bank.session, other.organization.id, "KUR_FINANCING")).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await consent(await createUser("SME"), other.organization.id, "KUR_FINANCING")).toMatchObject({ ok: false, message: "Referrals.errors.noEnterprise" });
    expect(await db.partnerConsent.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: { in: ["consent.grant", "consent.revoke"] } } })).toBe(5);
  });
});

describe("recording outcomes", () => {
  it("requires the KUR amount for an approval, refuses it otherwise, and keeps outcomes to their purpose", async () => {
    const { bank, other, a, c, consentOf } = await seedReferrals();
    const kur = await consentOf(a, bank, "KUR_FINANCING");
    const exportConsent = await consentOf(c, other, "EXPORT_ASSISTANCE");
    expect(await recordOutcome(bank.session, kur.id, { kind: "KUR_APPROVED" })).toMatchObject({ ok: false, fieldErrors: { amount: ["Referrals.errors.amountRequired"] } });
    expect(await recordOutcome(bank.session, kur.id, { kind: "KUR_APPROVED", amount: "0" })).toMatchObject({ ok: false, fieldErrors: { amount: ["Referrals.errors.amountRequired"] } });
    expect(await recordOutcome(bank.session, kur.id, { kind: "KUR_APPROVED", amount: "-5" })).toMatchObject({ ok: false, fieldErrors: { amount: ["Referrals.errors.amountInvalid"] } });
    expect(await recordOutcome(bank.session, kur.id, { kind: "CONTACTED", amount: "1.000.000" })).toMatchObject({ ok: false, fieldErrors: { amount: ["Referrals.errors.amountNotAllowed"] } });
    expect(await recordOutcome(bank.session, kur.id, { kind: "LUNAS" })).toMatchObject({ ok: false, fieldErrors: { kind: ["Referrals.errors.kindRequired"] } });
    expect(await recordOutcome(bank.session, kur.id, { kind: "EXPORT_ASSISTED" })).toMatchObject({ ok: false, fieldErrors: { kind: ["Referrals.errors.kindNotForPurpose"] } });
    expect(await recordOutcome(other.session, exportConsent.id, { kind: "KUR_APPROVED", amount: "10.000.000" })).toMatchObject({ ok: false, fieldErrors: { kind: ["Referrals.errors.kindNotForPurpose"] } });
    expect(await recordOutcome(a.session, kur.id, { kind: "CONTACTED" })).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await db.partnerReferralOutcome.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "referral.outcome" } })).toBe(0);

    expect(await recordOutcome(bank.session, kur.id, { kind: "KUR_APPROVED", amount: "Rp 75.000.000", note: "KUR Kecil, tenor 3 tahun" })).toEqual({ ok: true, message: "Referrals.outcome.saved" });
    const saved = await db.partnerReferralOutcome.findFirstOrThrow();
    expect(saved).toMatchObject({ consentId: kur.id, kind: "KUR_APPROVED", amountRupiah: 75_000_000n, note: "KUR Kecil, tenor 3 tahun", recordedById: bank.user.id });
    expect(await db.auditLog.findFirst({ where: { action: "referral.outcome" } })).toMatchObject({ entityId: kur.id, actorId: bank.user.id, data: { kind: "KUR_APPROVED", amountRupiah: "75000000" } });
  });
});

describe("staff statistics", () => {
  it("equal hand counts of consents, revocations, outcomes and approved KUR per partner", async () => {
    const { bank, other, a, b, c, consentOf } = await seedReferrals();
    const aKur = await consentOf(a, bank, "KUR_FINANCING");
    const bKur = await consentOf(b, bank, "KUR_FINANCING");
    const cKur = await consentOf(c, other, "KUR_FINANCING");
    const cExport = await consentOf(c, other, "EXPORT_ASSISTANCE");
    await recordOutcome(bank.session, aKur.id, { kind: "CONTACTED" });
    await recordOutcome(bank.session, aKur.id, { kind: "KUR_APPROVED", amount: "50.000.000" });
    await recordOutcome(bank.session, bKur.id, { kind: "KUR_APPROVED", amount: "25.000.000" });
    await recordOutcome(other.session, cKur.id, { kind: "KUR_APPROVED", amount: "10.000.000" });
    await recordOutcome(other.session, cExport.id, { kind: "COACHING_ENROLLED" });
    await consent(b.session, bank.organization.id, "KUR_FINANCING", "revoke");
    await consent(a.session, other.organization.id, "EXPORT_ASSISTANCE", "revoke");

    const stats = await getReferralStatistics();
    expect(stats.consents.map((row) => [row.partnerName, row.purpose, row.active, row.revoked])).toEqual([
      ["Mitra bank", "KUR_FINANCING", 1, 1],
      ["Mitra lain", "KUR_FINANCING", 1, 0],
      ["Mitra lain", "EXPORT_ASSISTANCE", 1, 1],
    ]);
    expect(stats.outcomes.map((row) => [row.partnerName, row.byKind.CONTACTED, row.byKind.KUR_APPROVED, row.byKind.COACHING_ENROLLED, row.kurApproved, row.kurApprovedRupiah])).toEqual([
      ["Mitra bank", 1, 2, 0, 2, 75_000_000n],
      ["Mitra lain", 0, 1, 1, 1, 10_000_000n],
    ]);
    expect(stats.totals).toEqual({
      active: 3,
      ended: 0,
      revoked: 2,
      byKind: { CONTACTED: 1, KUR_APPROVED: 3, KUR_DECLINED: 0, COACHING_ENROLLED: 1, EXPORT_ASSISTED: 0, NOT_PURSUED: 0 },
      kurApproved: 3,
      kurApprovedRupiah: 85_000_000n,
    });
  });
});
