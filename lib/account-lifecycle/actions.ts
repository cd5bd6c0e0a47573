"use server";

// The account lifecycle's server actions: sign-up, email verification, password reset,
// invitations. The public forms (sign-up, resend, reset) are limited per address and per email
// (lib/auth/rate-limit.ts), counted before any work, and answer the same, in about the same
// time, whether or not the address has an account: their email work runs after the answer
// (lib/mail/background.ts), and signing up with a registered address mails its owner instead.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineFormAction, type FormState, UserFacingError } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import { countAgainst, type LimitRule, limitRules } from "@/lib/auth/rate-limit";
import { readUserToken, type TokenResult } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { sendInBackground } from "@/lib/mail/background";
import { queueInvitationEmail, sendPasswordResetEmail, sendRegistrationAttemptEmail, sendVerificationEmail } from "./emails";
import * as mutations from "./mutations";
import { passwordProblem } from "./password-policy";
import { type AccountContact, findPasswordAccount, findUnverifiedAccount, getAccountContact, kecamatanExists } from "./queries";
import {
  acceptInvitationSchema,
  buyerRegistrationSchema,
  emailRequestSchema,
  invitationSchema,
  resetPasswordSchema,
  smeRegistrationSchema,
} from "./schemas";

async function requestContext(): Promise<mutations.RequestContext> {
  return { ip: clientIp(await headers()) };
}

/** A refused link as a form message (the page explains the same reasons before the form). */
function linkRefused(reason: Exclude<TokenResult, { ok: true }>["reason"], namespace: "PasswordReset" | "Invitation"): UserFacingError {
  if (reason === "expired") return new UserFacingError(`${namespace}.linkExpired`);
  if (reason === "used") return new UserFacingError(`${namespace}.linkUsed`);
  return new UserFacingError("Validation.linkInvalid");
}

/** The new password, checked against the account's own address too. */
async function checkedPasswordHash(password: string, email: string): Promise<string> {
  const problem = passwordProblem(password, email);
  if (problem) throw new UserFacingError(problem, "password");
  return hashPassword(password);
}

/**
 * Counts a public form's request against the limit per address and the one per email, before
 * any work, whether or not the email has an account; refuses it with a message past either.
 */
async function limitAccountForm(emailRule: LimitRule, email: string, ip: string): Promise<void> {
  const check = await countAgainst(db, [
    { rule: limitRules.accountFormsAddress, key: ip },
    { rule: emailRule, key: email },
  ]);
  if (!check.ok) {
    throw new UserFacingError(check.refusedBy.rule === limitRules.accountFormsAddress ? "Validation.tooManyRequestsFromAddress" : "Validation.tooManyRequestsForEmail");
  }
}

/** Every sign-up answer takes at least this long, so the work that differs does not show. */
const registrationAnswerMs = 400;

async function answerNoSoonerThan(startedAt: number): Promise<void> {
  const left = startedAt + registrationAnswerMs - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/**
 * Sign-up, the same for both kinds of account: a new address gets its account and a verification
 * link; a registered one gets nothing new, and its owner is emailed (sign in, or set a new
 * password). The answer is "check your email" either way.
 */
async function register<Input extends { email: string; password: string }>(
  input: Input,
  create: (input: Input, passwordHash: string, context: mutations.RequestContext) => Promise<AccountContact>,
): Promise<FormState> {
  const startedAt = Date.now();
  const context = await requestContext();
  await limitAccountForm(limitRules.registerEmail, input.email, context.ip);
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  let created: AccountContact | null = null;
  if (!existing) {
    try {
      created = await create(input, passwordHash, context);
    } catch (error) {
      // Lost a race with another sign-up of the same address: it is registered now.
      if (!(error instanceof UserFacingError && error.key === "Validation.emailTaken")) throw error;
    }
  }
  sendInBackground("Sending the sign-up email", async () => {
    if (created) {
      await sendVerificationEmail(created);
      return;
    }
    const owner = await findPasswordAccount(input.email);
    if (owner) await sendRegistrationAttemptEmail(owner);
  });
  await answerNoSoonerThan(startedAt);
  return { ok: true, message: "Registration.checkEmailHeading", values: { email: input.email } };
}

export const registerSmeAction = defineFormAction({
  name: "accounts.registerSme",
  access: "public",
  schema: smeRegistrationSchema,
  run: async (input) => {
    // Before anything that depends on the address, so every refusal is the same for both.
    if (!(await kecamatanExists(input.kecamatanCode))) throw new UserFacingError("Validation.kecamatanUnknown", "kecamatanCode");
    return register(input, mutations.registerSmeOwner);
  },
});

export const registerBuyerAction = defineFormAction({
  name: "accounts.registerBuyer",
  access: "public",
  schema: buyerRegistrationSchema,
  run: (input) => register(input, mutations.registerBuyer),
});

export const resendVerificationAction = defineFormAction({
  name: "accounts.resendVerification",
  access: "public",
  schema: emailRequestSchema,
  run: async ({ email }) => {
    const context = await requestContext();
    await limitAccountForm(limitRules.resendEmail, email, context.ip);
    sendInBackground("Resending a verification link", async () => {
      const user = await findUnverifiedAccount(email);
      if (!user) return;
      await mutations.recordAccountEmailRequest(user.id, "user.verification-resent", context);
      await sendVerificationEmail(user);
    });
    return { ok: true, message: "VerifyEmail.resendSent" };
  },
});

export const requestPasswordResetAction = defineFormAction({
  name: "accounts.requestPasswordReset",
  access: "public",
  schema: emailRequestSchema,
  run: async ({ email }) => {
    const context = await requestContext();
    await limitAccountForm(limitRules.resetEmail, email, context.ip);
    sendInBackground("Sending a password reset link", async () => {
      const user = await findPasswordAccount(email);
      if (!user) return;
      await mutations.recordAccountEmailRequest(user.id, "user.password-reset-requested", context);
      await sendPasswordResetEmail(user);
    });
    return { ok: true, message: "PasswordReset.requestSent" };
  },
});

export const resetPasswordAction = defineFormAction({
  name: "accounts.resetPassword",
  access: "public",
  schema: resetPasswordSchema,
  run: async ({ token, password }) => {
    const check = await readUserToken("reset-password", token);
    if (!check.ok) throw linkRefused(check.reason, "PasswordReset");
    const user = await getAccountContact(check.userId);
    if (!user) throw linkRefused("invalid", "PasswordReset");
    await mutations.resetPassword(user.id, await checkedPasswordHash(password, user.email), await requestContext());
    return { ok: true, message: "PasswordReset.doneHeading" };
  },
});

export const acceptInvitationAction = defineFormAction({
  name: "accounts.acceptInvitation",
  access: "public",
  schema: acceptInvitationSchema,
  run: async ({ token, name, password }) => {
    const check = await readUserToken("invite", token);
    if (!check.ok) throw linkRefused(check.reason, "Invitation");
    const user = await getAccountContact(check.userId);
    if (!user) throw linkRefused("invalid", "Invitation");
    const passwordHash = await checkedPasswordHash(password, user.email);
    await mutations.acceptInvitation(user.id, { name, passwordHash }, await requestContext());
    // No revalidatePath here: it would re-render this page, where the used link now reads
    // "already accepted" instead of the confirmation. The admin user list is rendered per request.
    return { ok: true, message: "Invitation.doneHeading" };
  },
});

export const inviteUserAction = defineFormAction({
  name: "accounts.inviteUser",
  access: "user:manage",
  schema: invitationSchema,
  run: async (input, actor) => {
    if (!actor) return { ok: false, message: "Errors.signInRequired" };
    const invited = await mutations.inviteUser(input, actor.id, await requestContext());
    await queueInvitationEmail(invited, { inviterName: actor.name, role: input.role, organizationName: invited.organizationName });
    revalidatePath("/admin");
    return { ok: true, message: "Invitation.sent", values: { email: invited.email } };
  },
});
