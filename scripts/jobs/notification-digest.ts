// The daily notification digest (lib/notifications/digest.ts): one email per user who chose it,
// listing what they were not emailed yet. Keyed per user and WIB day, so running it twice or on
// two machines sends it once. Schedule it once a day, e.g. cron
// `0 7 * * * cd /srv/temu-usaha && npm run jobs:notification-digest`.
import "./server-only";

const { enqueueDigests } = await import("@/lib/notifications/digest");
const { processPendingJobs } = await import("@/lib/job-runner/run-now");
const { closeDb } = await import("@/lib/db");
try {
  const queued = await enqueueDigests();
  const result = await processPendingJobs();
  console.log(`Notification digest: ${queued} digests queued; ${result.done} jobs done, ${result.failed} failed (retried later).`);
  if (result.failed > 0) process.exitCode = 1;
} finally {
  await closeDb();
}
