// The "imports.run" queue: an import batch (created by createImportBatch, lib/imports) runs in the
// background on the job queue (lib/jobs), worked by the server's job loop or `npm run jobs:work`.
// runImportBatch is resumable: a job whose process died mid-way is claimed again when its lease
// runs out, and the batch carries on after its last whole chunk; a thrown error is retried with
// backoff. The key (the batch id) keeps one job per batch however often it is enqueued.
// The "imports.discard-upload" queue deletes a staff upload the import desk kept between its
// steps (lib/import-desk/pending.ts) once it expires.
import "server-only";
import { z } from "zod";
import { db, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/queue";
import { deleteFile } from "@/lib/storage/files";
import { runImportBatch } from "./batch";

export const importRunQueue = "imports.run";
export const discardUploadQueue = "imports.discard-upload";

const payloadSchema = z.object({ batchId: z.string().min(1) });

/** Queues the run of a batch (in the caller's transaction when `tx` is one). */
export async function enqueueImportRun(tx: DbClient, batchId: string): Promise<void> {
  await enqueue(tx, { queue: importRunQueue, payload: { batchId }, key: batchId });
}

/** The queue's handler. */
export async function runImportJob(payload: Prisma.JsonValue): Promise<void> {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) throw new Error("Malformed import job payload");
  await runImportBatch(db, parsed.data.batchId);
}

const discardPayload = z.object({ keys: z.array(z.string()) });

/** The discard queue's handler: deleting what is already gone is not an error. */
export async function discardExpiredUpload(payload: Prisma.JsonValue): Promise<void> {
  const parsed = discardPayload.safeParse(payload);
  if (!parsed.success) throw new Error("Malformed import discard job payload");
  await Promise.all(parsed.data.keys.map((key) => deleteFile(key)));
}
