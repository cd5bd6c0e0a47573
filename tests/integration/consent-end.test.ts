// Consent as /ikm/mitra says (issue 17, point 4): the SME picks one of the purposes the partner
// offers and, if it likes, a last day; the partner sees the SME through that day (WIB) and not a
// moment after, in every partner read (list, detail, recording an outcome, staff statistics),
// exactly as after a revocation, with no job involved. An end date today or earlier and a purpose
// the partner does not offer are refused and change nothing; the audit log records purpose and end.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { PartnerKind, ReferralPurpose } from "@/lib/generated/prisma/enums";
import { recordReferralOutcomeAction, updateConsentAction } from "@/lib/referrals/actions";
import { getConsentedReferral, listConsentedReferrals, listConsentOptions } from "@/lib/referrals/queries";
import { getReferralStatistics } from "@/lib/referrals/statistics";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";
import { seedSme, sessionOf } from "./support/sourcing";

setRequestHeaders({ "x-temu-socket-address": "192.0.2.45" });

const initial: FormState = { ok: false };

/** Sunday 6 December 2026, 10:00 WIB. */
const today = new Date("2026-12-06T03:00:00Z");

async function seedPartner(slug: string, kind: PartnerKind, offeredPurposes: ReferralPurpose[] = []) {
  const organization = await db.partnerOrganization.create({ data: { slug, name: `Mitra ${slug}`, kind, offeredPurposes } });
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Petugas ${slug}`, role: "PARTNER", partnerOrganizationId: organization.id } });
  return { organization, user, session: { ...sessionOf(user), partnerOrganizationId: organization.id } };
}

async function grant(user: SessionUser, partnerOrganizationId: string, purpose: string, endsOn = "") {
  signInAs(user);
  return updateConsentAction(initial, form({ partnerOrganizationId, purpose, intent: "grant", endsOn }));
}

async function recordContacted(user: SessionUser, consentId: string) {
  signInAs(user);
  return recordReferralOutcomeAction(initial, form({ consentId, kind: "CONTACTED", amount: "", note: "" }));
}

const listed = async (partnerOrganizationId: string) => (await listConsentedReferrals(partnerOrganizationId, {}, 1)).items.map((row) => row.enterprise.legalName);

beforeEach(async () => {
  await resetData();
  signInAs(null);
  vi.useFakeTimers({ toFake: ["Date"], now: today, shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("a consent with an end date", () => {
  it("lets the partner see the SME through the last day and not after: list, detail, outcomes and statistics", async () => {
    const bank = await seedPartner("bank", "HIMBARA_BANK");
    const sme = await seedSme("ikm-batas", ["13134"]);
    expect(await grant(sme.session, bank.organization.id, "KUR_FINANCING", "2026-12-08")).toEqual({ ok: true, message: "Referrals.consent.granted" });
    const row = await db.partnerConsent.findFirstOrThrow();
    // Through 8 December in Semarang: the share ends at midnight WIB after it.
    expect(row.endsAt).toEqual(new Date("2026-12-08T17:00:00Z"));

    vi.setSystemTime(new Date("2026-12-08T16:59:59Z")); // 8 December, 23:59:59 WIB
    expect(await listed(bank.organization.id)).toEqual(["UD ikm-batas"]);
    expect((await getConsentedReferral(bank.organization.id, row.id))?.enterprise.legalName).toBe("UD ikm-batas");
    expect(await recordContacted(bank.session, row.id)).toEqual({ ok: true, message: "Referrals.outcome.saved" });
    expect((await getReferralStatistics()).totals).toMatchObject({ active: 1, ended: 0, revoked: 0 });

    vi.setSystemTime(new Date("2026-12-08T17:00:00Z")); // 9 December, 00:00 WIB
    expect(await listed(bank.organization.id)).toEqual([]);
    expect(await getConsentedReferral(bank.organization.id, row.id)).toBeNull();
    expect(await recordContacted(bank.session, row.id)).toMatchObject({ ok: false, message: "Referrals.errors.notFound" });
    expect(await db.partnerReferralOutcome.count()).toBe(1);
    expect((await getReferralStatistics()).totals).toMatchObject({ active: 0, ended: 1, revoked: 0 });
    // The SME's page shows it as ended, and nothing was written to end it.
    const [option] = await listConsentOptions(sme.enterprise.id);
    expect(option?.consents).toEqual([expect.objectContaining({ purpose: "KUR_FINANCING", revokedAt: null, endsAt: row.endsAt })]);

    // Sharing again (without an end) restores access from now on.
    expect(await grant(sme.session, bank.organization.id, "KUR_FINANCING")).toEqual({ ok: true, message: "Referrals.consent.granted" });
    expect(await listed(bank.organization.id)).toEqual(["UD ikm-batas"]);
    expect(await db.partnerConsent.findFirstOrThrow()).toMatchObject({ endsAt: null, revokedAt: null });
  });

  it("without an end date lasts until revoked", async () => {
    const bank = await seedPartner("bank", "HIMBARA_BANK");
    const sme = await seedSme("ikm-terus", ["13134"]);
    expect(await grant(sme.session, bank.organization.id, "KUR_FINANCING")).toMatchObject({ ok: true });
    vi.setSystemTime(new Date("2030-01-01T00:00:00Z"));
    expect(await listed(bank.organization.id)).toEqual(["UD ikm-terus"]);
  });

  it("refuses an end date today or earlier, or not a date, with a message on the field, and changes nothing", async () => {
    const bank = await seedPartner("bank", "HIMBARA_BANK");
    const sme = await seedSme("ikm-lalu", ["13134"]);
    for (const endsOn of ["2026-12-06", "2026-12-05", "2020-01-01"]) {
      expect(await grant(sme.session, bank.organization.id, "KUR_FINANCING", endsOn)).toMatchObject({ ok: false, fieldErrors: { endsOn: ["Referrals.errors.endDateNotFuture"] } });
    }
    for (const endsOn of ["2026-02-30", "besok"]) {
      expect(await grant(sme.session, bank.organization.id, "KUR_FINANCING", endsOn)).toMatchObject({ ok: false, fieldErrors: { endsOn: ["Referrals.errors.endDateInvalid"] } });
    }
    expect(await db.partnerConsent.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: { startsWith: "consent." } } })).toBe(0);
    // Tomorrow is the earliest last day.
    expect(await grant(sme.session, bank.organization.id, "KUR_FINANCING", "2026-12-07")).toMatchObject({ ok: true });
  });
});

describe("the purposes a partner offers", () => {
  it("are the ones an SME may pick: another purpose is refused and changes nothing", async () => {
    const agency = await seedPartner("klinik", "EXPORT_AGENCY", ["EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"]);
    const bank = await seedPartner("bank", "HIMBARA_BANK");
    const sme = await seedSme("ikm-tujuan", ["13134"]);
    expect(await grant(sme.session, agency.organization.id, "KUR_FINANCING")).toMatchObject({ ok: false, message: "Referrals.errors.purposeNotOffered" });
    expect(await grant(sme.session, bank.organization.id, "CERTIFICATION_ASSISTANCE")).toMatchObject({ ok: false, message: "Referrals.errors.purposeNotOffered" });
    expect(await db.partnerConsent.count()).toBe(0);

    expect(await grant(sme.session, agency.organization.id, "CERTIFICATION_ASSISTANCE")).toMatchObject({ ok: true });
    const options = await listConsentOptions(sme.enterprise.id);
    expect(options.map((option) => [option.name, option.purposes])).toEqual([
      ["Mitra bank", ["KUR_FINANCING"]],
      ["Mitra klinik", ["EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"]],
    ]);
  });
});

describe("the audit log", () => {
  it("records the purpose and the end of every grant, and the revocation", async () => {
    const agency = await seedPartner("klinik", "EXPORT_AGENCY", ["EXPORT_ASSISTANCE", "CERTIFICATION_ASSISTANCE"]);
    const sme = await seedSme("ikm-audit", ["13134"]);
    await grant(sme.session, agency.organization.id, "CERTIFICATION_ASSISTANCE", "2027-03-31");
    await grant(sme.session, agency.organization.id, "EXPORT_ASSISTANCE");
    signInAs(sme.session);
    await updateConsentAction(initial, form({ partnerOrganizationId: agency.organization.id, purpose: "CERTIFICATION_ASSISTANCE", intent: "revoke" }));
    const audit = await db.auditLog.findMany({ where: { action: { startsWith: "consent." } }, orderBy: { createdAt: "asc" }, select: { action: true, entityId: true, data: true } });
    const partnerOrganizationId = agency.organization.id;
    expect(audit).toEqual([
      { action: "consent.grant", entityId: sme.enterprise.id, data: { partnerOrganizationId, purpose: "CERTIFICATION_ASSISTANCE", endsOn: "2027-03-31", endsAt: "2027-03-31T17:00:00.000Z" } },
      { action: "consent.grant", entityId: sme.enterprise.id, data: { partnerOrganizationId, purpose: "EXPORT_ASSISTANCE", endsOn: null, endsAt: null } },
      { action: "consent.revoke", entityId: sme.enterprise.id, data: { partnerOrganizationId, purpose: "CERTIFICATION_ASSISTANCE" } },
    ]);
  });
});
