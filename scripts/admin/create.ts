// npm run admin:create -- --email kepala@disperin.example [--name "Nama Lengkap"] [--locale id|en]
// Invites an ADMIN and emails the set-password link (/undangan, valid 7 days). Without SMTP_URL
// the email is written to $DATA_DIR/mail as an .eml file. On the embedded database, stop the
// server first (it holds the directory's lock), or use the setup link the server prints.
import "../jobs/server-only";
import { parseArgs } from "node:util";
import { z } from "zod";

const usage = `usage: npm run admin:create -- --email <address> [--name "<full name>"] [--locale id|en]`;

const argsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "--email needs an email address" })),
  name: z.string().trim().min(2, "--name needs at least 2 characters").max(100).optional(),
  locale: z.enum(["id", "en"], { error: "--locale is id or en" }).default("id"),
});

const { preflight } = await import("@/lib/database/preflight");
const { prepareDatabase } = await import("@/lib/database/boot");
const { closeDb } = await import("@/lib/db");
const { env } = await import("@/lib/env");
const { inviteAdmin } = await import("@/lib/first-admin/invite-admin");
const { sendInvitationEmail } = await import("@/lib/account-lifecycle/emails");
const { siteConfig } = await import("@/lib/site");

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, locale: { type: "string" } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((issue) => issue.message).join("; ")}\n${usage}`);
    return 2;
  }
  const { email, locale } = parsed.data;
  await preflight();
  // Migrations and reference data on a new embedded database; never demo data.
  const report = await prepareDatabase({ mode: "production" });
  if (report.pendingMigrations.length) throw new Error("Migrations are pending: run npm run db:migrate first.");
  const name = parsed.data.name ?? email.split("@")[0]!;
  const user = await inviteAdmin({ email, name, locale });
  await sendInvitationEmail(user, { inviterName: siteConfig().officeShortName, role: "ADMIN", organizationName: null });
  const where = env().SMTP_URL ? "by SMTP" : `to ${env().dataDir}/mail (no SMTP_URL: captured as .eml)`;
  console.log(`${user.resent ? "Re-sent the invitation" : "Invited"} ${user.email} as ADMIN; the set-password link was emailed ${where}.`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  await closeDb().catch(() => undefined);
}
process.exit(code);
