// The import desk's upload below the browser (issue 18): the upload action refuses other roles,
// a missing file, a file over 20 MB and a file that is not a spreadsheet, with a message and
// nothing stored; an upload is kept under a token only its uploader can use, until it expires;
// an unknown header goes through the mapping step.
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { mapImportColumnsAction, uploadImportAction } from "@/lib/import-desk/actions";
import { findPendingUpload, pendingUploadTtlMs } from "@/lib/import-desk/pending";
import { maxImportBytes } from "@/lib/import-desk/schemas";
import { discardExpiredUpload, discardUploadQueue } from "@/lib/imports/job";
import { maxImportBytes as engineMaxBytes } from "@/lib/imports/read";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { zipOf } from "@/tests/support/zip";
import { resetData } from "./reset";
import { createUser, signInAs, submit } from "./support/actions";
import { smeCsv, smeRow } from "./support/import-files";

setRequestHeaders({ "x-temu-socket-address": "198.51.100.18" });

const csvFile = (text: string, name = "ikm.csv") => new File([text], name, { type: "text/csv" });

function tokenFrom(result: Awaited<ReturnType<typeof submit>>): string {
  expect(result).toHaveProperty("redirect");
  const target = new URL((result as { redirect: string }).redirect, "http://portal.test");
  expect(target.pathname).toBe("/staf/impor/baru");
  return target.searchParams.get("token") ?? "";
}

async function storedUploads() {
  return db.job.count({ where: { queue: discardUploadQueue } });
}

describe("import desk: upload and mapping", () => {
  let staff: SessionUser;

  beforeEach(async () => {
    await resetData();
    staff = await createUser("STAFF", "Petugas Impor");
    signInAs(staff);
  });

  it("refuses other roles and anonymous visitors before reading the file, storing nothing", async () => {
    for (const role of ["SME", "BUYER", "PARTNER"] as const) {
      signInAs(await createUser(role));
      expect(await submit(uploadImportAction, { kind: "smes", file: csvFile(smeCsv([smeRow()])) })).toMatchObject({ ok: false, message: "Errors.forbidden" });
    }
    signInAs(null);
    expect(await submit(uploadImportAction, { kind: "smes", file: csvFile(smeCsv([smeRow()])) })).toMatchObject({ ok: false, message: "Errors.signInRequired" });
    expect(await storedUploads()).toBe(0);
  });

  it("asks for a file, refuses one over 20 MB and one that is not a spreadsheet, with a message on the field", async () => {
    expect(await submit(uploadImportAction, { kind: "smes" })).toMatchObject({ ok: false, fieldErrors: { file: ["Imports.upload.fileMissing"] } });
    expect(await submit(uploadImportAction, { kind: "smes", file: new File([], "kosong.csv") })).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Imports.upload.fileMissing"] },
    });
    expect(maxImportBytes).toBe(engineMaxBytes);
    const large = new File([new Uint8Array(maxImportBytes + 1).fill(65)], "besar.csv", { type: "text/csv" });
    expect(await submit(uploadImportAction, { kind: "smes", file: large })).toMatchObject({ ok: false, fieldErrors: { file: ["Imports.upload.fileTooLarge"] } });
    const pdf = new File(["%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"], "laporan.pdf", { type: "application/pdf" });
    expect(await submit(uploadImportAction, { kind: "smes", file: pdf })).toMatchObject({ ok: false, fieldErrors: { file: ["ImportErrors.file.unsupportedType"] } });
    const brokenXlsx = new File(["bukan lembar kerja"], "data.xlsx");
    expect(await submit(uploadImportAction, { kind: "smes", file: brokenXlsx })).toMatchObject({ ok: false, fieldErrors: { file: ["ImportErrors.file.unreadable"] } });
    expect(await submit(uploadImportAction, { kind: "orang", file: csvFile(smeCsv([smeRow()])) })).toMatchObject({ ok: false, fieldErrors: { kind: expect.any(Array) } });
    // A ZIP bomb: 0.2 MB uploaded, 160 MB once unpacked.
    const bomb = new File([zipOf([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(160 * 1024 * 1024, 0x20) }])], "bom.xlsx");
    expect(await submit(uploadImportAction, { kind: "smes", file: bomb })).toMatchObject({ ok: false, fieldErrors: { file: ["Imports.upload.unpackedTooLarge"] } });
    expect(await storedUploads()).toBe(0);
  });

  it("keeps an upload under a token only its uploader can use, and discards it when it expires", async () => {
    const token = tokenFrom(await submit(uploadImportAction, { kind: "smes", file: csvFile(smeCsv([smeRow()])) }));
    const upload = await findPendingUpload(token, staff.id);
    expect(upload).toMatchObject({ kind: "smes", fileName: "ikm.csv", mapped: true });
    // Another staff member, a made-up token, and the uploader after the expiry: nothing.
    const colleague = await createUser("STAFF", "Petugas Lain");
    expect(await findPendingUpload(token, colleague.id)).toBeNull();
    expect(await findPendingUpload("00000000-0000-4000-8000-000000000000", staff.id)).toBeNull();
    expect(await findPendingUpload(token, staff.id, new Date(Date.now() + pendingUploadTtlMs + 1000))).toBeNull();

    const [discard] = await db.job.findMany({ where: { queue: discardUploadQueue }, select: { payload: true, runAt: true } });
    expect(discard!.runAt.getTime()).toBeGreaterThan(Date.now() + pendingUploadTtlMs - 60_000);
    await discardExpiredUpload(discard!.payload);
    expect(await findPendingUpload(token, staff.id)).toBeNull();
    // Discarding again (a retried job) is not an error.
    await discardExpiredUpload(discard!.payload);
  });

  it("asks to map an unknown header, then previews with the staff's choice", async () => {
    const csv = smeCsv([smeRow()], { extraHeader: "Catatan survei" });
    const first = tokenFrom(await submit(uploadImportAction, { kind: "smes", file: csvFile(csv) }));
    expect(await findPendingUpload(first, staff.id)).toMatchObject({ mapped: false });
    const headers = csv.split("\n")[0]!.split(",");
    const index = headers.indexOf("Catatan survei");
    expect(await submit(mapImportColumnsAction, { token: first, [`column.${index}`]: "no-such-field" })).toMatchObject({
      ok: false,
      fieldErrors: { [`column.${index}`]: ["Imports.mapping.unknownField"] },
    });
    const second = tokenFrom(await submit(mapImportColumnsAction, { token: first, [`column.${index}`]: "" }));
    expect(second).not.toBe(first);
    expect(await findPendingUpload(second, staff.id)).toMatchObject({ mapped: true, overrides: {} });
  });
  it("maps a required field from an unknown header, keeping earlier choices when asked again", async () => {
    const csv = smeCsv([smeRow()]).replace("Nama usaha", "Nama UMKM").replace("Bentuk usaha", "Jenis badan");
    const first = tokenFrom(await submit(uploadImportAction, { kind: "smes", file: csvFile(csv) }));
    const headers = csv.split("\n")[0]!.split(",");
    const [name, form] = [headers.indexOf("Nama UMKM"), headers.indexOf("Jenis badan")];
    // Only the legal form chosen: the required name is still missing, so the mapping step comes back.
    const second = tokenFrom(await submit(mapImportColumnsAction, { token: first, [`column.${form}`]: "legalForm", [`column.${name}`]: "" }));
    expect(await findPendingUpload(second, staff.id)).toMatchObject({ overrides: { "Jenis badan": "legalForm" } });
    // One field for two columns is refused on one of them.
    const twice = await submit(mapImportColumnsAction, { token: second, [`column.${form}`]: "legalForm", [`column.${name}`]: "legalForm" });
    expect(twice).toMatchObject({ ok: false });
    expect(Object.values((twice as { fieldErrors: Record<string, string[]> }).fieldErrors).flat()).toEqual(["Imports.mapping.fieldTaken"]);
    // Sent again with the earlier choice and the name: accepted, not "already used".
    const third = tokenFrom(await submit(mapImportColumnsAction, { token: second, [`column.${form}`]: "legalForm", [`column.${name}`]: "legalName" }));
    expect(await findPendingUpload(third, staff.id)).toMatchObject({ overrides: { "Jenis badan": "legalForm", "Nama UMKM": "legalName" } });
  });
});
