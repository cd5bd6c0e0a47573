// The "account-email" queue: the account lifecycle's emails (verification, password reset,
// sign-in warning, registration attempt, invitation) go through the job queue (lib/jobs), so a
// mail server that is down fails no one's registration or invitation: the message waits, is
// retried with backoff and is sent once when SMTP is back. The job names the account and the
// kind of message only; the signed link is made when the message is sent, so no token is stored.
import "server-only";
import { z } from "zod";
import { createUserToken, type TokenPurpose } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send";
import type { MailTemplate } from "@/lib/mail/templates";
import { type AccountContact, getAccountContact } from "./queries";

export const accountEmailQueue = "account-email";

/** Where each kind of link lands. */
export const linkPaths: Record<TokenPurpose, string> = {
  "verify-email": "/verifikasi-email",
  "reset-password": "/atur-ulang-kata-sandi",
  invite: "/undangan",
};

export async function linkFor(purpose: TokenPurpose, userId: string): Promise<string> {
  const token = await createUserToken(purpose, userId);
  return `${env().appUrl}${linkPaths[purpose]}?token=${encodeURIComponent(token)}`;
}

const accountEmailSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("verify-email") }),
  z.object({ kind: z.literal("reset-password") }),
  z.object({ kind: z.literal("sign-in-warning"), attempts: z.number().int().positive() }),
  z.object({ kind: z.literal("registration-attempt") }),
  z.object({
    kind: z.literal("invitation"),
    inviterName: z.string(),
    role: z.enum(["ADMIN", "STAFF", "PARTNER"]),
    organizationName: z.string().nullable(),
  }),
]);
const payloadSchema = z.object({ userId: z.string().min(1), email: accountEmailSchema });

export type AccountEmail = z.infer<typeof accountEmailSchema>;

export function accountEmailPayload(userId: string, email: AccountEmail): Prisma.InputJsonValue {
  return payloadSchema.parse({ userId, email });
}

async function templateFor(user: AccountContact, email: AccountEmail): Promise<MailTemplate> {
  const name = user.name;
  switch (email.kind) {
    case "verify-email":
      return { kind: "verify-email", name, link: await linkFor("verify-email", user.id) };
    case "reset-password":
      return { kind: "reset-password", name, link: await linkFor("reset-password", user.id) };
    case "sign-in-warning":
      return { kind: "sign-in-warning", name, link: await linkFor("reset-password", user.id), attempts: email.attempts };
    case "registration-attempt":
      return { kind: "registration-attempt", name, link: await linkFor("reset-password", user.id), signInLink: `${env().appUrl}/masuk` };
    case "invitation":
      return { ...email, name, link: await linkFor("invite", user.id) };
  }
}

/** The queue's handler: a delivery error is thrown on, so the queue retries the job later. */
export async function sendAccountEmail(payload: Prisma.JsonValue): Promise<void> {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) throw new Error("Malformed account email job payload");
  const user = await getAccountContact(parsed.data.userId);
  // The account is gone (deleted before the mail server came back): nothing to send.
  if (!user) return;
  await sendMail({ to: user.email, locale: user.locale, template: await templateFor(user, parsed.data.email) });
}
