// A small job queue on the "Job" table. Claiming is one UPDATE over a sub-select with FOR UPDATE
// SKIP LOCKED, so several app instances or workers can take jobs at once and never the same one;
// it runs unchanged on PostgreSQL and on the embedded PGlite database. A claimed job is leased
// (lockedUntil): if its process dies, the job becomes due again when the lease runs out. A failed
// job is retried later with backoff until maxAttempts, then marked failed for good.
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

export async function complete(db: DbClient, id: bigint): Promise<void> {
  await db.job.update({ where: { id }, data: { doneAt: new Date(), lockedUntil: null, lastError: null } });
}

/** Schedules the next attempt after a backoff, or marks the job failed when it has no attempts left. */
export async function fail(db: DbClient, job: Pick<ClaimedJob, "id" | "attempts" | "maxAttempts">, error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  const now = Date.now();
  const exhausted = job.attempts >= job.maxAttempts;
  await db.job.update({
    where: { id: job.id },
    data: exhausted
      ? { failedAt: new Date(now), lockedUntil: null, lastError: message }
      : { runAt: new Date(now + retryDelayMs(job.attempts)), lockedUntil: null, lastError: message },
  });
}

export interface RunResult {
  done: number;
  failed: number;
}

/**
 * Works through the due jobs of every queue that has a handler, `limit` at a time per queue,
 * until none are due. A handler's throw fails that job only (it is retried later).
 */
export async function runJobs(
  db: DbClient,
  handlers: Record<string, JobHandler>,
  { limit = 20, lockMs = 5 * 60_000 }: { limit?: number; lockMs?: number } = {},
): Promise<RunResult> {
  const result: RunResult = { done: 0, failed: 0 };
  for (const [queue, handler] of Object.entries(handlers)) {
    for (;;) {
      const jobs = await claim(db, queue, limit, lockMs);
      for (const job of jobs) {
        try {
          await handler(job.payload, job);
          await complete(db, job.id);
          result.done += 1;
        } catch (error) {
          await fail(db, job, error);
          result.failed += 1;
        }
      }
      if (jobs.length < limit) break;
    }
  }
  return result;
}
