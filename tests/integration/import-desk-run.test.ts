// Starting an import from the desk (issue 18): "Impor" creates the batch and queues one
// "imports.run" job keyed by the batch, the upload is discarded, and the job handler runs the
// batch to its end in the background; running the job again changes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { uploadImportAction } from "@/lib/import-desk/actions";
import { findPendingUpload } from "@/lib/import-desk/pending";
import { startImportAction } from "@/lib/import-desk/start-actions";
import { importBatchProgress } from "@/lib/imports/batch";
import { discardExpiredUpload, discardUploadQueue, importRunQueue, runImportJob } from "@/lib/imports/job";
import { jobHandlers } from "@/lib/job-runner/handlers";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { createUser, signInAs, submit } from "./support/actions";
import { smeCsv, smeRow } from "./support/import-files";

setRequestHeaders({ "x-temu-socket-address": "198.51.100.19" });

const csvFile = (text: string, name = "ikm.csv") => new File([text], name, { type: "text/csv" });

function tokenFrom(result: Awaited<ReturnType<typeof submit>>): string {
  expect(result).toHaveProperty("redirect");
  return new URL((result as { redirect: string }).redirect, "http://portal.test").searchParams.get("token") ?? "";
}

describe("import desk: starting an import", () => {
  let staff: SessionUser;

  beforeEach(async () => {
    await resetData();
    staff = await createUser("STAFF", "Petugas Impor");
    signInAs(staff);
  });

  it("starts the import: one batch, one job keyed by it, the upload discarded; the job runs it to the end, and again without a change", async () => {
    const token = tokenFrom(await submit(uploadImportAction, { kind: "smes", file: csvFile(smeCsv([smeRow(), smeRow()])) }));
    const started = await submit(startImportAction, { token, targetStatus: "DRAFT" });
    expect(started).toHaveProperty("redirect");
    const batchId = (started as { redirect: string }).redirect.replace("/staf/impor/", "");
    expect(await findPendingUpload(token, staff.id)).toBeNull();
    const jobs = await db.job.findMany({ where: { queue: importRunQueue }, select: { key: true, payload: true } });
    expect(jobs).toEqual([{ key: batchId, payload: { batchId } }]);

    // The job runner knows both queues of the desk.
    expect(jobHandlers[importRunQueue]).toBe(runImportJob);
    expect(jobHandlers[discardUploadQueue]).toBe(discardExpiredUpload);
    // The action set the queue to work at once; the handler may also be called by hand.
    await expect.poll(async () => (await importBatchProgress(db, batchId))?.status, { timeout: 20_000 }).toBe("DONE");
    await expect.poll(async () => db.job.count({ where: { queue: importRunQueue, doneAt: { not: null } } }), { timeout: 20_000 }).toBe(1);
    const done = await importBatchProgress(db, batchId);
    expect(done).toMatchObject({ processed: 2, total: 2, counts: { rows: 2, valid: 2, created: 2 } });
    const enterprises = await db.enterprise.count();
    await runImportJob({ batchId });
    expect(await db.enterprise.count()).toBe(enterprises);
    expect((await importBatchProgress(db, batchId))?.counts).toEqual(done?.counts);

    await expect(runImportJob({ nothing: true })).rejects.toThrow(/Malformed/);
    // A token used once is gone: starting again is refused with a message.
    expect(await submit(startImportAction, { token, targetStatus: "DRAFT" })).toMatchObject({ ok: false, message: "Imports.upload.expiredText" });
  });
  it("asks a decision on each close name before importing, refusing without one and creating nothing; staff's choice goes into the batch", async () => {
    await db.enterprise.create({
      data: { slug: `sekar-jagad-desk-${Date.now()}`, legalName: "Batik Sekar Jagad", legalForm: "UD", kecamatanCode: "33.74.01", kelurahanCode: "33.74.01.1007" },
    });
    const csv = smeCsv([smeRow({ legalName: "CV Batik Sekar Jagat", nib: "", email: "" })]);
    const token = tokenFrom(await submit(uploadImportAction, { kind: "smes", file: csvFile(csv) }));
    const refused = await submit(startImportAction, { token, targetStatus: "SUBMITTED" });
    expect(refused).toMatchObject({ ok: false, message: "Imports.errors.decisionRequired", fieldErrors: { "decision.2": ["Imports.errors.decisionRequired"] } });
    expect(await db.importBatch.count()).toBe(0);
    expect(await db.job.count({ where: { queue: importRunQueue } })).toBe(0);

    const started = await submit(startImportAction, { token, targetStatus: "SUBMITTED", "decision.2": "create" });
    expect(started).toHaveProperty("redirect");
    const batch = await db.importBatch.findFirstOrThrow({ select: { id: true, decisions: true, targetStatus: true, actorId: true } });
    expect(batch).toMatchObject({ decisions: { "2": "create" }, targetStatus: "SUBMITTED", actorId: staff.id });
    await expect.poll(async () => (await importBatchProgress(db, batch.id))?.status, { timeout: 20_000 }).toBe("DONE");
    await expect.poll(async () => db.job.count({ where: { queue: importRunQueue, doneAt: { not: null } } }), { timeout: 20_000 }).toBe(1);
    expect(await db.enterprise.findFirst({ where: { legalName: "CV Batik Sekar Jagat" }, select: { status: true, assistedById: true } })).toEqual({
      status: "SUBMITTED",
      assistedById: staff.id,
    });
  });
});
