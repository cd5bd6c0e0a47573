// Sends the certificate renewal reminders due today (lib/certificates/reminders.ts); safe to run
// twice. Schedule it once a day, e.g. cron `0 7 * * * cd /srv/temu-usaha && npm run jobs:certificate-reminders`.
import "./server-only";

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
