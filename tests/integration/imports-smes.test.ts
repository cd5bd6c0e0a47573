// Bulk import of SMEs against a real database: a 2,000-row office file with 50 wrong rows, the
// same file again, an owner's edit surviving a re-import, a NIB matching an enterprise that was
// registered by hand, close names left to staff, takeover invitations queued once per owner.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { takeoverQueue } from "@/lib/assisted/takeover-job";
import { matchHeaders } from "@/lib/imports/fields";
import { previewImport } from "@/lib/imports/preview";
import { readImportFile } from "@/lib/imports/read";
import { resetData } from "./reset";
import { csvBytes, importFile, places, staffMember } from "./support/imports";

const headers = [
  "No. NIB", "Nama Usaha", "Bentuk usaha", "Kec.", "Kelurahan", "Alamat", "KBLI", "Tahun berdiri", "Jumlah tenaga kerja",
  "Omzet per tahun (Rp)", "No HP", "WA", "Email", "Skala usaha", "Nama pemilik",
];
const total = 2000;
const run = Date.now().toString(36);

type Place = Awaited<ReturnType<typeof places>>;

/** Every 40th row (from the 8th) is wrong, in one of ten ways. */
const badKind = (i: number) => (i % 40 === 7 ? Math.floor(i / 40) % 10 : null);

function smeRow(i: number, place: Place, changes: Partial<Record<string, string>> = {}): string[] {
  const kelurahan = place.kelurahan[i % place.kelurahan.length]!;
  const kbli = place.kbli[i % place.kbli.length]!;
  const row: Record<string, string> = {
    "No. NIB": String(9_100_000_000_000 + i),
    "Nama Usaha": `Usaha Olahan Pangan ${i}`,
    "Bentuk usaha": ["Perorangan", "UD", "CV"][i % 3]!,
    "Kec.": kelurahan.kecamatan.name,
    Kelurahan: kelurahan.name,
    Alamat: `Jl. Pemuda No. ${i + 1}`,
    KBLI: kbli.code,
    "Tahun berdiri": String(1990 + (i % 30)),
    "Jumlah tenaga kerja": String(1 + (i % 20)),
    "Omzet per tahun (Rp)": i % 2 === 0 ? "Rp 1.500.000" : "2500000",
    "No HP": i % 5 === 0 ? `(024) 831-${String(1000 + (i % 9000))}` : "",
    WA: i % 3 === 0 ? `0812${String(10_000_000 + i)}` : "",
    Email: i % 4 === 0 ? `pemilik${i}.${run}@contoh.test` : "",
    "Skala usaha": i % 2 === 0 ? "Usaha mikro" : "Kecil",
    "Nama pemilik": i % 4 === 0 ? `Pemilik ${i}` : "",
  };
  switch (badKind(i)) {
    case 0: row["No. NIB"] = "12AB34"; break;
    case 1: row["Kec."] = "Atlantis"; break;
    case 2: row.Kelurahan = "Antah Berantah"; break;
    case 3: row.KBLI = "1071"; break;
    case 4: row.KBLI = "99999"; break;
    case 5: row["Omzet per tahun (Rp)"] = "satu juta"; break;
    case 6: row.WA = "12345"; break;
    case 7: row.Email = "bukan-email"; break;
    case 8: row["Nama Usaha"] = ""; break;
    case 9: row["Tahun berdiri"] = "2999"; break;
  }
  Object.assign(row, changes);
  return headers.map((header) => row[header] ?? "");
}

function file(place: Place, changes: (i: number) => Partial<Record<string, string>> = () => ({})): Uint8Array {
  return csvBytes([headers, ...Array.from({ length: total }, (_, i) => smeRow(i, place, changes(i)))]);
}

const badRows = Array.from({ length: total }, (_, i) => i).filter((i) => badKind(i) !== null);

describe("SME import", () => {
  let place: Place;
  let staff: { id: string; name: string };

  beforeAll(async () => {
    await resetData();
    place = await places();
    staff = await staffMember();
  });

  it("imports 1,950 of 2,000 rows and reports the 50 wrong ones with row, column and an Indonesian message", async () => {
    const bytes = file(place);
    const sheet = await readImportFile(bytes, "pendataan-ikm.csv");
    const { mapping, unknown, missingRequired } = matchHeaders("smes", sheet.headers);
    expect(unknown).toEqual([]);
    expect(missingRequired).toEqual([]);

    const preview = await previewImport(db, "smes", sheet, mapping);
    expect(preview.total).toBe(total);
    expect(preview.counts).toEqual({ new: 1950, update: 0, unchanged: 0, invalid: 50 });
    expect(preview.errors.map((error) => error.row)).toEqual(badRows.map((i) => i + 2));
    expect(await db.enterprise.count()).toBe(0); // the preview wrote nothing
    const byKind = new Map(preview.errors.map((error) => [badKind(error.row - 2), error]));
    expect(byKind.get(0)).toMatchObject({ column: "No. NIB" });
    expect(byKind.get(1)).toMatchObject({ column: "Kec.", message: 'Kecamatan "Atlantis" tidak ada di kota ini.' });
    expect(byKind.get(2)?.message).toMatch(/^Kelurahan "Antah Berantah" tidak ada di Kecamatan /);
    expect(byKind.get(3)).toMatchObject({ column: "KBLI" });
    expect(byKind.get(4)).toMatchObject({ column: "KBLI", message: "Kode KBLI 99999 tidak ada di KBLI 2020." });
    expect(byKind.get(5)).toMatchObject({ column: "Omzet per tahun (Rp)" });
    expect(byKind.get(6)).toMatchObject({ column: "WA" });
    expect(byKind.get(7)).toMatchObject({ column: "Email" });
    expect(byKind.get(8)).toMatchObject({ column: "Nama Usaha", message: "Kolom ini wajib diisi." });
    expect(byKind.get(9)).toMatchObject({ column: "Tahun berdiri" });
    // Messages are sentences, never message keys.
    for (const error of preview.errors) expect(error.message).not.toMatch(/^[A-Za-z]+(\.[A-Za-z]+)+$/);

    const { batchId, counts } = await importFile("smes", bytes, "pendataan-ikm.csv", { actorId: staff.id, headers: sheet.headers });
    expect(counts).toEqual({ rows: 2000, valid: 1950, invalid: 50, created: 1950, updated: 0, unchanged: 0 });
    expect(await db.enterprise.count()).toBe(1950);

    const first = await db.enterprise.findUniqueOrThrow({
      where: { nib: "9100000000000" },
      select: { legalName: true, legalForm: true, status: true, assistedById: true, annualSalesRupiah: true, scale: true, whatsapp: true, owner: { select: { email: true, name: true, status: true } } },
    });
    expect(first).toEqual({
      legalName: "Usaha Olahan Pangan 0",
      legalForm: "PERORANGAN",
      status: "DRAFT",
      assistedById: staff.id,
      annualSalesRupiah: 1_500_000n,
      scale: "MIKRO",
      whatsapp: "6281210000000",
      owner: { email: `pemilik0.${run}@contoh.test`, name: "Pemilik 0", status: "INVITED" },
    });
    const odd = await db.enterprise.findUniqueOrThrow({ where: { nib: "9100000000001" }, select: { annualSalesRupiah: true, ownerId: true, scale: true } });
    expect(odd).toEqual({ annualSalesRupiah: 2_500_000n, ownerId: null, scale: "KECIL" });

    // One takeover invitation per owner with an email, queued with its key.
    const owners = Array.from({ length: total }, (_, i) => i).filter((i) => i % 4 === 0 && badKind(i) === null).length;
    expect(await db.job.count({ where: { queue: takeoverQueue } })).toBe(owners);
    expect(await db.job.count({ where: { queue: takeoverQueue, key: { startsWith: "takeover:" } } })).toBe(owners);

    const audits = await db.auditLog.findMany({ where: { entityId: batchId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, data: true } });
    expect(audits.map((audit) => audit.action)).toEqual(["import.create", "import.finish"]);
    expect(audits[1]).toMatchObject({ actorId: staff.id, data: { fileName: "pendataan-ikm.csv", created: 1950, invalid: 50 } });
    expect((audits[1]!.data as { sha256: string }).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes nothing when the same file is imported again", async () => {
    const jobs = await db.job.count();
    const users = await db.user.count();
    const { counts } = await importFile("smes", file(place), "pendataan-ikm.csv", { actorId: staff.id, headers });
    expect(counts).toEqual({ rows: 2000, valid: 1950, invalid: 50, created: 0, updated: 0, unchanged: 1950 });
    expect(await db.enterprise.count()).toBe(1950);
    expect(await db.job.count()).toBe(jobs);
    expect(await db.user.count()).toBe(users);
  });

  it("keeps an owner's later edit and updates the fields nobody touched", async () => {
    await db.enterprise.update({ where: { nib: "9100000000002" }, data: { workforce: 99, address: "Jl. Pandanaran No. 7 (pindah)" } });
    const changed = (i: number) => (i === 2 || i === 3 ? { "Jumlah tenaga kerja": "42", Alamat: "Jl. Baru No. 1" } : {});
    const { counts } = await importFile("smes", file(place, changed), "pendataan-ikm-revisi.csv", { actorId: staff.id, headers });
    expect(counts).toMatchObject({ created: 0, updated: 1, unchanged: 1949 });
    const edited = await db.enterprise.findUniqueOrThrow({ where: { nib: "9100000000002" }, select: { workforce: true, address: true } });
    expect(edited).toEqual({ workforce: 99, address: "Jl. Pandanaran No. 7 (pindah)" });
    const untouched = await db.enterprise.findUniqueOrThrow({ where: { nib: "9100000000003" }, select: { workforce: true, address: true } });
    expect(untouched).toEqual({ workforce: 42, address: "Jl. Baru No. 1" });
  });

  it("updates an enterprise registered by hand whose NIB a row carries, without duplicating it", async () => {
    const kelurahan = place.kelurahan[0]!;
    const own = await db.enterprise.create({
      data: { slug: `batik-tulis-${run}`, legalName: "Batik Tulis Kampung Batik", legalForm: "CV", nib: "9200000000001", kecamatanCode: kelurahan.kecamatan.code, workforce: 7 },
      select: { id: true },
    });
    const before = await db.enterprise.count();
    const rows = [
      ["NIB", "Nama Perusahaan", "Kecamatan", "Kelurahan", "Tenaga kerja", "Telepon"],
      ["9200000000001", "Batik Tulis Kampung Batik", kelurahan.kecamatan.name, kelurahan.name, "12", "024 8312345"],
    ];
    const { counts } = await importFile("smes", csvBytes(rows), "nib.csv", { actorId: staff.id, headers: rows[0]! });
    expect(counts).toMatchObject({ created: 0, updated: 1 });
    expect(await db.enterprise.count()).toBe(before);
    const after = await db.enterprise.findUniqueOrThrow({ where: { id: own.id }, select: { workforce: true, phone: true, kelurahanCode: true } });
    // Filled where it was empty; the owner's own figure stays.
    expect(after).toEqual({ workforce: 7, phone: "024 8312345", kelurahanCode: kelurahan.code });
  });

  it("leaves a close name in the same kelurahan to staff: skipped by default, created when they decide so", async () => {
    const kelurahan = place.kelurahan[5]!;
    await db.enterprise.create({
      data: { slug: `sekar-jagad-${run}`, legalName: "Batik Sekar Jagad", legalForm: "UD", kecamatanCode: kelurahan.kecamatan.code, kelurahanCode: kelurahan.code },
    });
    const rows = [
      ["Nama Usaha", "Kecamatan", "Kelurahan"],
      ["CV Batik Sekar Jagat", kelurahan.kecamatan.name, kelurahan.name],
    ];
    const sheet = await readImportFile(csvBytes(rows), "mirip.csv");
    const preview = await previewImport(db, "smes", sheet, matchHeaders("smes", sheet.headers).mapping);
    expect(preview.duplicates).toEqual([expect.objectContaining({ row: 2, reason: "name", existingName: "Batik Sekar Jagad" })]);
    const before = await db.enterprise.count();
    const skipped = await importFile("smes", csvBytes(rows), "mirip.csv", { actorId: staff.id, headers: rows[0]! });
    expect(skipped.counts).toMatchObject({ created: 0, unchanged: 1 });
    expect(await db.enterprise.count()).toBe(before);
    const created = await importFile("smes", csvBytes(rows), "mirip.csv", { actorId: staff.id, headers: rows[0]!, decisions: { 2: "create" } });
    expect(created.counts).toMatchObject({ created: 1 });
    expect(await db.enterprise.count({ where: { legalName: "CV Batik Sekar Jagat" } })).toBe(1);
  });
});
