// Invitations: an ADMIN invites STAFF and PARTNER users by email; the invitee sets a password
// from the link. Real database; the signed-in user is the mocked session's.
import { beforeEach, describe, expect, it } from "vitest";
import { acceptInvitationAction, inviteUserAction } from "@/lib/account-lifecycle/actions";
import { findInvitation } from "@/lib/account-lifecycle/queries";
import { verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { readUserToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { initial, linkIn, mailTo, uniqueEmail } from "./support/accounts";

setRequestHeaders({ "x-temu-socket-address": "198.51.100.42" });

async function signInNew(role: Role): Promise<SessionUser> {
  const user = await db.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), name: `Pengguna ${role}`, role, passwordHash: "hash", emailVerifiedAt: new Date() },
    select: { id: true, email: true, name: true, role: true },
  });
  const sessionUser: SessionUser = { ...user, locale: "id", enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null };
  signInAs(sessionUser);
  return sessionUser;
}

async function partnerOrganization() {
  return db.partnerOrganization.create({ data: { slug: "bank-uji", name: "Bank Uji Himbara", kind: "HIMBARA_BANK" }, select: { id: true } });
}

async function tokenFor(email: string): Promise<string> {
  return new URL(linkIn((await mailTo(email))[0])).searchParams.get("token") ?? "";
}

describe("invitations", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("creates an INVITED staff user without a password and emails the link in the chosen language", async () => {
    const admin = await signInNew("ADMIN");
    const email = uniqueEmail("staf-baru");
    const result = await inviteUserAction(initial, form({ email: email.toUpperCase(), name: "Staf Baru", role: "STAFF", partnerOrganizationId: "", locale: "en" }));
    expect(result).toEqual({ ok: true, message: "Invitation.sent", values: { email } });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "STAFF", status: "INVITED", passwordHash: null, emailVerifiedAt: null, locale: "en", partnerOrganizationId: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.invite", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: admin.id, ip: "198.51.100.42" });
    const [mail] = await mailTo(email);
    expect(mail?.subject).toBe("Invitation to join Temu Usaha");
    expect(mail?.text).toContain(`${admin.name} invites you to join Temu Usaha as Staff.`);
    expect(linkIn(mail)).toMatch(/\/undangan\?token=/);
  });

  it("requires a known partner organisation for a partner and names it in the invitation", async () => {
    await signInNew("ADMIN");
    const email = uniqueEmail("mitra");
    const missing = await inviteUserAction(initial, form({ email, name: "Mitra Bank", role: "PARTNER", partnerOrganizationId: "", locale: "id" }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { partnerOrganizationId: ["Validation.partnerOrganizationRequired"] } });
    const unknown = await inviteUserAction(initial, form({ email, name: "Mitra Bank", role: "PARTNER", partnerOrganizationId: "tidak-ada", locale: "id" }));
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { partnerOrganizationId: ["Validation.partnerOrganizationUnknown"] } });
    expect(await db.user.count({ where: { email } })).toBe(0);

    const organization = await partnerOrganization();
    await inviteUserAction(initial, form({ email, name: "Mitra Bank", role: "PARTNER", partnerOrganizationId: organization.id, locale: "id" }));
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { partnerOrganizationId: true } })).toEqual({ partnerOrganizationId: organization.id });
    expect((await mailTo(email))[0]?.text).toContain("sebagai Mitra mewakili Bank Uji Himbara.");
  });

  it("sends a pending invitation again, and refuses an address that already has an account", async () => {
    await signInNew("ADMIN");
    const email = uniqueEmail("ulang");
    await inviteUserAction(initial, form({ email, name: "Nama Lama", role: "STAFF", locale: "id" }));
    await inviteUserAction(initial, form({ email, name: "Nama Baru", role: "STAFF", locale: "id" }));
    expect(await db.user.findMany({ where: { email }, select: { name: true, status: true } })).toEqual([{ name: "Nama Baru", status: "INVITED" }]);
    expect(await mailTo(email)).toHaveLength(2);

    const active = await db.user.create({ data: { email: uniqueEmail("aktif"), name: "Aktif", role: "SME", passwordHash: "hash" } });
    const taken = await inviteUserAction(initial, form({ email: active.email, name: "Aktif", role: "STAFF", locale: "id" }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { email: ["Validation.emailTakenByAccount"] } });
    expect(await db.user.findUniqueOrThrow({ where: { id: active.id }, select: { role: true } })).toEqual({ role: "SME" });
  });

  it("is refused to staff and to anonymous visitors, and changes nothing", async () => {
    await signInNew("STAFF");
    const email = uniqueEmail("tolak");
    const fields = { email, name: "Ditolak", role: "STAFF", locale: "id" };
    expect(await inviteUserAction(initial, form(fields))).toEqual({ ok: false, message: "Errors.forbidden" });
    signInAs(null);
    expect(await inviteUserAction(initial, form(fields))).toEqual({ ok: false, message: "Errors.signInRequired" });
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "user.invite" } })).toBe(0);
    expect(await mailTo(email)).toHaveLength(0);
  });

  it("lets the invitee set a name and password once: the account becomes ACTIVE and verified", async () => {
    await signInNew("ADMIN");
    const email = uniqueEmail("terima");
    await inviteUserAction(initial, form({ email, name: "Nama Undangan", role: "STAFF", locale: "id" }));
    signInAs(null);
    const token = await tokenFor(email);
    expect(await findInvitation(token)).toEqual({ ok: true, email, name: "Nama Undangan", role: "STAFF", organizationName: null });

    const weak = await acceptInvitationAction(initial, form({ token, name: "Nama Benar", password: "password123", passwordConfirm: "password123" }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: ["Validation.passwordCommon"] } });
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { status: true } })).toEqual({ status: "INVITED" });

    const secret = "teh poci gula batu";
    expect(await acceptInvitationAction(initial, form({ token, name: "Nama Benar", password: secret, passwordConfirm: secret }))).toEqual({
      ok: true,
      message: "Invitation.doneHeading",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Nama Benar", status: "ACTIVE" });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(user.passwordHash ?? "", secret)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.invitation-accepted", entityId: user.id, actorId: user.id } })).toBe(1);

    expect(await readUserToken("invite", token)).toEqual({ ok: false, reason: "used" });
    const again = await acceptInvitationAction(initial, form({ token, name: "Orang Lain", password: "kata sandi lain lagi", passwordConfirm: "kata sandi lain lagi" }));
    expect(again).toMatchObject({ ok: false, message: "Invitation.linkUsed" });
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { name: true } })).toEqual({ name: "Nama Benar" });
  });

  it("refuses an expired or tampered invitation link", async () => {
    await signInNew("ADMIN");
    const email = uniqueEmail("basi");
    await inviteUserAction(initial, form({ email, name: "Basi", role: "STAFF", locale: "id" }));
    const token = await tokenFor(email);
    expect(await readUserToken("invite", token, new Date(Date.now() + 8 * 24 * 60 * 60 * 1000))).toEqual({ ok: false, reason: "expired" });
    const tampered = await acceptInvitationAction(initial, form({ token: `${token}A`, name: "Basi", password: "teh poci gula batu", passwordConfirm: "teh poci gula batu" }));
    expect(tampered).toMatchObject({ ok: false, message: "Validation.linkInvalid" });
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { status: true } })).toEqual({ status: "INVITED" });
  });
});
