"use server";

// The account lifecycle's server actions: sign-up, email verification, password reset,
// invitations. Answers that could tell whether an address has an account (resend, reset)
// are the same either way.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import { readUserToken, type TokenResult } from "@/lib/auth/tokens";
import { clientIp } from "@/lib/http/client-ip";
import { sendInvitationEmail, sendPasswordResetEmail, sendVerificationEmail } from "./emails";
import * as mutations from "./mutations";
import { passwordProblem } from "./password-policy";
import { countAccountEmailRequests, findPasswordAccount, findUnverifiedAccount, getAccountContact } from "./queries";
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

export const registerSme = defineFormAction({
  name: "accounts.registerSme",
  access: "public",
  schema: smeRegistrationSchema,
  run: async (input) => {
    const context = await requestContext();
    const user = await mutations.registerSmeOwner(input, await hashPassword(input.password), context);
    await sendVerificationEmail(user);
    return { ok: true, message: "Registration.checkEmailHeading", values: { email: user.email } };
  },
});

export const registerBuyer = defineFormAction({
  name: "accounts.registerBuyer",
  access: "public",
  schema: buyerRegistrationSchema,
  run: async (input) => {
    const context = await requestContext();
    const user = await mutations.registerBuyer(input, await hashPassword(input.password), context);
    await sendVerificationEmail(user);
    return { ok: true, message: "Registration.checkEmailHeading", values: { email: user.email } };
  },
});

export const resendVerification = defineFormAction({
  name: "accounts.resendVerification",
  access: "public",
  schema: emailRequestSchema,
  run: async ({ email }) => {
    const user = await findUnverifiedAccount(email);
    if (user && (await underHourlyLimit(user.id, "user.verification-resent"))) {
      await mutations.recordAccountEmailRequest(user.id, "user.verification-resent", await requestContext());
      await sendVerificationEmail(user);
    }
    return { ok: true, message: "VerifyEmail.resendSent" };
  },
});

/** At most this many emails of one kind per account per hour, so these forms cannot flood an inbox. */
const emailRequestsPerHour = 3;

async function underHourlyLimit(userId: string, action: "user.password-reset-requested" | "user.verification-resent") {
  return (await countAccountEmailRequests(userId, action, new Date(Date.now() - 60 * 60 * 1000))) < emailRequestsPerHour;
}

export const requestPasswordReset = defineFormAction({
  name: "accounts.requestPasswordReset",
  access: "public",
  schema: emailRequestSchema,
  run: async ({ email }) => {
    const user = await findPasswordAccount(email);
    if (user && (await underHourlyLimit(user.id, "user.password-reset-requested"))) {
      await mutations.recordAccountEmailRequest(user.id, "user.password-reset-requested", await requestContext());
      await sendPasswordResetEmail(user);
    }
    return { ok: true, message: "PasswordReset.requestSent" };
  },
});

export const resetPassword = defineFormAction({
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

export const acceptInvitation = defineFormAction({
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

export const inviteUser = defineFormAction({
  name: "accounts.inviteUser",
  access: "user:manage",
  schema: invitationSchema,
  run: async (input, actor) => {
    if (!actor) return { ok: false, message: "Errors.signInRequired" };
    const invited = await mutations.inviteUser(input, actor.id, await requestContext());
    await sendInvitationEmail(invited, { inviterName: actor.name, role: input.role, organizationName: invited.organizationName });
    revalidatePath("/admin");
    return { ok: true, message: "Invitation.sent", values: { email: invited.email } };
  },
});
