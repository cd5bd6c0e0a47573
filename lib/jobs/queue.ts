// A small job queue on the "Job" table. Claiming is one UPDATE over a sub-select with FOR UPDATE
// SKIP LOCKED, so several app instances or workers can take jobs at once and never the same one;
// it runs unchanged on PostgreSQL and on the embedded PGlite database. A claimed job is leased
// (lockedUntil): if its process dies, the job becomes due again when the lease runs out. A failed
// job is retried later with backoff until maxAttempts, then marked failed for good.
//
// Each email is sent once: a worker claims one job at a time and renews its lease while the job
// runs (every third of the lease), so a slow SMTP server cannot let the lease run out under a
// live worker and hand the job to a second one. Every claim adds one to `attempts`, which makes
// (id, attempts) the claim's own token: renewing, completing and failing hold only while the job
// still carries it, so a worker whose lease was taken over marks nothing. What remains is SMTP's
// own gap (no idempotency): a worker that dies between the server's 250 and the commit of
// `doneAt` leaves a job that is sent again once its lease runs out.
// Timestamps are compared in UTC in SQL because Prisma stores DateTime as UTC `timestamp(3)`.
import "server-only";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { retryDelayMs } from "./backoff";

export interface NewJob {
  queue: string;
  payload: Prisma.InputJsonValue;
  /** At most one job per key: enqueueing an existing key does nothing. */
  key?: string;
  runAt?: Date;
}

export interface ClaimedJob {
  id: bigint;
  queue: string;
  payload: Prisma.JsonValue;
  attempts: number;
  maxAttempts: number;
}

export type JobHandler = (payload: Prisma.JsonValue, job: ClaimedJob) => Promise<void>;

/** Adds jobs (in the caller's transaction when `tx` is one); duplicates by key are skipped. */
export async function enqueue(tx: DbClient, jobs: NewJob | NewJob[]): Promise<number> {
  const list = Array.isArray(jobs) ? jobs : [jobs];
  if (list.length === 0) return 0;
  const now = new Date();
  const { count } = await tx.job.createMany({
    data: list.map((job) => ({ queue: job.queue, payload: job.payload, key: job.key ?? null, runAt: job.runAt ?? now })),
    skipDuplicates: true,
  });
  return count;
}

/** Takes up to `limit` due jobs of a queue and leases them for `lockMs`; each claim counts as an attempt. */
export async function claim(db: DbClient, queue: string, limit: number, lockMs: number): Promise<ClaimedJob[]> {
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job"
    SET "lockedUntil" = (now() AT TIME ZONE 'UTC') + (${lockMs}::int * interval '1 millisecond'), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE "queue" = ${queue} AND "doneAt" IS NULL AND "failedAt" IS NULL
        AND "runAt" <= (now() AT TIME ZONE 'UTC')
        AND ("lockedUntil" IS NULL OR "lockedUntil" < (now() AT TIME ZONE 'UTC'))
      ORDER BY "runAt", "id"
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "queue", "payload", "attempts", "maxAttempts"`;
}

/** The claim's token: the job as this worker claimed it (a later claim adds one to attempts). */
type Claim = Pick<ClaimedJob, "id" | "attempts">;
const heldBy = (job: Claim) => ({ id: job.id, attempts: job.attempts, doneAt: null, failedAt: null });

/** Extends the lease of a job still held by this claim; false when another worker took it over. */
export async function renewLease(db: DbClient, job: Claim, lockMs: number): Promise<boolean> {
  const renewed = await db.$executeRaw`
    UPDATE "Job" SET "lockedUntil" = (now() AT TIME ZONE 'UTC') + (${lockMs}::int * interval '1 millisecond')
    WHERE "id" = ${job.id} AND "attempts" = ${job.attempts} AND "doneAt" IS NULL AND "failedAt" IS NULL`;
  return renewed === 1;
}

/** Marks the job done if this claim still holds it; false when its lease was taken over. */
export async function complete(db: DbClient, job: Claim): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: heldBy(job), data: { doneAt: new Date(), lockedUntil: null, lastError: null } });
  return count === 1;
}

/**
 * Schedules the next attempt after a backoff, or marks the job failed when it has no attempts
 * left; only while this claim still holds the job (false otherwise).
 */
export async function fail(db: DbClient, job: Pick<ClaimedJob, "id" | "attempts" | "maxAttempts">, error: unknown): Promise<boolean> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const now = Date.now();
  const exhausted = job.attempts >= job.maxAttempts;
  const { count } = await db.job.updateMany({
    where: heldBy(job),
    data: exhausted
      ? { failedAt: new Date(now), lockedUntil: null, lastError: message }
      : { runAt: new Date(now + retryDelayMs(job.attempts)), lockedUntil: null, lastError: message },
  });
  return count === 1;
}

/** Runs `work` while renewing the job's lease every third of it, so the lease never runs out under a live worker. */
async function underLease<T>(db: DbClient, job: ClaimedJob, lockMs: number, work: () => Promise<T>): Promise<T> {
  let renewal: Promise<unknown> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewal = renewal
        .then(() => renewLease(db, job, lockMs))
        .then((held) => {
          if (!held) console.warn("A job's lease was taken over while it ran", { jobId: String(job.id), queue: job.queue });
        })
        .catch((error: unknown) => console.error("Renewing a job's lease failed", { jobId: String(job.id), error }));
    },
    Math.max(Math.floor(lockMs / 3), 10),
  );
  try {
    return await work();
  } finally {
    clearInterval(timer);
    await renewal;
  }
}

export interface RunResult {
  done: number;
  failed: number;
}

/**
 * Works through the due jobs of every queue that has a handler, one claim at a time (so no job
 * waits out its lease behind slow ones), until none are due, or until `shouldStop` says so
 * (checked before each claim: a shutdown lets the job in hand finish). A handler's throw fails
 * that job only (it is retried later).
 */
export async function runJobs(
  db: DbClient,
  handlers: Record<string, JobHandler>,
  { lockMs = 5 * 60_000, shouldStop }: { lockMs?: number; shouldStop?: () => boolean } = {},
): Promise<RunResult> {
  const result: RunResult = { done: 0, failed: 0 };
  for (const [queue, handler] of Object.entries(handlers)) {
    for (;;) {
      if (shouldStop?.()) return result;
      const [job] = await claim(db, queue, 1, lockMs);
      if (!job) break;
      // A job whose lease was taken over is counted by the worker that holds it now.
      try {
        await underLease(db, job, lockMs, () => handler(job.payload, job));
        if (await complete(db, job)) result.done += 1;
      } catch (error) {
        if (await fail(db, job, error)) result.failed += 1;
      }
    }
  }
  return result;
}
