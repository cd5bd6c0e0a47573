// The emailed links of the account lifecycle: a signed token in an absolute URL, sent in the
// recipient's language.
import "server-only";
import { createUserToken, type TokenPurpose } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { sendMail, sendMailOrLog } from "@/lib/mail/send";
import type { AccountContact } from "./queries";
import type { InvitableRole } from "./roles";

/** Where each kind of link lands. */
export const linkPaths: Record<TokenPurpose, string> = {
  "verify-email": "/verifikasi-email",
  "reset-password": "/atur-ulang-kata-sandi",
  invite: "/undangan",
};

async function linkFor(purpose: TokenPurpose, userId: string): Promise<string> {
  const token = await createUserToken(purpose, userId);
  return `${env().appUrl}${linkPaths[purpose]}?token=${encodeURIComponent(token)}`;
}

/** After sign-up or on request; a failure is logged (the person can ask again). */
export async function sendVerificationEmail(user: AccountContact): Promise<boolean> {
  const link = await linkFor("verify-email", user.id);
  return sendMailOrLog(
    { to: user.email, locale: user.locale, template: { kind: "verify-email", name: user.name, link } },
    { userId: user.id },
  );
}

/** On request; a failure is logged, never told apart from "no such account". */
export async function sendPasswordResetEmail(user: AccountContact): Promise<boolean> {
  const link = await linkFor("reset-password", user.id);
  return sendMailOrLog(
    { to: user.email, locale: user.locale, template: { kind: "reset-password", name: user.name, link } },
    { userId: user.id },
  );
}

/** The sign-in warning (lib/auth/sign-in-guard.ts): the account is not locked; a new-password link. */
export async function sendSignInWarningEmail(user: AccountContact, attempts: number): Promise<boolean> {
  const link = await linkFor("reset-password", user.id);
  return sendMailOrLog(
    { to: user.email, locale: user.locale, template: { kind: "sign-in-warning", name: user.name, link, attempts } },
    { userId: user.id },
  );
}

/** To the owner of an address someone tried to register again: sign in, or set a new password. */
export async function sendRegistrationAttemptEmail(user: AccountContact): Promise<boolean> {
  const link = await linkFor("reset-password", user.id);
  return sendMailOrLog(
    { to: user.email, locale: user.locale, template: { kind: "registration-attempt", name: user.name, link, signInLink: `${env().appUrl}/masuk` } },
    { userId: user.id },
  );
}

/** The /undangan link that lets an INVITED account set its password (also for assisted owners' takeover). */
export function invitationLink(userId: string): Promise<string> {
  return linkFor("invite", userId);
}

/** Throws when delivery fails: the administrator sees it and sends the invitation again. */
export async function sendInvitationEmail(
  user: AccountContact,
  invitation: { inviterName: string; role: InvitableRole | "ADMIN"; organizationName: string | null },
): Promise<void> {
  const link = await linkFor("invite", user.id);
  await sendMail({ to: user.email, locale: user.locale, template: { kind: "invitation", name: user.name, link, ...invitation } });
}
