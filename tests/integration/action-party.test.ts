// defineFormAction's `party` option (lib/auth/action.ts, lib/auth/party.ts): an action that acts
// as an SME, a buyer or a partner refuses a user of another role before reading the input, and a
// user of the role with no enterprise or organisation yet with the action's own message after
// validation, in both cases without calling run; otherwise run receives the session's owner.
// Users are real rows, signed in with a real session cookie (tests/integration/support/actions.ts).
import { beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { defineFormAction } from "@/lib/auth/action";
import type { FormState } from "@/lib/auth/form-state";
import type { BuyerOwner, PartnerOwner, SmeOwner } from "@/lib/auth/party";
import type { SessionUser } from "@/lib/auth/session";
import { loadSessionUser } from "@/lib/auth/session-user";
import { updateShortlistAction } from "@/lib/buyers/shortlist-actions";
import { submitForReviewAction } from "@/lib/curation/actions";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordReferralOutcomeAction } from "@/lib/referrals/actions";
import { resetData } from "./reset";
import { uniqueEmail } from "./support/accounts";
import { form, signInAs } from "./support/actions";
import { seedBuyer, seedSme } from "./support/sourcing";

const initial: FormState = { ok: false };
const schema = z.object({ title: z.string().min(3, "Test.titleTooShort") });

/** Every call of a probe action's run, with what it was given. */
const runs: { party: string; actor: SessionUser; owner: unknown }[] = [];

// "signed-in" lets every role past the permission check, so only `party` stands between a user
// of another role and run.
const probes = {
  sme: defineFormAction({
    name: "test.asSme",
    access: "signed-in",
    party: "sme",
    missingParty: "Test.noEnterprise",
    schema,
    run: async (_input, actor, owner) => {
      expectTypeOf(owner).toEqualTypeOf<SmeOwner>();
      runs.push({ party: "sme", actor, owner });
      return { ok: true, message: "Test.done" };
    },
  }),
  buyer: defineFormAction({
    name: "test.asBuyer",
    access: "signed-in",
    party: "buyer",
    missingParty: "Test.noOrganization",
    schema,
    run: async (_input, actor, owner) => {
      expectTypeOf(owner).toEqualTypeOf<BuyerOwner>();
      runs.push({ party: "buyer", actor, owner });
      return { ok: true, message: "Test.done" };
    },
  }),
  partner: defineFormAction({
    name: "test.asPartner",
    access: "signed-in",
    party: "partner",
    schema,
    run: async (_input, actor, owner) => {
      expectTypeOf(owner).toEqualTypeOf<PartnerOwner>();
      runs.push({ party: "partner", actor, owner });
      return { ok: true, message: "Test.done" };
    },
  }),
};

/** Signs the user in as the portal does: the session user read fresh from the database. */
async function signIn(userId: string): Promise<SessionUser> {
  const user = await loadSessionUser(userId, undefined);
  if (!user) throw new Error(`no active user ${userId}`);
  signInAs(user);
  return user;
}

async function userOf(role: Role, slug: string) {
  return db.user.create({ data: { email: uniqueEmail(slug), name: `Pengguna ${slug}`, role }, select: { id: true } });
}

async function partnerWithOrganization(slug: string) {
  const organization = await db.partnerOrganization.create({ data: { slug, name: `Mitra ${slug}`, kind: "HIMBARA_BANK" } });
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Petugas ${slug}`, role: "PARTNER", partnerOrganizationId: organization.id } });
  return { organization, user };
}

beforeEach(async () => {
  await resetData();
  runs.length = 0;
  signInAs(null);
});

describe("defineFormAction with a party", () => {
  it("hands run the session's own enterprise, buyer organisation or partner organisation", async () => {
    const sme = await seedSme("ikm-pihak", ["13134"]);
    const buyer = await seedBuyer("pembeli-pihak");
    const partner = await partnerWithOrganization("mitra-pihak");

    await signIn(sme.owner.id);
    expect(await probes.sme(initial, form({ title: "Kain batik" }))).toEqual({ ok: true, message: "Test.done" });
    await signIn(buyer.user.id);
    expect(await probes.buyer(initial, form({ title: "Kain batik" }))).toEqual({ ok: true, message: "Test.done" });
    await signIn(partner.user.id);
    expect(await probes.partner(initial, form({ title: "Kain batik" }))).toEqual({ ok: true, message: "Test.done" });

    expect(runs.map(({ party, actor, owner }) => ({ party, actorId: actor.id, owner }))).toEqual([
      { party: "sme", actorId: sme.owner.id, owner: { userId: sme.owner.id, enterpriseId: sme.enterprise.id } },
      { party: "buyer", actorId: buyer.user.id, owner: { userId: buyer.user.id, buyerId: buyer.organization.id } },
      { party: "partner", actorId: partner.user.id, owner: { userId: partner.user.id, partnerOrganizationId: partner.organization.id } },
    ]);
  });

  it("refuses a user of the role without an enterprise or organisation with the action's message, after validation, without calling run", async () => {
    await signIn((await userOf("SME", "ikm-tanpa-usaha")).id);
    expect(await probes.sme(initial, form({ title: "Kain batik" }))).toEqual({ ok: false, message: "Test.noEnterprise", values: { title: "Kain batik" }, lists: {} });
    // Invalid input still gets its field errors first, as the actions' own checks did.
    expect(await probes.sme(initial, form({ title: "K" }))).toMatchObject({ ok: false, fieldErrors: { title: ["Test.titleTooShort"] } });

    await signIn((await userOf("BUYER", "pembeli-tanpa-organisasi")).id);
    expect(await probes.buyer(initial, form({ title: "Kain batik" }))).toMatchObject({ ok: false, message: "Test.noOrganization" });

    // Without a missingParty message of its own, the refusal is Errors.forbidden.
    await signIn((await userOf("PARTNER", "mitra-tanpa-organisasi")).id);
    expect(await probes.partner(initial, form({ title: "Kain batik" }))).toMatchObject({ ok: false, message: "Errors.forbidden" });

    expect(runs).toEqual([]);
  });

  it("refuses a user of another role before reading the input, even one holding that party's link, and a signed-out visitor", async () => {
    const sme = await seedSme("ikm-lain", ["13134"]);
    const buyer = await seedBuyer("pembeli-lain");
    const partner = await partnerWithOrganization("mitra-lain");
    const staff = await userOf("STAFF", "petugas-lain");
    const admin = await userOf("ADMIN", "admin-lain");
    // A buyer account that also holds an enterprise id still acts only as a buyer.
    await db.enterprise.update({ where: { id: sme.enterprise.id }, data: { ownerId: buyer.user.id } });

    const others = {
      sme: [buyer.user.id, partner.user.id, staff.id, admin.id],
      buyer: [sme.owner.id, partner.user.id, staff.id, admin.id],
      partner: [sme.owner.id, buyer.user.id, staff.id, admin.id],
    };
    for (const [party, userIds] of Object.entries(others) as [keyof typeof probes, string[]][]) {
      for (const userId of userIds) {
        const user = await signIn(userId);
        // The input is invalid: a refusal before validation shows no field errors.
        expect(await probes[party](initial, form({ title: "K" })), `${user.role} as ${party}`).toEqual({ ok: false, message: "Errors.forbidden" });
      }
      signInAs(null);
      expect(await probes[party](initial, form({ title: "Kain batik" }))).toEqual({ ok: false, message: "Errors.signInRequired" });
    }
    expect(runs).toEqual([]);
  });

  it("keeps each real action's own message for a user without an enterprise or organisation, and writes nothing", async () => {
    const sme = await seedSme("ikm-terbit", ["13134"]);
    const partner = await partnerWithOrganization("mitra-asli");
    const consent = await db.partnerConsent.create({
      data: { enterpriseId: sme.enterprise.id, partnerOrganizationId: partner.organization.id, purpose: "KUR_FINANCING" },
    });
    const shortlistForm = form({ intent: "add", target: "supplier", slug: sme.enterprise.slug });
    const auditBefore = await db.auditLog.count();

    await signIn((await userOf("SME", "ikm-belum-terhubung")).id);
    expect(await submitForReviewAction(initial, form({}))).toMatchObject({ ok: false, message: "CurationQueue.errors.noEnterprise" });
    await signIn((await userOf("BUYER", "pembeli-belum-terhubung")).id);
    expect(await updateShortlistAction(initial, shortlistForm)).toMatchObject({ ok: false, message: "BuyerProfile.errors.noOrganization" });
    await signIn((await userOf("PARTNER", "mitra-belum-terhubung")).id);
    expect(await recordReferralOutcomeAction(initial, form({ consentId: consent.id, kind: "CONTACTED", amount: "", note: "" }))).toMatchObject({
      ok: false,
      message: "Referrals.errors.notFound",
    });

    expect(await db.shortlistItem.count()).toBe(0);
    expect(await db.partnerReferralOutcome.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(auditBefore);

    // The same shortlist form from a buyer with an organisation saves it for that organisation.
    const buyer = await seedBuyer("pembeli-terhubung");
    await signIn(buyer.user.id);
    expect(await updateShortlistAction(initial, shortlistForm)).toEqual({ ok: true, message: "BuyerProfile.shortlist.added" });
    expect(await db.shortlistItem.findMany({ select: { buyerId: true, enterpriseId: true, addedById: true } })).toEqual([
      { buyerId: buyer.organization.id, enterpriseId: sme.enterprise.id, addedById: buyer.user.id },
    ]);
  });
});
