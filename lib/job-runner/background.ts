// The in-process queue loop of a server: every 30 s it works the jobs that are due (retries of
// failed sends, digests), so the portal needs no separate worker, on the embedded database or on
// PostgreSQL. Several servers may run it at once (claims skip locked jobs); JOBS_IN_PROCESS=false
// turns it off where dedicated `npm run jobs:work` processes do the work.
import { env } from "@/lib/env";

const intervalMs = 30_000;
const key = Symbol.for("temu-usaha.job-loop");
type Holder = { [key]?: ReturnType<typeof setInterval> };

/** Starts the loop once per process; returns false when it is turned off. */
export function startJobLoop(): boolean {
  if (env().JOBS_IN_PROCESS === false) return false;
  const holder = globalThis as Holder;
  if (holder[key]) return true;
  let running = false;
  const timer = setInterval(() => {
    // A slow round (many retries) is not overlapped by the next tick.
    if (running) return;
    running = true;
    void import("./run-now")
      .then(({ processPendingJobs }) => processPendingJobs())
      .catch((error: unknown) => console.error("The job loop failed", { error }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  // Never keeps a process alive on its own.
  timer.unref();
  holder[key] = timer;
  return true;
}
