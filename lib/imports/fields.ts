// The fields each kind of import knows, their template headers and the header variants offices
// write, and the matching of a file's headers to fields. The SME template's headers are exactly
// the dashboard's SIINas download (lib/reports/datasets.ts), so a download of one portal imports
// into another; columns of that download the portal computes itself (curation status, KBLI
// description, export readiness, dates) are recognised and ignored. Pure.
import type { HeaderMapping, ImportField, ImportKind } from "./types";

interface FieldSpec extends ImportField {
  /** A column of the template (false: accepted when present, e.g. the owner's name). */
  inTemplate: boolean;
  /** Recognised, never written (the portal computes it). */
  ignored: boolean;
}

type Spec = [field: string, header: string, aliases: string[], options?: { required?: boolean; inTemplate?: boolean; ignored?: boolean }];

const define = (specs: Spec[]): FieldSpec[] =>
  specs.map(([field, header, aliases, options]) => ({
    field,
    header,
    aliases,
    required: options?.required ?? false,
    inTemplate: options?.inTemplate ?? true,
    ignored: options?.ignored ?? false,
  }));

const phoneAliases = ["telp", "tlp", "no telp", "nomor telepon", "no hp", "hp", "nomor hp", "no handphone", "handphone", "telepon seluler", "kontak"];
const waAliases = ["wa", "no wa", "nomor wa", "whatsapp", "nomor whatsapp", "no whatsapp"];

const smeFields = define([
  ["legalName", "Nama usaha", ["nama perusahaan", "nama ikm", "nama badan usaha", "perusahaan", "nama unit usaha", "nama usaha ikm"], { required: true }],
  ["brandName", "Nama merek", ["merek", "merk", "nama merk", "brand"]],
  ["legalForm", "Bentuk usaha", ["bentuk badan usaha", "badan usaha", "badan hukum", "bentuk badan hukum"]],
  ["nib", "NIB", ["no nib", "nomor nib", "nomor induk berusaha"]],
  ["curationStatus", "Status kurasi", [], { ignored: true }],
  ["scale", "Skala usaha", ["skala", "skala industri", "kategori usaha", "klasifikasi usaha"]],
  ["primaryKbli", "KBLI utama", ["kbli", "kode kbli", "kode kbli utama", "kbli 2020"]],
  ["kbliName", "Uraian KBLI utama", ["uraian kbli", "nama kbli", "judul kbli"], { ignored: true }],
  ["kbliDivision", "Golongan pokok KBLI", [], { ignored: true }],
  ["kecamatan", "Kecamatan", ["kec", "nama kecamatan"], { required: true }],
  ["kelurahan", "Kelurahan", ["kel", "desa", "kelurahan desa", "desa kelurahan", "nama kelurahan"]],
  ["address", "Alamat", ["alamat usaha", "alamat lengkap", "alamat perusahaan", "jalan"]],
  ["sentra", "Sentra industri", ["sentra", "nama sentra"]],
  ["yearFounded", "Tahun berdiri", ["tahun", "tahun mulai usaha", "berdiri sejak", "tahun pendirian"]],
  ["workforce", "Tenaga kerja (orang)", ["tenaga kerja", "jumlah tenaga kerja", "jumlah karyawan", "karyawan", "tk", "jumlah tk"]],
  ["capitalRupiah", "Nilai investasi / modal usaha (Rp)", ["nilai investasi", "investasi", "modal", "modal usaha", "nilai investasi rp", "modal rp"]],
  ["annualSalesRupiah", "Penjualan per tahun (Rp)", ["penjualan", "omzet", "omset", "omzet per tahun", "omset per tahun", "nilai produksi", "penjualan tahunan"]],
  ["installedCapacity", "Kapasitas produksi terpasang per bulan", ["kapasitas terpasang", "kapasitas produksi terpasang"]],
  ["monthlyCapacity", "Realisasi produksi rata-rata per bulan", ["realisasi produksi", "kapasitas produksi", "produksi per bulan"]],
  ["capacityUnit", "Satuan produksi", ["satuan", "satuan kapasitas"]],
  ["rawMaterials", "Bahan baku utama", ["bahan baku"]],
  ["electricityKwhPerMonth", "Listrik per bulan (kWh)", ["listrik", "penggunaan listrik", "listrik kwh"]],
  ["fuelPerMonth", "Bahan bakar per bulan", ["bahan bakar", "bbm"]],
  ["fuelUnit", "Satuan bahan bakar", ["satuan bbm"]],
  ["gasPerMonth", "Gas per bulan", ["gas", "penggunaan gas"]],
  ["gasUnit", "Satuan gas", []],
  ["exportReadinessTier", "Tingkat kesiapan ekspor", [], { ignored: true }],
  ["exportReadinessScore", "Skor kesiapan ekspor", [], { ignored: true }],
  ["exportCountries", "Negara tujuan ekspor", ["negara ekspor", "tujuan ekspor"]],
  ["phone", "Telepon", phoneAliases],
  ["whatsapp", "WhatsApp", waAliases],
  ["email", "Email", ["e mail", "surel", "alamat email", "email pemilik"]],
  ["registeredAt", "Terdaftar di portal", [], { ignored: true }],
  ["verifiedAt", "Diverifikasi", [], { ignored: true }],
  ["ownerName", "Nama pemilik", ["pemilik", "nama pemilik usaha", "penanggung jawab", "nama penanggung jawab", "nama pengusaha"], { inTemplate: false }],
]);

const productFields = define([
  ["nameId", "Nama produk", ["produk", "nama barang", "jenis produk"], { required: true }],
  ["nameEn", "Nama produk (Inggris)", ["nama produk inggris", "product name"]],
  ["enterpriseName", "IKM", ["nama ikm", "nama usaha", "nama perusahaan"], { ignored: true }],
  ["enterpriseNib", "NIB IKM", ["nib", "no nib", "nomor nib", "nib usaha"], { required: true }],
  ["kbli", "KBLI", ["kode kbli", "kbli 2020"], { required: true }],
  ["hsCode", "Kode HS", ["hs", "hs code", "pos tarif", "kode hs btki"]],
  ["priceMin", "Harga terendah (Rp)", ["harga terendah", "harga minimum", "harga min", "harga"]],
  ["priceMax", "Harga tertinggi (Rp)", ["harga tertinggi", "harga maksimum", "harga max"]],
  ["unit", "Satuan", ["satuan produk", "satuan jual"], { required: true }],
  ["minOrder", "Pesanan minimum", ["minimum pesanan", "moq", "min order"]],
  ["monthlyCapacity", "Kapasitas per bulan", ["kapasitas", "kapasitas produksi"]],
  ["leadTimeDays", "Waktu produksi (hari)", ["waktu produksi", "lama produksi", "lead time"]],
  ["exportReady", "Siap ekspor", ["ekspor"]],
  ["curationStatus", "Status kurasi", [], { ignored: true }],
  ["publishedAt", "Terbit", [], { ignored: true }],
  ["registeredAt", "Terdaftar di portal", [], { ignored: true }],
  ["descriptionId", "Deskripsi produk", ["deskripsi", "keterangan", "uraian produk"], { required: true }],
  ["descriptionEn", "Deskripsi produk (Inggris)", ["deskripsi inggris", "description"]],
]);

const buyerFields = define([
  ["name", "Nama organisasi", ["nama pembeli", "nama perusahaan", "perusahaan", "pembeli", "nama buyer", "buyer"], { required: true }],
  ["kind", "Jenis pembeli", ["jenis", "jenis buyer", "tipe pembeli"], { required: true }],
  ["country", "Negara", ["kode negara", "asal negara"]],
  ["city", "Kota", ["kota kabupaten", "kabupaten kota", "asal kota", "domisili"], { required: true }],
  ["description", "Keterangan", ["deskripsi", "profil"]],
  ["website", "Situs web", ["website", "web", "situs"]],
  ["purchaseVolumeBand", "Volume pembelian per tahun", ["volume pembelian", "volume"]],
  ["sourcingKbli", "KBLI yang dicari", ["kbli", "kode kbli", "kbli dicari"]],
  ["exportDestinations", "Negara tujuan ekspor", ["tujuan ekspor", "negara ekspor"]],
  ["requiredCertificates", "Sertifikat yang disyaratkan", ["sertifikat", "sertifikasi"]],
]);

const specs: Record<ImportKind, FieldSpec[]> = { smes: smeFields, products: productFields, buyers: buyerFields };

export function importFields(kind: ImportKind): ImportField[] {
  return specs[kind].map(({ field, header, aliases, required }) => ({ field, header, aliases, required }));
}

/** The template's headers, in order. */
export function templateHeaders(kind: ImportKind): string[] {
  return specs[kind].filter((spec) => spec.inTemplate).map((spec) => spec.header);
}

/** Fields recognised in a file but never written. */
export function isIgnoredField(kind: ImportKind, field: string): boolean {
  return specs[kind].some((spec) => spec.field === field && spec.ignored);
}

/** Words that only number a column ("No. NIB", "Nomor HP"): dropped in the second pass. */
const fillerWords = new Set(["no", "nomor", "nmr", "nama"]);

/**
 * "No. NIB" -> "no nib", "Kec." -> "kec", "Tenaga Kerja (orang)" -> "tenaga kerja orang":
 * lower case, accents and punctuation gone, spaces collapsed.
 */
export function normalizeHeader(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function withoutFillers(normalized: string): string {
  const words = normalized.split(" ").filter((word) => !fillerWords.has(word));
  return words.length > 0 ? words.join(" ") : normalized;
}

/** Also "(orang)", "(Rp)" and "(kWh)" dropped: units in brackets are how offices label the same column. */
function withoutBrackets(raw: string): string {
  return raw.replace(/\([^)]*\)/g, " ");
}

function lookup(kind: ImportKind): { exact: Map<string, string>; loose: Map<string, string> } {
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  for (const spec of specs[kind]) {
    for (const name of [spec.header, withoutBrackets(spec.header), spec.field, ...spec.aliases]) {
      const key = normalizeHeader(name);
      if (key !== "" && !exact.has(key)) exact.set(key, spec.field);
      const looseKey = withoutFillers(key);
      if (looseKey !== "" && !loose.has(looseKey)) loose.set(looseKey, spec.field);
    }
  }
  return { exact, loose };
}

export interface HeaderMatch {
  mapping: HeaderMapping;
  /** Headers that match no field (staff may map them). */
  unknown: string[];
  /** Template headers of required fields no column provides. */
  missingRequired: string[];
}

/**
 * Each column's field: a staff override first (header text -> field; "" ignores the column),
 * then the header itself, its variants, and the variants without filler words. A field is taken
 * by its first column only; a later column for the same field is ignored and listed as unknown.
 */
export function matchHeaders(kind: ImportKind, headers: string[], overrides: Record<string, string> = {}): HeaderMatch {
  const known = new Set(specs[kind].map((spec) => spec.field));
  const { exact, loose } = lookup(kind);
  const taken = new Set<string>();
  const unknown: string[] = [];
  const mapping: HeaderMapping = headers.map((header) => {
    const override = Object.hasOwn(overrides, header) ? overrides[header] : undefined;
    if (override === "") return null;
    const key = normalizeHeader(header);
    const field =
      override !== undefined && known.has(override)
        ? override
        : (exact.get(key) ?? exact.get(normalizeHeader(withoutBrackets(header))) ?? loose.get(withoutFillers(key)) ?? null);
    if (field === null || taken.has(field)) {
      if (header.trim() !== "") unknown.push(header);
      return null;
    }
    taken.add(field);
    return field;
  });
  const missingRequired = specs[kind].filter((spec) => spec.required && !taken.has(spec.field)).map((spec) => spec.header);
  return { mapping, unknown, missingRequired };
}
