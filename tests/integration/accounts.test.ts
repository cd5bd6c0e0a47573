// The account lifecycle through its server actions, against the real database: sign-up,
// email verification, password reset. Mail is captured as .eml files under DATA_DIR/mail and
// read back like a person would: the link in the message. (Invitations: accounts-invitation.test.ts.)
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as actions from "@/lib/account-lifecycle/actions";
import { isUniqueViolation } from "@/lib/db-errors";
import { verifyEmail } from "@/lib/account-lifecycle/mutations";
import { findPasswordResetAccount } from "@/lib/account-lifecycle/queries";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { capturedMailDir, listCapturedMail } from "@/lib/mail/captured";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { initial, linkIn, mailTo, uniqueEmail } from "./support/accounts";

// The client address the server stamps from the socket (lib/http/socket-address.ts); tests change it.
setRequestHeaders({ "x-temu-socket-address": "198.51.100.23" });

const password = "batik tulis kampung malon";

function smeForm(email: string, overrides: Record<string, string> = {}): FormData {
  return form({
    name: "Sri Lestari",
    email,
    phone: "0812 3456 7890",
    password,
    passwordConfirm: password,
    legalName: "UD Batik Lestari",
    legalForm: "UD",
    kecamatanCode: "33.74.04",
    consent: "on",
    locale: "en",
    ...overrides,
  });
}

function buyerForm(email: string, overrides: Record<string, string> = {}): FormData {
  return form({
    name: "Bima Sakti",
    email,
    password,
    passwordConfirm: password,
    organizationName: "PT Sarana Niaga",
    kind: "DISTRIBUTOR",
    city: "Jakarta",
    country: "ID",
    consent: "on",
    ...overrides,
  });
}

describe("registration", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
    setRequestHeaders({ "x-temu-socket-address": "198.51.100.23" });
  });

  it("creates an active, unverified SME owner with a DRAFT enterprise and emails a verification link", async () => {
    const email = uniqueEmail("sri");
    const result = await actions.registerSmeAction(initial, smeForm(email.toUpperCase()));
    expect(result).toEqual({ ok: true, message: "Registration.checkEmailHeading", values: { email } });

    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, role: true, status: true, emailVerifiedAt: true, locale: true, phone: true, passwordHash: true },
    });
    expect(user).toMatchObject({ role: "SME", status: "ACTIVE", emailVerifiedAt: null, locale: "en", phone: "0812 3456 7890" });
    expect(await verifyPassword(user.passwordHash ?? "", password)).toBe(true);
    const enterprise = await db.enterprise.findUniqueOrThrow({ where: { ownerId: user.id } });
    expect(enterprise).toMatchObject({ legalName: "UD Batik Lestari", legalForm: "UD", kecamatanCode: "33.74.04", status: "DRAFT", slug: "ud-batik-lestari" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.register", entityId: user.id } });
    expect(audit).toMatchObject({ actorId: user.id, ip: "198.51.100.23" });

    const [mail] = await mailTo(email);
    expect(mail?.subject).toBe("Verify your email address for Temu Usaha");
    expect(linkIn(mail)).toMatch(/^http:\/\/localhost:\d+\/verifikasi-email\?token=/);
  });

  it("answers a registered email, whatever its case, like a new one, creates nothing and mails the owner instead", async () => {
    const email = uniqueEmail("ganda");
    const first = await actions.registerSmeAction(initial, smeForm(email));
    const again = await actions.registerBuyerAction(initial, buyerForm(email.replace("ganda", "GANDA")));
    // The same answer a new address gets: nothing tells that the address has an account.
    expect(again).toEqual(first);
    expect(again).toEqual({ ok: true, message: "Registration.checkEmailHeading", values: { email } });
    expect(await db.user.count()).toBe(1);
    expect(await db.buyerOrganization.count()).toBe(0);

    // The owner hears about it, with a way in: sign in, or set a new password.
    const [attempt, verification] = await mailTo(email);
    expect(verification?.subject).toBe("Verify your email address for Temu Usaha");
    expect(attempt?.subject).toBe("Someone tried to register on Temu Usaha with your email");
    expect(attempt?.text).toMatch(/sign in to your existing account: http:\/\/localhost:\d+\/masuk/);
    expect(attempt?.text).toMatch(/\/atur-ulang-kata-sandi\?token=/);
  });

  it("limits sign-ups per email and per address, counted before the work, with a message", async () => {
    // The limits count in fixed windows (lib/auth/rate-limit.ts): the clock the action reads is
    // held inside one hour, or a run that crosses the hour would see a fresh window (seen in CI).
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-06T03:20:00Z"), shouldAdvanceTime: true });
    try {
      const email = uniqueEmail("batas");
      for (let i = 0; i < 3; i++) {
        setRequestHeaders({ "x-temu-socket-address": `198.51.100.${100 + i}` });
        expect(await actions.registerSmeAction(initial, smeForm(email))).toMatchObject({ ok: true });
      }
      setRequestHeaders({ "x-temu-socket-address": "198.51.100.110" });
      expect(await actions.registerSmeAction(initial, smeForm(email))).toMatchObject({ ok: false, message: "Validation.tooManyRequestsForEmail" });
      // The owner was told twice (the second and third sign-ups), not more.
      expect((await mailTo(email)).map((mail) => mail.subject.startsWith("Someone tried"))).toEqual([true, true, false]);

      setRequestHeaders({ "x-temu-socket-address": "198.51.100.120" });
      const parallel = await Promise.all(Array.from({ length: 12 }, (_, i) => actions.registerSmeAction(initial, smeForm(uniqueEmail(`alamat${i}`), { legalName: `UD Alamat ${i}` }))));
      expect(parallel.filter((result) => result.ok)).toHaveLength(10);
      expect(parallel.filter((result) => result.message === "Validation.tooManyRequestsFromAddress")).toHaveLength(2);
      expect(await db.user.count({ where: { email: { contains: "alamat" } } })).toBe(10);
    } finally {
      vi.useRealTimers();
    }
  });

  it("reports the password policy, the consent and an unknown kecamatan on their fields", async () => {
    const email = uniqueEmail("lemah");
    const weak = await actions.registerSmeAction(initial, smeForm(email, { password: "Bismillah2024", passwordConfirm: "Bismillah2024", consent: "" }));
    expect(weak).toMatchObject({ ok: false, fieldErrors: { password: ["Validation.passwordCommon"], consent: ["Validation.consentRequired"] } });
    expect(weak).not.toHaveProperty("values.password");
    const short = await actions.registerSmeAction(initial, smeForm(email, { password: "pendek", passwordConfirm: "pendek" }));
    expect(short).toMatchObject({ fieldErrors: { password: ["Validation.passwordTooShort"] } });
    const nowhere = await actions.registerSmeAction(initial, smeForm(email, { kecamatanCode: "99.99.99" }));
    expect(nowhere).toMatchObject({ ok: false, fieldErrors: { kecamatanCode: ["Validation.kecamatanUnknown"] } });
    expect(await db.user.count()).toBe(0);
    expect(await db.enterprise.count()).toBe(0);
  });

  it("creates a buyer organisation linked to the new buyer, with a free slug", async () => {
    await actions.registerBuyerAction(initial, buyerForm(uniqueEmail("bima")));
    const email = uniqueEmail("bima2");
    await actions.registerBuyerAction(initial, buyerForm(email, { country: "sg" }));
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { role: true, locale: true, buyerOrganization: { select: { slug: true, name: true, kind: true, city: true, country: true } } },
    });
    expect(user).toEqual({
      role: "BUYER",
      locale: "id",
      buyerOrganization: { slug: "pt-sarana-niaga-2", name: "PT Sarana Niaga", kind: "DISTRIBUTOR", city: "Jakarta", country: "SG" },
    });
  });

  it("recognises the database's unique email constraint, which a lost race ends in", async () => {
    await db.user.create({ data: { email: "balapan@contoh.test", name: "Balapan", role: "SME" } });
    const error = await db.user.create({ data: { email: "balapan@contoh.test", name: "Balapan", role: "SME" } }).catch((caught: unknown) => caught);
    expect(isUniqueViolation(error, "email")).toBe(true);
    expect(isUniqueViolation(error, "slug")).toBe(false);
  });
});

describe("email verification", () => {
  beforeEach(async () => {
    await resetData();
    setRequestHeaders({ "x-temu-socket-address": "198.51.100.23" });
  });

  it("verifies the address once; the same link then says it was used, and an old one expired", async () => {
    const email = uniqueEmail("verif");
    await actions.registerSmeAction(initial, smeForm(email));
    const token = new URL(linkIn((await mailTo(email))[0])).searchParams.get("token") ?? "";

    const expired = await verifyEmail(token, { ip: "x", now: new Date(Date.now() + 49 * 60 * 60 * 1000) });
    expect(expired).toEqual({ ok: false, reason: "expired" });
    expect(await verifyEmail(token, { ip: "198.51.100.23" })).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, emailVerifiedAt: true } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "user.verify-email", entityId: user.id } })).toBe(1);
    expect(await verifyEmail(token, { ip: "x" })).toEqual({ ok: false, reason: "used" });
    expect(await verifyEmail(`${token}x`, { ip: "x" })).toEqual({ ok: false, reason: "invalid" });
  });

  it("resends a link only to unverified accounts, and answers the same for every address", async () => {
    const email = uniqueEmail("ulang");
    await actions.registerSmeAction(initial, smeForm(email));
    const answer = { ok: true, message: "VerifyEmail.resendSent" };
    expect(await actions.resendVerificationAction(initial, form({ email }))).toEqual(answer);
    expect(await mailTo(email)).toHaveLength(2);
    expect(await actions.resendVerificationAction(initial, form({ email: uniqueEmail("tidak-ada") }))).toEqual(answer);

    await db.user.update({ where: { email }, data: { emailVerifiedAt: new Date() } });
    expect(await actions.resendVerificationAction(initial, form({ email }))).toEqual(answer);
    expect(await mailTo(email)).toHaveLength(2);
  });

  it("resends at most three links an hour per email, then says so, whether or not the email has an account", async () => {
    const email = uniqueEmail("banjir");
    await actions.registerSmeAction(initial, smeForm(email));
    const unknown = uniqueEmail("tidak-terdaftar");
    for (const address of [email, unknown]) {
      for (let i = 0; i < 3; i++) expect(await actions.resendVerificationAction(initial, form({ email: address }))).toEqual({ ok: true, message: "VerifyEmail.resendSent" });
      expect(await actions.resendVerificationAction(initial, form({ email: address }))).toMatchObject({ ok: false, message: "Validation.tooManyRequestsForEmail" });
    }
    expect(await mailTo(email)).toHaveLength(4); // the registration email and three resent links
    expect(await mailTo(unknown)).toHaveLength(0);
    expect(await db.auditLog.count({ where: { action: "user.verification-resent" } })).toBe(3);
  });
});

describe("password reset", () => {
  beforeEach(async () => {
    await resetData();
    setRequestHeaders({ "x-temu-socket-address": "198.51.100.23" });
  });

  async function registered(): Promise<string> {
    const email = uniqueEmail("lupa");
    await actions.registerSmeAction(initial, smeForm(email));
    return email;
  }

  async function resetToken(email: string): Promise<string> {
    const [mail] = (await mailTo(email)).filter((message) => message.subject.includes("Reset"));
    return new URL(linkIn(mail)).searchParams.get("token") ?? "";
  }

  it("emails a link that sets a new password once; the old password stops working", async () => {
    const email = await registered();
    const answer = { ok: true, message: "PasswordReset.requestSent" };
    expect(await actions.requestPasswordResetAction(initial, form({ email: email.toUpperCase() }))).toEqual(answer);
    const token = await resetToken(email);
    expect(await findPasswordResetAccount(token)).toEqual({ ok: true, email });

    const mismatch = await actions.resetPasswordAction(initial, form({ token, password: "kopi tubruk pagi hari", passwordConfirm: "kopi tubruk sore" }));
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { passwordConfirm: ["Validation.passwordMismatch"] } });
    const done = await actions.resetPasswordAction(initial, form({ token, password: "kopi tubruk pagi hari", passwordConfirm: "kopi tubruk pagi hari" }));
    expect(done).toEqual({ ok: true, message: "PasswordReset.doneHeading" });

    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true, emailVerifiedAt: true } });
    expect(await verifyPassword(user.passwordHash ?? "", "kopi tubruk pagi hari")).toBe(true);
    expect(await verifyPassword(user.passwordHash ?? "", password)).toBe(false);
    // The emailed link proved the address.
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: { in: ["user.password-reset-requested", "user.password-reset"] }, entityId: user.id } })).toBe(2);

    const again = await actions.resetPasswordAction(initial, form({ token, password: "sandi baru lagi dong", passwordConfirm: "sandi baru lagi dong" }));
    expect(again).toMatchObject({ ok: false, message: "PasswordReset.linkUsed" });
    expect(await findPasswordResetAccount(token)).toEqual({ ok: false, reason: "used" });
  });

  it("answers the same for unknown addresses and sends nothing, mailing only after the answer", async () => {
    const unknown = uniqueEmail("hantu");
    expect(await actions.requestPasswordResetAction(initial, form({ email: unknown }))).toEqual({ ok: true, message: "PasswordReset.requestSent" });
    expect(await mailTo(unknown)).toHaveLength(0);

    const email = await registered();
    await mailTo(email);
    const directory = capturedMailDir(env().dataDir);
    const before = (await listCapturedMail(directory, 5000)).length;
    expect(await actions.requestPasswordResetAction(initial, form({ email }))).toEqual({ ok: true, message: "PasswordReset.requestSent" });
    // The answer did not wait for the account lookup and the mail: its timing tells nothing.
    expect((await listCapturedMail(directory, 5000)).length).toBe(before);
    expect((await mailTo(email)).filter((message) => message.subject.includes("Reset"))).toHaveLength(1);
  });

  it("sends at most three links an hour per email and takes ten requests an hour from an address", async () => {
    const email = await registered();
    for (let i = 0; i < 2; i++) await actions.requestPasswordResetAction(initial, form({ email }));
    // Counted before any work: parallel requests cannot slip past.
    const parallel = await Promise.all(Array.from({ length: 5 }, () => actions.requestPasswordResetAction(initial, form({ email }))));
    expect(parallel.filter((result) => result.ok)).toHaveLength(1);
    expect(parallel.filter((result) => result.message === "Validation.tooManyRequestsForEmail")).toHaveLength(4);
    expect((await mailTo(email)).filter((message) => message.subject.includes("Reset"))).toHaveLength(3);

    // 1 sign-up and 3 resets from this address so far: 6 more, then refused.
    for (let i = 0; i < 6; i++) expect(await actions.requestPasswordResetAction(initial, form({ email: uniqueEmail(`lain${i}`) }))).toMatchObject({ ok: true });
    expect(await actions.requestPasswordResetAction(initial, form({ email: uniqueEmail("lain") }))).toMatchObject({ ok: false, message: "Validation.tooManyRequestsFromAddress" });
    setRequestHeaders({ "x-temu-socket-address": "198.51.100.24" });
    expect(await actions.requestPasswordResetAction(initial, form({ email: uniqueEmail("lain") }))).toMatchObject({ ok: true });
  });

  it("refuses a password that is the account's own address", async () => {
    const email = await registered();
    await actions.requestPasswordResetAction(initial, form({ email }));
    const token = await resetToken(email);
    const result = await actions.resetPasswordAction(initial, form({ token, password: email, passwordConfirm: email }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: ["Validation.passwordLikeEmail"] } });
  });
});
