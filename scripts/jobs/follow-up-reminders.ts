// Emails both sides of every follow-up not updated for two weeks (lib/outcomes/reminders.ts);
// once per staleness, safe to run twice or in parallel. Schedule it once a day, e.g. cron
// `0 8 * * * cd /srv/temu-usaha && npm run jobs:follow-up-reminders`.
import "./server-only";

const { sendFollowUpReminders } = await import("@/lib/outcomes/reminders");
const { closeDb } = await import("@/lib/db");
try {
  const result = await sendFollowUpReminders();
  console.log(
    `Follow-up reminders: ${result.sent} meetings reminded, ${result.alreadyClaimed} already reminded by another run, ` +
      `${result.failed} failed (${result.due} due).`,
  );
  if (result.failed > 0) process.exitCode = 1;
} finally {
  await closeDb();
}
