// Sends the certificate renewal reminders due today (lib/certificates/reminders.ts); safe to run
// twice. Schedule it once a day, e.g. cron `0 7 * * * cd /srv/temu-usaha && npm run jobs:certificate-reminders`.
import { register } from "node:module";

// The app's server modules import "server-only", which throws outside Next's server bundle;
// this process is server-side by definition, so the marker resolves to an empty module here.
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

const { sendCertificateReminders } = await import("@/lib/certificates/reminders");
const { closeDb } = await import("@/lib/db");
try {
  const result = await sendCertificateReminders();
  console.log(
    `Certificate reminders: ${result.sent} sent, ${result.alreadyClaimed} already sent by another run, ` +
      `${result.noRecipient} without a recipient, ${result.failed} failed (${result.checked} certificates checked).`,
  );
  if (result.failed > 0) process.exitCode = 1;
} finally {
  await closeDb();
}
