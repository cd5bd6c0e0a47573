// Bulk import of products (attached to their enterprise by NIB) and buyer organisations, against
// a real database: rows checked with the forms' schemas, a second import changes nothing, an
// edit made after the import survives it; the takeover invitation an SME import queued is sent.
import { beforeAll, describe, expect, it } from "vitest";
import { sendQueuedTakeoverEmail } from "@/lib/assisted/takeover-send";
import { takeoverQueue } from "@/lib/assisted/takeover-job";
import { db } from "@/lib/db";
import { invalidRowsWorkbook } from "@/lib/imports/template";
import { matchHeaders } from "@/lib/imports/fields";
import { previewImport } from "@/lib/imports/preview";
import { readImportFile } from "@/lib/imports/read";
import { resetData } from "./reset";
import { mailTo, uniqueEmail } from "./support/accounts";
import { csvBytes, importFile, places, staffMember, xlsxBytes } from "./support/imports";

describe("product and buyer import", () => {
  let place: Awaited<ReturnType<typeof places>>;
  let staff: { id: string; name: string };

  beforeAll(async () => {
    await resetData();
    place = await places();
    staff = await staffMember("Rina Petugas");
  });

  it("attaches products to their enterprise by NIB, reports bad rows, and is idempotent", async () => {
    const kelurahan = place.kelurahan[0]!;
    const ownerEmail = uniqueEmail("bandeng");
    const smeRows = [
      ["NIB", "Nama usaha", "Kecamatan", "Email", "Nama pemilik"],
      ["9500000000001", "Bandeng Presto Juwana Asli", kelurahan.kecamatan.name, ownerEmail, "Bu Sri Rejeki"],
    ];
    const sme = await importFile("smes", csvBytes(smeRows), "ikm.csv", { actorId: staff.id, headers: smeRows[0]! });
    expect(sme.counts).toMatchObject({ created: 1 });

    const kbli = place.kbli[0]!.code;
    const description = "Bandeng presto tulang lunak, dikemas vakum, tahan tiga hari di suhu ruang.";
    const rows = [
      ["Nama produk", "NIB IKM", "KBLI", "Harga terendah (Rp)", "Harga tertinggi (Rp)", "Satuan", "Siap ekspor", "Deskripsi produk"],
      ["Bandeng Presto Original", "9500000000001", kbli, "Rp 45.000", "60000", "pak", "Ya", description],
      ["Bandeng Presto Pedas", "9500000000001", kbli, "Rp 50.000", "Rp 40.000", "pak", "Tidak", description],
      ["Otak-otak Bandeng", "9599999999999", kbli, "30000", "", "pak", "", description],
      ["Bandeng Asap", "9500000000001", kbli, "", "", "pak", "mungkin", description],
    ];
    const bytes = await xlsxBytes(rows);
    const sheet = await readImportFile(bytes, "produk.xlsx");
    const preview = await previewImport(db, "products", sheet, matchHeaders("products", sheet.headers).mapping);
    expect(preview.counts).toEqual({ new: 1, update: 0, unchanged: 0, invalid: 3 });
    expect(preview.errors.map(({ row, column }) => [row, column])).toEqual([
      [3, "Harga tertinggi (Rp)"],
      [4, "NIB IKM"],
      [5, "Siap ekspor"],
    ]);
    expect(preview.errors[1]!.message).toBe("Tidak ada IKM dengan NIB 9599999999999 di portal.");

    // The invalid rows come back with their messages in a "Kesalahan" column.
    const invalid = await readImportFile(new Uint8Array(await invalidRowsWorkbook(sheet, preview.errors)), "salah.xlsx");
    expect(invalid.headers).toEqual([...rows[0]!, "Kesalahan"]);
    expect(invalid.rows.map((row) => row[0])).toEqual(["Bandeng Presto Pedas", "Otak-otak Bandeng", "Bandeng Asap"]);
    expect(invalid.rows[1]!.at(-1)).toBe("NIB IKM: Tidak ada IKM dengan NIB 9599999999999 di portal.");

    const first = await importFile("products", bytes, "produk.xlsx", { actorId: staff.id, headers: sheet.headers });
    expect(first.counts).toEqual({ rows: 4, valid: 1, invalid: 3, created: 1, updated: 0, unchanged: 0 });
    const product = await db.product.findFirstOrThrow({
      where: { nameId: "Bandeng Presto Original" },
      select: { id: true, priceMinRupiah: true, priceMaxRupiah: true, exportReady: true, status: true, enterprise: { select: { nib: true } } },
    });
    expect(product).toMatchObject({ priceMinRupiah: 45_000n, priceMaxRupiah: 60_000n, exportReady: true, status: "DRAFT", enterprise: { nib: "9500000000001" } });

    // The owner raises the price; a re-import with another unit keeps the price, changes the unit.
    await db.product.update({ where: { id: product.id }, data: { priceMaxRupiah: 65_000n } });
    const again = await importFile("products", bytes, "produk.xlsx", { actorId: staff.id, headers: sheet.headers });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const changed = rows.map((row, index) => (index === 1 ? row.map((cell, column) => (column === 5 ? "kotak" : column === 4 ? "70000" : cell)) : row));
    const third = await importFile("products", await xlsxBytes(changed), "produk-2.xlsx", { actorId: staff.id, headers: sheet.headers });
    expect(third.counts).toMatchObject({ created: 0, updated: 1 });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id }, select: { priceMaxRupiah: true, unit: true } })).toEqual({ priceMaxRupiah: 65_000n, unit: "kotak" });
    expect(await db.product.count()).toBe(1);
  });

  it("sends the takeover invitation the SME import queued, once", async () => {
    const jobs = await db.job.findMany({ where: { queue: takeoverQueue }, select: { payload: true, key: true } });
    expect(jobs).toHaveLength(1);
    await sendQueuedTakeoverEmail(jobs[0]!.payload);
    const owner = await db.user.findFirstOrThrow({ where: { role: "SME" }, select: { email: true, status: true } });
    const mail = await mailTo(owner.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain("Rina Petugas");
    expect(mail[0]!.text).toContain("/undangan?token=");
  });

  it("imports buyer organisations with their kind, sourcing KBLI and certificates, once", async () => {
    const kbli = place.kbli.slice(0, 2).map((row) => row.code);
    const rows = [
      ["Nama organisasi", "Jenis pembeli", "Negara", "Kota", "KBLI yang dicari", "Sertifikat yang disyaratkan", "Situs web"],
      ["PT Oleh-oleh Nusantara", "Ritel", "", "Surabaya", kbli.join(", "), "Sertifikat Halal; P-IRT", "olehnusantara.example"],
      ["Kyoto Foods Trading", "Importir", "JP", "Kyoto", kbli[0]!, "", ""],
      ["Toko Tanpa Jenis", "", "", "Semarang", "", "", ""],
      ["Hotel Santika", "Penginapan", "", "Semarang", "", "", ""],
    ];
    const bytes = csvBytes(rows);
    const first = await importFile("buyers", bytes, "pembeli.csv", { actorId: staff.id, headers: rows[0]! });
    expect(first.counts).toEqual({ rows: 4, valid: 2, invalid: 2, created: 2, updated: 0, unchanged: 0 });
    const buyer = await db.buyerOrganization.findFirstOrThrow({
      where: { name: "PT Oleh-oleh Nusantara" },
      select: { kind: true, country: true, city: true, website: true, requiredCertificates: true, sourcingKbli: { select: { kbli: { select: { code: true } } } } },
    });
    expect(buyer).toMatchObject({ kind: "RETAILER", country: "ID", city: "Surabaya", website: "https://olehnusantara.example/" });
    expect(buyer.requiredCertificates.sort()).toEqual(["HALAL", "PIRT"]);
    expect(buyer.sourcingKbli.map((row) => row.kbli.code).sort()).toEqual([...kbli].sort());
    expect(await db.buyerOrganization.findFirst({ where: { name: "Kyoto Foods Trading" }, select: { kind: true, country: true } })).toEqual({ kind: "IMPORTER", country: "JP" });

    const again = await importFile("buyers", bytes, "pembeli.csv", { actorId: staff.id, headers: rows[0]! });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2, invalid: 2 });
    expect(await db.buyerOrganization.count()).toBe(2);
  });
});
