// The emailed links of the account lifecycle, sent in the recipient's language through the job
// queue (./email-job.ts): queued after the change they announce, sent at once when SMTP answers,
// otherwise retried later (by the server's job loop or `npm run jobs:work`); a mail server that is
// down fails no registration or invitation.
import "server-only";
import { db } from "@/lib/db";
import { enqueue, runJobs } from "@/lib/jobs/queue";
import { sendMail } from "@/lib/mail/send";
import { type AccountEmail, accountEmailPayload, accountEmailQueue, linkFor, sendAccountEmail } from "./email-job";
import type { AccountContact } from "./queries";
import type { InvitableRole } from "./roles";

async function queueAccountEmail(user: AccountContact, email: AccountEmail): Promise<void> {
  await enqueue(db, { queue: accountEmailQueue, payload: accountEmailPayload(user.id, email) });
  // This queue only (lib/job-runner, which works every queue, depends on this folder). A failed
  // send stays queued for a retry; it fails nothing here.
  try {
    await runJobs(db, { [accountEmailQueue]: sendAccountEmail });
  } catch (error) {
    console.error("Working the account email queue failed", { error });
  }
}

/** After sign-up or on request. */
export function sendVerificationEmail(user: AccountContact): Promise<void> {
  return queueAccountEmail(user, { kind: "verify-email" });
}

/** On request; never told apart from "no such account". */
export function sendPasswordResetEmail(user: AccountContact): Promise<void> {
  return queueAccountEmail(user, { kind: "reset-password" });
}

/** The sign-in warning (lib/auth/sign-in-guard.ts): the account is not locked; a new-password link. */
export function sendSignInWarningEmail(user: AccountContact, attempts: number): Promise<void> {
  return queueAccountEmail(user, { kind: "sign-in-warning", attempts });
}

/** To the owner of an address someone tried to register again: sign in, or set a new password. */
export function sendRegistrationAttemptEmail(user: AccountContact): Promise<void> {
  return queueAccountEmail(user, { kind: "registration-attempt" });
}

/** The /undangan link that lets an INVITED account set its password (also for assisted owners' takeover). */
export function invitationLink(userId: string): Promise<string> {
  return linkFor("invite", userId);
}

type Invitation = { inviterName: string; role: InvitableRole | "ADMIN"; organizationName: string | null };

/** From the admin's invitation form: queued, so the invitation stands while SMTP is down. */
export function queueInvitationEmail(user: AccountContact, invitation: Invitation): Promise<void> {
  return queueAccountEmail(user, { kind: "invitation", ...invitation });
}

/** Sent now and throws when delivery fails: `npm run admin:create` reports it to the person at the terminal. */
export async function sendInvitationEmail(user: AccountContact, invitation: Invitation): Promise<void> {
  const link = await linkFor("invite", user.id);
  await sendMail({ to: user.email, locale: user.locale, template: { kind: "invitation", name: user.name, link, ...invitation } });
}
