// Assisted mode below the browser: staff register an enterprise on behalf of its owner (an
// INVITED account, flagged as assisted, audited, with a takeover email); bad input and other
// roles change nothing; the owner takes the account over through the invitation link.
import { beforeEach, describe, expect, it } from "vitest";
import { acceptInvitationAction } from "@/lib/account-lifecycle/actions";
import { createAssistedEnterpriseAction, resendTakeoverInvitationAction } from "@/lib/assisted/actions";
import { listAssistedEnterprises } from "@/lib/assisted/queries";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { createUserToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { initial, linkIn, mailTo, uniqueEmail } from "./support/accounts";

setRequestHeaders({ "x-temu-socket-address": "198.51.100.7" });

async function signInNew(role: Role, name = `Petugas ${role}`): Promise<SessionUser> {
  const user = await db.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name, role, passwordHash: "hash", emailVerifiedAt: new Date() },
    select: { id: true, email: true, name: true, role: true },
  });
  const sessionUser: SessionUser = { ...user, locale: "id", enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null };
  signInAs(sessionUser);
  return sessionUser;
}

function fields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ownerName: "Bu Sumarni",
    ownerEmail: uniqueEmail("sumarni"),
    ownerPhone: "0812 3456 7890",
    legalName: "UD Bandeng Presto Sumarni",
    brandName: "Presto Bu Sum",
    legalForm: "UD",
    kecamatanCode: "33.74.04",
    ownerConsent: "on",
    locale: "id",
    ...overrides,
  };
}

/** A successful registration ends in a redirect to the profile steps: that URL, or the form's answer. */
async function create(values: Record<string, string>): Promise<{ redirectedTo: string } | FormState> {
  const result = await submit(createAssistedEnterpriseAction, values);
  return "redirect" in result ? { redirectedTo: result.redirect } : result;
}

async function counts() {
  return { users: await db.user.count(), enterprises: await db.enterprise.count(), audits: await db.auditLog.count() };
}

describe("assisted mode", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("creates an INVITED owner and a DRAFT enterprise flagged as assisted, audits it, and emails the takeover link", async () => {
    const staff = await signInNew("STAFF", "Rina Petugas");
    const values = fields({ ownerEmail: uniqueEmail("Sumarni").toUpperCase() });
    const email = values.ownerEmail?.toLowerCase() ?? "";
    const before = Date.now();
    const result = await create(values);

    const owner = await db.user.findUniqueOrThrow({ where: { email } });
    expect(owner).toMatchObject({ name: "Bu Sumarni", phone: "0812 3456 7890", role: "SME", status: "INVITED", passwordHash: null, locale: "id", emailVerifiedAt: null });
    const enterprise = await db.enterprise.findUniqueOrThrow({ where: { ownerId: owner.id } });
    expect(result).toEqual({ redirectedTo: `/staf/ikm/${enterprise.id}/profil` });
    expect(enterprise).toMatchObject({
      slug: "ud-bandeng-presto-sumarni",
      legalName: "UD Bandeng Presto Sumarni",
      brandName: "Presto Bu Sum",
      legalForm: "UD",
      kecamatanCode: "33.74.04",
      status: "DRAFT",
      assistedById: staff.id,
    });
    expect(enterprise.assistedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "enterprise.assisted-create", entityId: enterprise.id } });
    expect(audit).toMatchObject({ actorId: staff.id, entityType: "Enterprise", ip: "198.51.100.7", data: { ownerId: owner.id, ownerConsent: true } });
    expect(await db.auditLog.count({ where: { action: "user.invite", entityId: owner.id, actorId: staff.id } })).toBe(1);

    const mails = await mailTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Presto Bu Sum sudah didaftarkan di Temu Usaha untuk Anda");
    expect(mails[0]?.text).toContain("Rina Petugas, petugas");
    expect(mails[0]?.text).toContain("- Nama usaha: UD Bandeng Presto Sumarni");
    expect(mails[0]?.text).toContain("- Bentuk usaha: Usaha Dagang (UD)");
    expect(linkIn(mails[0])).toMatch(/\/undangan\?token=/);

    const listed = await listAssistedEnterprises({ page: 1 });
    expect(listed.items.map((item) => [item.id, item.ownerState.kind, item.assistedByName])).toEqual([[enterprise.id, "invited", "Rina Petugas"]]);
  });

  it("refuses an address that already has an account, and creates nothing", async () => {
    await signInNew("STAFF");
    const existing = await db.user.create({ data: { email: uniqueEmail("sudah-ada"), name: "Sudah Ada", role: "BUYER", passwordHash: "hash" } });
    const before = await counts();
    const result = await create(fields({ ownerEmail: existing.email }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { ownerEmail: ["Assisted.emailTaken"] } });
    expect(await counts()).toEqual(before);
    expect(await mailTo(existing.email)).toHaveLength(0);
  });

  it("refuses an empty legal name, an unknown kecamatan and a missing consent, and creates nothing", async () => {
    await signInNew("STAFF");
    const before = await counts();
    const emptyName = await create(fields({ legalName: "  " }));
    expect(emptyName).toMatchObject({ ok: false, fieldErrors: { legalName: ["Validation.businessNameRequired"] } });
    const unknownKecamatan = await create(fields({ kecamatanCode: "33.74.99" }));
    expect(unknownKecamatan).toMatchObject({ ok: false, fieldErrors: { kecamatanCode: ["Validation.kecamatanUnknown"] } });
    const { ownerConsent: _omitted, ...withoutConsent } = fields();
    const noConsent = await create(withoutConsent);
    expect(noConsent).toMatchObject({ ok: false, fieldErrors: { ownerConsent: ["Assisted.consentRequired"] } });
    const badEmail = await create(fields({ ownerEmail: "bukan-email" }));
    expect(badEmail).toMatchObject({ ok: false, fieldErrors: { ownerEmail: ["Validation.emailInvalid"] } });
    expect(await counts()).toEqual(before);
  });

  it("is refused to SME owners, buyers and anonymous visitors, and changes nothing", async () => {
    for (const role of ["SME", "BUYER", "PARTNER"] as const) {
      await signInNew(role);
      const before = await counts();
      const values = fields();
      expect(await create(values)).toEqual({ ok: false, message: "Errors.forbidden" });
      expect(await counts()).toEqual(before);
      expect(await mailTo(values.ownerEmail ?? "")).toHaveLength(0);
    }
    signInAs(null);
    expect(await create(fields())).toEqual({ ok: false, message: "Errors.signInRequired" });
    expect(await db.enterprise.count()).toBe(0);
  });

  it("lets the owner take the account over from the email: ACTIVE, audited, still flagged as assisted", async () => {
    const staff = await signInNew("STAFF");
    const values = fields();
    const email = values.ownerEmail ?? "";
    await create(values);
    signInAs(null);

    const token = new URL(linkIn((await mailTo(email))[0])).searchParams.get("token") ?? "";
    const secret = "bandeng presto duri lunak";
    expect(await acceptInvitationAction(initial, form({ token, name: "Sumarni", password: secret, passwordConfirm: secret }))).toEqual({
      ok: true,
      message: "Invitation.doneHeading",
    });
    const owner = await db.user.findUniqueOrThrow({ where: { email }, include: { enterprise: true } });
    expect(owner.status).toBe("ACTIVE");
    expect(owner.emailVerifiedAt).toBeInstanceOf(Date);
    expect(owner.enterprise).toMatchObject({ assistedById: staff.id });
    expect(owner.enterprise?.assistedAt).toBeInstanceOf(Date);
    const takeover = await db.auditLog.findFirstOrThrow({ where: { action: "enterprise.takeover" } });
    expect(takeover).toMatchObject({ actorId: owner.id, entityType: "Enterprise", entityId: owner.enterprise?.id, data: { assistedById: staff.id } });

    const [row] = (await listAssistedEnterprises({ page: 1 })).items;
    expect(row?.ownerState).toEqual({ kind: "takenOver", at: takeover.createdAt });
  });

  it("records no takeover when someone without an assisted enterprise accepts an invitation", async () => {
    await signInNew("STAFF");
    await create(fields());
    const invited = await db.user.create({ data: { email: uniqueEmail("staf"), name: "Staf Baru", role: "STAFF", status: "INVITED" } });
    signInAs(null);
    const token = await createUserToken("invite", invited.id);
    const secret = "wedang ronde simpang lima";
    expect(await acceptInvitationAction(initial, form({ token, name: "Staf Baru", password: secret, passwordConfirm: secret }))).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: invited.id }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect(await db.auditLog.count({ where: { action: "enterprise.takeover" } })).toBe(0);
  });

  it("sends the invitation again only while the owner has not taken over", async () => {
    const staff = await signInNew("STAFF");
    const values = fields();
    const email = values.ownerEmail ?? "";
    await create(values);
    const enterprise = await db.enterprise.findFirstOrThrow({ select: { id: true } });

    expect(await resendTakeoverInvitationAction(initial, form({ enterpriseId: enterprise.id }))).toEqual({
      ok: true,
      message: "Assisted.list.resent",
      values: { email },
    });
    expect(await mailTo(email)).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "user.invite", actorId: staff.id } })).toBe(2);

    signInAs(null);
    const token = new URL(linkIn((await mailTo(email))[0])).searchParams.get("token") ?? "";
    await acceptInvitationAction(initial, form({ token, name: "Sumarni", password: "bandeng presto duri lunak", passwordConfirm: "bandeng presto duri lunak" }));

    signInAs(staff);
    expect(await resendTakeoverInvitationAction(initial, form({ enterpriseId: enterprise.id }))).toMatchObject({ ok: false, message: "Assisted.alreadyTakenOver" });
    expect(await mailTo(email)).toHaveLength(2);

    const plain = await db.enterprise.create({
      data: { slug: "bukan-dampingan", legalName: "UD Mandiri", legalForm: "UD", kecamatanCode: "33.74.04" },
      select: { id: true },
    });
    expect(await resendTakeoverInvitationAction(initial, form({ enterpriseId: plain.id }))).toMatchObject({ ok: false, message: "Assisted.notFound" });

    await signInNew("SME");
    expect(await resendTakeoverInvitationAction(initial, form({ enterpriseId: enterprise.id }))).toEqual({ ok: false, message: "Errors.forbidden" });
  });

  it("finds assisted enterprises by name and pages through them", async () => {
    await signInNew("STAFF");
    await create(fields({ legalName: "CV Batik Sekar", brandName: "" }));
    await create(fields({ legalName: "UD Lumpia Gang Lombok", brandName: "Lumpia Pak Sis" }));
    await create(fields({ legalName: "UD Wingko Babat", brandName: "" }));
    expect((await listAssistedEnterprises({ q: "lumpia", page: 1 })).items.map((item) => item.legalName)).toEqual(["UD Lumpia Gang Lombok"]);
    expect((await listAssistedEnterprises({ q: "BATIK", page: 1 })).items.map((item) => item.legalName)).toEqual(["CV Batik Sekar"]);
    const firstPage = await listAssistedEnterprises({ page: 1, pageSize: 2 });
    expect(firstPage).toMatchObject({ total: 3, pageCount: 2 });
    expect(firstPage.items).toHaveLength(2);
    expect((await listAssistedEnterprises({ page: 2, pageSize: 2 })).items).toHaveLength(1);
  });
});
