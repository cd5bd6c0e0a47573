// The public catalog search on a real database: full text in Indonesian and English, typos,
// ranking, filters whose option counts match what ticking them lists, and visibility (drafts,
// rejected products and unpublished suppliers never reach results or counts), including the
// triggers that keep Product's catalog facts in step with enterprises and certificates.
import { beforeEach, describe, expect, it } from "vitest";
import { parseCatalogFilters, type SearchParams } from "@/lib/catalog/filters";
import { searchCatalog } from "@/lib/catalog/search";
import { listSuppliers, searchSuppliers } from "@/lib/catalog/search-suppliers";
import { db } from "@/lib/db";
import type { BusinessScale, CertificateType, CurationStatus, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { resetData } from "./reset";

let sequence = 0;

async function enterprise(options: {
  status?: CurationStatus; kecamatanCode?: string; scale?: BusinessScale; tier?: ExportReadinessTier; sentraId?: string;
  certificates?: { type: CertificateType; expiresAt?: Date | null }[];
} = {}) {
  sequence += 1;
  const row = await db.enterprise.create({
    data: {
      slug: `ikm-${sequence}`, legalName: `UD Usaha ${sequence}`, legalForm: "UD", status: options.status ?? "PUBLISHED",
      kecamatanCode: options.kecamatanCode ?? "33.74.03", scale: options.scale ?? "MIKRO",
      exportReadinessTier: options.tier ?? "BELUM_SIAP", sentraId: options.sentraId,
    },
  });
  for (const [k, cert] of (options.certificates ?? []).entries()) {
    await db.certificate.create({ data: { enterpriseId: row.id, type: cert.type, number: `N-${sequence}-${k}`, expiresAt: cert.expiresAt ?? null } });
  }
  return row;
}

async function product(enterpriseId: string, nameId: string, options: {
  nameEn?: string; descriptionId?: string; status?: CurationStatus; kbli?: string; price?: number; capacity?: number; publishedAt?: string;
} = {}) {
  sequence += 1;
  const kbli = options.kbli ? await db.kbli.findFirstOrThrow({ where: { version: "2020", code: options.kbli }, select: { id: true } }) : null;
  return db.product.create({
    data: {
      slug: `produk-${sequence}`, enterpriseId, nameId, nameEn: options.nameEn, descriptionId: options.descriptionId ?? `Produk IKM nomor ${sequence}.`,
      unit: "lembar", status: options.status ?? "PUBLISHED", kbliId: kbli?.id,
      priceMinRupiah: options.price === undefined ? null : BigInt(options.price),
      priceMaxRupiah: options.price === undefined ? null : BigInt(options.price),
      monthlyCapacity: options.capacity, publishedAt: new Date(options.publishedAt ?? "2026-10-01T00:00:00Z"),
    },
  });
}

const search = (params: SearchParams) => searchCatalog(parseCatalogFilters(params));
const names = (result: Awaited<ReturnType<typeof search>>) => result.items.map((item) => item.nameId);
const countOf = (result: Awaited<ReturnType<typeof search>>, facet: keyof typeof result.facets, value: string) =>
  result.facets[facet].find((option) => option.value === value)?.count ?? 0;

beforeEach(async () => {
  await resetData();
});

describe("catalog search: matching and ranking", () => {
  it("finds batik tulis products despite the typo 'batk tulis', and says the match is approximate", async () => {
    const batik = await enterprise();
    await product(batik.id, "Batik Tulis Asem Arang", { nameEn: "Hand-drawn Batik" });
    await product(batik.id, "Kain Batik Tulis Warak");
    await product(batik.id, "Bandeng Presto");

    const exact = await search({ q: "batik tulis" });
    expect(names(exact).sort()).toEqual(["Batik Tulis Asem Arang", "Kain Batik Tulis Warak"]);
    expect(exact.fuzzy).toBe(false);

    const typo = await search({ q: "batk tulis" });
    expect(names(typo).sort()).toEqual(["Batik Tulis Asem Arang", "Kain Batik Tulis Warak"]);
    expect(typo.total).toBe(2);
    expect(typo.fuzzy).toBe(true);
    expect(typo.correctedQuery).toBe("batik tulis");

    // A slip the vocabulary cannot mend (two words run together) still finds the names by close spelling.
    const joined = await search({ q: "batiktulis" });
    expect(names(joined).sort()).toEqual(["Batik Tulis Asem Arang", "Kain Batik Tulis Warak"]);
    expect([joined.fuzzy, joined.correctedQuery]).toEqual([true, null]);
  });

  it("searches English names, and a unique word of a name finds that product alone", async () => {
    const owner = await enterprise();
    await product(owner.id, "Batik Tulis Semarangan", { nameEn: "Hand-drawn Batik Cloth" });
    await product(owner.id, "Selendang Sutra mx5vzimn", { nameEn: "Silk Scarf" });
    await product(owner.id, "Lumpia Semarang", { nameEn: "Semarang Spring Roll" });

    expect(names(await search({ q: "hand-drawn batik" }))).toEqual(["Batik Tulis Semarangan"]);
    expect(names(await search({ q: "spring rolls" }))).toEqual(["Lumpia Semarang"]);
    expect(names(await search({ q: "mx5vzimn" }))).toEqual(["Selendang Sutra mx5vzimn"]);
    const none = await search({ q: "zzzz-tidak-ada-produk" });
    expect(none.items).toEqual([]);
    expect(none.total).toBe(0);
  });

  it("ranks a product named after the words above one that only mentions them in its description", async () => {
    const owner = await enterprise();
    await product(owner.id, "Tas Anyaman Eceng Gondok", { descriptionId: "Cocok untuk membawa kopi bubuk dan oleh-oleh.", publishedAt: "2026-11-01T00:00:00Z" });
    await product(owner.id, "Kopi Bubuk Robusta", { descriptionId: "Biji kopi pilihan dari Jawa Tengah.", publishedAt: "2026-09-01T00:00:00Z" });
    expect(names(await search({ q: "kopi bubuk" }))).toEqual(["Kopi Bubuk Robusta", "Tas Anyaman Eceng Gondok"]);
    // Sorted by newest instead, the later one comes first.
    expect(names(await search({ q: "kopi bubuk", urut: "terbaru" }))).toEqual(["Tas Anyaman Eceng Gondok", "Kopi Bubuk Robusta"]);
  });

  it("sorts by price both ways, filters by price range and capacity, and pages through the results", async () => {
    const owner = await enterprise();
    for (const [i, price] of [50_000, 10_000, 30_000, 20_000, 40_000].entries()) {
      await product(owner.id, `Kain Tenun ${i}`, { price, capacity: price / 100 });
    }
    expect(names(await search({ q: "kain", urut: "harga-terendah" }))).toEqual(["Kain Tenun 1", "Kain Tenun 3", "Kain Tenun 2", "Kain Tenun 4", "Kain Tenun 0"]);
    expect(names(await search({ q: "kain", urut: "harga-tertinggi" }))[0]).toBe("Kain Tenun 0");
    const range = await search({ q: "kain", harga_min: "20.000", harga_maks: "40000", urut: "harga-terendah" });
    expect(names(range)).toEqual(["Kain Tenun 3", "Kain Tenun 2", "Kain Tenun 4"]);
    expect(range.total).toBe(3);
    expect((await search({ kapasitas: "350" })).total).toBe(2);

    const first = await searchCatalog(parseCatalogFilters({ urut: "harga-terendah" }), 2);
    const third = await searchCatalog(parseCatalogFilters({ urut: "harga-terendah", page: "3" }), 2);
    expect([first.total, first.pageCount]).toEqual([5, 3]);
    expect(names(first)).toEqual(["Kain Tenun 1", "Kain Tenun 3"]);
    expect(names(third)).toEqual(["Kain Tenun 0"]);
  });
});

describe("catalog search: filters and their counts", () => {
  async function seedMix() {
    const sentra = await db.sentra.create({ data: { slug: "kampung-batik", name: "Kampung Batik", description: "Sentra batik", kecamatanCode: "33.74.03" } });
    const a = await enterprise({ kecamatanCode: "33.74.03", scale: "MIKRO", tier: "SIAP_EKSPOR", sentraId: sentra.id, certificates: [{ type: "HKI_MEREK" }] });
    const b = await enterprise({ kecamatanCode: "33.74.13", scale: "KECIL", tier: "BELUM_SIAP", certificates: [{ type: "HALAL" }, { type: "PIRT", expiresAt: new Date("2030-01-01") }] });
    const c = await enterprise({ kecamatanCode: "33.74.13", scale: "MIKRO", tier: "SIAP_DENGAN_PENDAMPINGAN", certificates: [{ type: "HALAL", expiresAt: new Date("2020-01-01") }] });
    await product(a.id, "Batik Tulis Merak", { kbli: "13134" });
    await product(a.id, "Batik Cap Parang", { kbli: "13134" });
    await product(b.id, "Bandeng Presto Duri Lunak", { kbli: "10219" });
    await product(b.id, "Bandeng Asap", { kbli: "10219" });
    await product(b.id, "Batik Bandeng Ecoprint", { kbli: "13134" });
    await product(c.id, "Bandeng Otak-otak", { kbli: "10219" });
    return { sentra };
  }

  it("counts each option with every other filter applied, so ticking it lists exactly that many", async () => {
    await seedMix();
    const all = await search({});
    expect(all.total).toBe(6);
    expect(countOf(all, "kecamatan", "33.74.13")).toBe(4);
    expect(countOf(all, "certificate", "HALAL")).toBe(3);
    // An expired certificate does not count: c's Halal expired in 2020.
    expect(countOf(all, "kbli", "10")).toBe(3);
    expect(countOf(all, "kbli", "131")).toBe(3);
    expect(countOf(all, "sentra", "kampung-batik")).toBe(2);

    // Every option of every facet, ticked alone, lists exactly its count.
    for (const [facet, param] of [["kbli", "kbli"], ["certificate", "sertifikat"], ["kecamatan", "kecamatan"], ["scale", "skala"], ["tier", "kesiapan"], ["sentra", "sentra"]] as const) {
      for (const option of all.facets[facet]) {
        expect((await search({ [param]: option.value })).total, `${facet}=${option.value}`).toBe(option.count);
      }
    }

    // With Halal ticked: the kecamatan counts apply it, the certificate counts do not.
    const halal = await search({ sertifikat: "HALAL" });
    expect(halal.total).toBe(3);
    expect(countOf(halal, "kecamatan", "33.74.13")).toBe(3);
    expect(countOf(halal, "kecamatan", "33.74.03")).toBe(0);
    expect(countOf(halal, "certificate", "HKI_MEREK")).toBe(2);
    const both = await search({ sertifikat: "HALAL", kbli: "13" });
    expect(names(both)).toEqual(["Batik Bandeng Ecoprint"]);
    expect(countOf(halal, "kbli", "13")).toBe(both.total);
    // Options of one filter are alternatives.
    expect((await search({ sertifikat: "HALAL,HKI_MEREK" })).total).toBe(5);
    // Search text and filters combine.
    const bandengMikro = await search({ q: "bandeng", skala: "MIKRO" });
    expect(names(bandengMikro)).toEqual(["Bandeng Otak-otak"]);
  });

  it("follows the enterprise: moving kecamatan, losing publication or gaining a certificate changes results and counts", async () => {
    await seedMix();
    const owner = await db.enterprise.findFirstOrThrow({ where: { products: { some: { nameId: "Bandeng Otak-otak" } } } });
    await db.certificate.create({ data: { enterpriseId: owner.id, type: "BPOM_MD", number: "MD 123456789012" } });
    expect(names(await search({ sertifikat: "BPOM_MD" }))).toEqual(["Bandeng Otak-otak"]);
    await db.enterprise.update({ where: { id: owner.id }, data: { kecamatanCode: "33.74.01" } });
    expect(countOf(await search({}), "kecamatan", "33.74.01")).toBe(1);
    await db.enterprise.update({ where: { id: owner.id }, data: { status: "REVISION_REQUESTED" } });
    const after = await search({ q: "bandeng" });
    expect(names(after)).not.toContain("Bandeng Otak-otak");
    expect(countOf(after, "kecamatan", "33.74.01")).toBe(0);
    expect(countOf(after, "certificate", "BPOM_MD")).toBe(0);
  });
});

describe("catalog search: certificates that expire after they were copied", () => {
  it("stops counting a certificate once its copied expiry date has passed, without any write", async () => {
    const owner = await enterprise({ certificates: [{ type: "HALAL", expiresAt: new Date("2030-01-01") }] });
    await product(owner.id, "Sambal Bawang");
    expect(names(await search({ sertifikat: "HALAL" }))).toEqual(["Sambal Bawang"]);
    // Time passing, simulated: the certificate and the product's copy now say it ended in 2021.
    // The catalog triggers are off for this (as the tables' owner may do, no superuser needed),
    // exactly as if no write had happened since; the transaction turns them back on.
    await db.$transaction([
      db.$executeRaw`ALTER TABLE "Certificate" DISABLE TRIGGER USER`,
      db.$executeRaw`ALTER TABLE "Product" DISABLE TRIGGER USER`,
      db.$executeRaw`UPDATE "Certificate" SET "expiresAt" = '2021-01-01' WHERE "enterpriseId" = ${owner.id}`,
      db.$executeRaw`UPDATE "Product" SET "catalogCertificatesUntil" = '2021-01-01' WHERE "enterpriseId" = ${owner.id}`,
      db.$executeRaw`ALTER TABLE "Certificate" ENABLE TRIGGER USER`,
      db.$executeRaw`ALTER TABLE "Product" ENABLE TRIGGER USER`,
    ]);
    const after = await search({ q: "sambal" });
    expect(names(after)).toEqual(["Sambal Bawang"]);
    expect(countOf(after, "certificate", "HALAL")).toBe(0);
    expect((await search({ q: "sambal", sertifikat: "HALAL" })).total).toBe(0);
  });
});

describe("catalog search: visibility", () => {
  it("never shows or counts drafts, submissions, rejected products or products of unpublished suppliers", async () => {
    const published = await enterprise({ kecamatanCode: "33.74.03", certificates: [{ type: "HALAL" }] });
    const hidden = await enterprise({ status: "DRAFT", kecamatanCode: "33.74.16", certificates: [{ type: "SNI" }] });
    const rejectedSupplier = await enterprise({ status: "REJECTED", kecamatanCode: "33.74.16" });
    await product(published.id, "Batik Tulis Terbit");
    for (const status of ["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "REJECTED"] as const) {
      await product(published.id, `Batik Tulis ${status}`, { status });
    }
    await product(hidden.id, "Batik Tulis Pemasok Draf");
    await product(rejectedSupplier.id, "Batik Tulis Pemasok Ditolak");

    for (const params of [{}, { q: "batik tulis" }, { q: "batk tulis" }, { q: "draft" }, { kecamatan: "33.74.16" }, { sertifikat: "SNI" }]) {
      const result = await search(params);
      expect(names(result).every((name) => name === "Batik Tulis Terbit"), JSON.stringify(params)).toBe(true);
      expect(result.total).toBe(names(result).length);
      const counted = Object.values(result.facets).flat().filter((option) => option.value === "33.74.16" || option.value === "SNI");
      expect(counted, JSON.stringify(params)).toEqual([]);
    }
    // Publishing the product makes it appear: the trigger follows product status too.
    await db.product.updateMany({ where: { nameId: "Batik Tulis DRAFT" }, data: { status: "PUBLISHED" } });
    expect(names(await search({ q: "batik tulis" })).sort()).toEqual(["Batik Tulis DRAFT", "Batik Tulis Terbit"]);
  });
});

describe("supplier search", () => {
  it("finds published suppliers by name or description, with a typo too, and never unpublished ones", async () => {
    const shown = await db.enterprise.create({
      data: { slug: "batik-sekar", legalName: "UD Batik Sekar Jagad", brandName: "Batik Sekar Jagad", legalForm: "UD", kecamatanCode: "33.74.03",
        status: "PUBLISHED", description: "Perajin batik tulis warna alam." },
    });
    await db.enterprise.create({
      data: { slug: "batik-draf", legalName: "UD Batik Sekar Draf", legalForm: "UD", kecamatanCode: "33.74.03", status: "SUBMITTED" },
    });
    expect((await searchSuppliers("sekar")).map((row) => row.id)).toEqual([shown.id]);
    expect((await searchSuppliers("warna alam")).map((row) => row.id)).toEqual([shown.id]);
    expect((await searchSuppliers("sekar jagat")).map((row) => row.id)).toEqual([shown.id]);
    expect(await searchSuppliers("draf")).toEqual([]);
    expect(await searchSuppliers("")).toEqual([]);
  });

  it("lists the supplier directory a page at a time, searched or not, published suppliers only", async () => {
    for (const [index, status] of (["PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "REJECTED"] as const).entries()) {
      await db.enterprise.create({
        data: { slug: `bandeng-${index}`, legalName: `UD Bandeng Presto ${index}`, legalForm: "UD", kecamatanCode: "33.74.03", status, description: "Olahan bandeng duri lunak." },
      });
    }
    await db.enterprise.create({ data: { slug: "tahu-a", legalName: "UD Tahu Pong", legalForm: "UD", kecamatanCode: "33.74.03", status: "PUBLISHED" } });

    const all = await listSuppliers("", 1, 2);
    expect(all).toMatchObject({ total: 4, pageCount: 2, page: 1 });
    expect(all.items.map((row) => row.legalName)).toEqual(["UD Bandeng Presto 0", "UD Bandeng Presto 1"]);
    expect((await listSuppliers("", 2, 2)).items.map((row) => row.legalName)).toEqual(["UD Bandeng Presto 2", "UD Tahu Pong"]);

    const searched = await listSuppliers("bandeng", 1, 2);
    expect(searched).toMatchObject({ total: 3, pageCount: 2 });
    const second = await listSuppliers("bandeng", 2, 2);
    expect(second.items).toHaveLength(1);
    expect([...searched.items, ...second.items].map((row) => row.legalName).sort()).toEqual(["UD Bandeng Presto 0", "UD Bandeng Presto 1", "UD Bandeng Presto 2"]);
    expect((await listSuppliers("bandeng", 3, 2)).total).toBe(3);
    expect((await listSuppliers("presto bandeng", 1, 10)).total).toBe(3);
    expect((await listSuppliers("keramik", 1, 10)).total).toBe(0);
  });
});
