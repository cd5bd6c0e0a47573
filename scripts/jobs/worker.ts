// A dedicated queue worker (notification emails, retries, digests) for deployments on PostgreSQL
// that set JOBS_IN_PROCESS=false or want more hands: `npm run jobs:work` keeps working every
// 10 s until stopped; `npm run jobs:work -- --once` drains what is due and exits. Any number may
// run beside the servers: a job is claimed by one of them only (FOR UPDATE SKIP LOCKED).
import "./server-only";

const { processPendingJobs } = await import("@/lib/job-runner/run-now");
const { closeDb } = await import("@/lib/db");

const once = process.argv.includes("--once");
const pauseMs = 10_000;
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    stopping = true;
  });
}

try {
  do {
    const result = await processPendingJobs();
    if (result.done > 0 || result.failed > 0) console.log(`Jobs: ${result.done} done, ${result.failed} failed (retried later).`);
    if (!once && !stopping) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  } while (!once && !stopping);
} finally {
  await closeDb();
}
