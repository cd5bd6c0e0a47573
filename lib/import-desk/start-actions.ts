"use server";

// "Impor" on the preview (/staf/impor/baru?token=...): the staff member's decisions on possible
// duplicates are checked against the preview, the batch is created (lib/imports: the file, its
// hash, mapping and decisions, audited) and its run queued on the job queue ("imports.run", keyed
// by the batch), which the server starts working at once without holding up the answer.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { createImportBatch } from "@/lib/imports/batch";
import { enqueueImportRun } from "@/lib/imports/job";
import type { DuplicateDecision } from "@/lib/imports/types";
import { discardPendingUpload } from "./pending";
import { previewPendingSheet } from "./preview";
import { numberedFields, startImportSchema } from "./schemas";
import { loadPendingSheet } from "./sheet";

/**
 * Works the queue now, without holding up the answer: the import, then the takeover emails it
 * queued (lib/job-runner/handlers.ts works them after imports). Never throws; whatever is left
 * is picked up by the server's job loop.
 */
function workQueueSoon(): void {
  void processPendingJobs();
}

export const startImportAction = defineFormAction({
  name: "imports.start",
  access: "enterprise:assist",
  schema: startImportSchema,
  run: async (input, actor) => {
    const pending = await loadPendingSheet(input.token, actor.id);
    if (!pending) throw new UserFacingError("Imports.upload.expiredText");
    if (pending.missingRequired.length > 0) throw new UserFacingError("Imports.errors.mappingIncomplete");
    const preview = await previewPendingSheet(pending);
    const answers = numberedFields(input, "decision");
    const decisions: Record<number, DuplicateDecision> = {};
    const fieldErrors: Record<string, string[]> = {};
    for (const duplicate of preview.duplicates) {
      if (duplicate.reason !== "name") continue;
      const answer = answers.get(duplicate.row);
      if (answer === "skip" || answer === "create") decisions[duplicate.row] = answer;
      else fieldErrors[`decision.${duplicate.row}`] = ["Imports.errors.decisionRequired"];
    }
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: "Imports.errors.decisionRequired", fieldErrors };
    const batchId = await createImportBatch(db, {
      kind: pending.upload.kind,
      bytes: pending.bytes,
      fileName: pending.upload.fileName,
      mapping: pending.mapping,
      decisions,
      targetStatus: input.targetStatus,
      actorId: actor.id,
    });
    await enqueueImportRun(db, batchId);
    // The batch holds its own copy of the file.
    await discardPendingUpload(pending.upload);
    workQueueSoon();
    revalidatePath("/staf/impor");
    redirect(`/staf/impor/${batchId}`);
  },
});
