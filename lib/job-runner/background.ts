// The in-process queue loop of a server: every 30 s it works the jobs that are due (retries of
// failed sends, digests), so the portal needs no separate worker, on the embedded database or on
// PostgreSQL. Several servers may run it at once (claims skip locked jobs); JOBS_IN_PROCESS=false
// turns it off where dedicated `npm run jobs:work` processes do the work. On shutdown
// (lib/database/shutdown.ts) stopJobLoop lets the job being worked finish and claims no other.
import { env } from "@/lib/env";

interface JobLoop {
  timer: ReturnType<typeof setInterval>;
  /** The round being worked, if any. */
  round: Promise<void> | null;
  stopping: boolean;
}

const key = Symbol.for("temu-usaha.job-loop");
type Holder = { [key]?: JobLoop };

/** Starts the loop once per process; returns false when it is turned off. */
export function startJobLoop({ intervalMs = 30_000 }: { intervalMs?: number } = {}): boolean {
  if (env().JOBS_IN_PROCESS === false) return false;
  const holder = globalThis as Holder;
  if (holder[key]) return true;
  const loop: JobLoop = { timer: setInterval(tick, intervalMs), round: null, stopping: false };
  function tick() {
    // A slow round (many retries) is not overlapped by the next tick.
    if (loop.round || loop.stopping) return;
    loop.round = import("./run-now")
      .then(({ processPendingJobs }) => processPendingJobs({ shouldStop: () => loop.stopping }))
      .then(
        () => undefined,
        (error: unknown) => console.error("The job loop failed", { error }),
      )
      .finally(() => {
        loop.round = null;
      });
  }
  // Never keeps a process alive on its own.
  loop.timer.unref();
  holder[key] = loop;
  return true;
}

/** Whether the loop is working a job right now. */
export function jobLoopBusy(): boolean {
  return Boolean((globalThis as Holder)[key]?.round);
}

/**
 * Stops the loop: no new round and no further job; the job being worked finishes. Resolves true
 * once it has (or nothing ran), false when it is still running after `timeoutMs`.
 */
export async function stopJobLoop(timeoutMs: number): Promise<boolean> {
  const holder = globalThis as Holder;
  const loop = holder[key];
  if (!loop) return true;
  loop.stopping = true;
  clearInterval(loop.timer);
  delete holder[key];
  if (!loop.round) return true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([loop.round.then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
