// SMEs: each row is checked with the enterprise profile's own step schemas (business, sector,
// market, address), with the reference data of the city (kecamatan, kelurahan, KBLI 2020,
// sentra); rows are matched to existing enterprises by NIB, then email, then phone, then a
// record an earlier import created, then a close name in the same kelurahan (for staff).
import "server-only";
import type { DbClient } from "@/lib/db";
import { energyUnitSymbols } from "@/lib/enterprises/energy-schemas";
import { addressStepSchema, businessStepSchema } from "@/lib/enterprises/profile-schemas";
import { marketStepSchema, sectorStepSchema } from "@/lib/enterprises/profile-step-schemas";
import { BusinessScale, LegalForm } from "@/lib/generated/prisma/enums";
import { catalogs } from "@/lib/i18n/messages";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { importFields } from "./fields";
import type { PreparedKind, RecordValues, RowMatch, ValidRow } from "./plan";
import { earlierRowWith, rawFields, rowErrors } from "./rows";
import { smeMatches } from "./sme-match";
import type { HeaderMapping, ImportSheet, RowError } from "./types";
import { codeReader, normalizeName, splitList } from "./values";

const headers = new Map(importFields("smes").map((field) => [field.field, field.header]));
const headerOf = (field: string) => headers.get(field) ?? field;

const legalForms = codeReader<LegalForm>(catalogs.id.Enums.legalForm, { perseorangan: "PERORANGAN", "usaha perorangan": "PERORANGAN", "perseroan terbatas": "PT" });
const scales = codeReader<BusinessScale>(catalogs.id.EnterpriseProfile.scaleName, {
  mikro: "MIKRO",
  kecil: "KECIL",
  menengah: "MENENGAH",
  besar: "BESAR",
  "industri kecil": "KECIL",
  "industri menengah": "MENENGAH",
});
const fuelUnits = codeReader({ LITER: energyUnitSymbols.LITER, KILOGRAM: energyUnitSymbols.KILOGRAM }, { l: "LITER", ltr: "LITER", kilogram: "KILOGRAM" });
const gasUnits = codeReader({ KILOGRAM: energyUnitSymbols.KILOGRAM, CUBIC_METRE: energyUnitSymbols.CUBIC_METRE }, { m3: "CUBIC_METRE", kilogram: "KILOGRAM" });

// Placeholders for what the forms require and an import may leave empty; their results are dropped.
const placeholderNib = "1000000000000";
const placeholderKbli = "10000";

const withoutPrefix = (raw: string, prefixes: RegExp) => normalizeName(raw.replace(prefixes, ""));
const kecamatanKey = (raw: string) => withoutPrefix(raw, /^\s*(kec(amatan)?\.?)\s+/i);
const kelurahanKey = (raw: string) => withoutPrefix(raw, /^\s*(kel(urahan)?\.?|desa)\s+/i);

export interface SmeReference {
  kecamatan: Map<string, { code: string; name: string }>;
  kelurahan: Map<string, Map<string, string>>;
  kbli: Map<string, number>;
  sentra: Map<string, string>;
}

export async function loadSmeReference(db: DbClient): Promise<SmeReference> {
  const [kecamatan, kelurahan, kbli, sentra] = await Promise.all([
    db.kecamatan.findMany({ select: { code: true, name: true } }),
    db.kelurahan.findMany({ select: { code: true, name: true, kecamatanCode: true } }),
    db.kbli.findMany({ where: { version: KBLI_VERSION, level: "SUBCLASS" }, select: { id: true, code: true } }),
    db.sentra.findMany({ select: { id: true, name: true } }),
  ]);
  const reference: SmeReference = { kecamatan: new Map(), kelurahan: new Map(), kbli: new Map(), sentra: new Map() };
  for (const row of kecamatan) {
    reference.kecamatan.set(kecamatanKey(row.name), row);
    reference.kecamatan.set(row.code, row);
  }
  for (const row of kelurahan) {
    const inKecamatan = reference.kelurahan.get(row.kecamatanCode) ?? new Map<string, string>();
    inKecamatan.set(kelurahanKey(row.name), row.code);
    inKecamatan.set(row.code, row.code);
    reference.kelurahan.set(row.kecamatanCode, inKecamatan);
  }
  for (const row of kbli) reference.kbli.set(row.code, row.id);
  for (const row of sentra) reference.sentra.set(normalizeName(row.name), row.id);
  return reference;
}

/** One row's values, or its errors. */
export function validateSmeRow(sheet: ImportSheet, mapping: HeaderMapping, index: number, reference: SmeReference) {
  const row = sheet.rowNumbers[index]!;
  const raw = rawFields(sheet.rows[index]!, mapping);
  const report = rowErrors(sheet, mapping, headerOf, row);
  const values: RecordValues = {};
  const given = (field: string) => (raw[field] ?? "") !== "";

  if (!given("legalName")) report.add("legalName", "ImportErrors.row.required");
  const legalForm = given("legalForm") ? legalForms.read(raw.legalForm!) : undefined;
  if (given("legalForm") && !legalForm) report.add("legalForm", "ImportErrors.row.legalFormUnknown", { value: raw.legalForm!, allowed: legalForms.allowed });

  const business = businessStepSchema.safeParse({
    legalName: raw.legalName ?? "",
    brandName: raw.brandName,
    legalForm: legalForm ?? "PERORANGAN",
    nib: given("nib") ? raw.nib : placeholderNib,
    confirmNib: "on",
    npwp: "",
    yearFounded: raw.yearFounded,
    workforce: raw.workforce,
    capitalRupiah: raw.capitalRupiah,
    annualSalesRupiah: raw.annualSalesRupiah,
  });
  if (!business.success) report.addIssues(business.error.issues, given("legalName") ? new Set() : new Set(["legalName"]));
  else {
    const data = business.data;
    Object.assign(values, {
      legalName: data.legalName,
      brandName: data.brandName,
      legalForm: given("legalForm") ? data.legalForm : null,
      nib: given("nib") ? data.nib : null,
      yearFounded: data.yearFounded,
      workforce: data.workforce,
      capitalRupiah: data.capitalRupiah === null ? null : data.capitalRupiah.toString(),
      annualSalesRupiah: data.annualSalesRupiah === null ? null : data.annualSalesRupiah.toString(),
    });
  }

  if (given("scale")) {
    const scale = scales.read(raw.scale!);
    if (scale) values.scale = scale;
    else report.add("scale", "ImportErrors.row.scaleUnknown", { value: raw.scale!, allowed: scales.allowed });
  }

  const fuelUnit = given("fuelUnit") ? fuelUnits.read(raw.fuelUnit!) : undefined;
  if (given("fuelUnit") && !fuelUnit) report.add("fuelUnit", "ImportErrors.row.unitUnknown", { value: raw.fuelUnit!, allowed: fuelUnits.allowed });
  const gasUnit = given("gasUnit") ? gasUnits.read(raw.gasUnit!) : undefined;
  if (given("gasUnit") && !gasUnit) report.add("gasUnit", "ImportErrors.row.unitUnknown", { value: raw.gasUnit!, allowed: gasUnits.allowed });
  const kbliCode = (raw.primaryKbli ?? "").replace(/\D/g, "") === "" ? "" : (raw.primaryKbli ?? "").trim();
  const sector = sectorStepSchema.safeParse({
    primaryKbli: kbliCode === "" ? placeholderKbli : kbliCode,
    additionalKbli: [],
    monthlyCapacity: raw.monthlyCapacity,
    installedCapacity: raw.installedCapacity,
    capacityUnit: raw.capacityUnit,
    rawMaterials: raw.rawMaterials,
    electricityKwhPerMonth: raw.electricityKwhPerMonth,
    fuelPerMonth: raw.fuelPerMonth,
    fuelUnit: fuelUnit ?? undefined,
    gasPerMonth: raw.gasPerMonth,
    gasUnit: gasUnit ?? undefined,
  });
  if (!sector.success) report.addIssues(sector.error.issues);
  else {
    const data = sector.data;
    if (kbliCode !== "") {
      const kbliId = reference.kbli.get(data.primaryKbli);
      if (kbliId === undefined) report.add("primaryKbli", "ImportErrors.row.kbliUnknown", { value: data.primaryKbli });
      else values.primaryKbliId = kbliId;
    }
    Object.assign(values, {
      monthlyCapacity: data.monthlyCapacity,
      installedCapacity: data.installedCapacity,
      capacityUnit: data.capacityUnit,
      rawMaterials: data.rawMaterials,
      electricityKwhPerMonth: data.electricityKwhPerMonth,
      fuelPerMonth: data.fuelPerMonth,
      fuelUnit: data.fuelUnit,
      gasPerMonth: data.gasPerMonth,
      gasUnit: data.gasUnit,
    });
  }

  const countries = splitList(raw.exportCountries ?? "").map((code) => code.toUpperCase());
  const market = marketStepSchema.safeParse({ salesChannels: "OWN_SHOP", exportCountries: countries, phone: raw.phone, whatsapp: raw.whatsapp, email: raw.email });
  if (!market.success) report.addIssues(market.error.issues);
  else Object.assign(values, { exportCountries: market.data.exportCountries, phone: market.data.phone, whatsapp: market.data.whatsapp, email: market.data.email });

  const kecamatan = given("kecamatan") ? reference.kecamatan.get(kecamatanKey(raw.kecamatan!)) ?? reference.kecamatan.get(raw.kecamatan!.trim()) : undefined;
  if (!given("kecamatan")) report.add("kecamatan", "ImportErrors.row.required");
  else if (!kecamatan) report.add("kecamatan", "ImportErrors.row.kecamatanUnknown", { value: raw.kecamatan! });
  else {
    values.kecamatanCode = kecamatan.code;
    if (given("kelurahan")) {
      const kelurahanCode = reference.kelurahan.get(kecamatan.code)?.get(kelurahanKey(raw.kelurahan!));
      if (kelurahanCode) values.kelurahanCode = kelurahanCode;
      else report.add("kelurahan", "ImportErrors.row.kelurahanUnknown", { value: raw.kelurahan!, kecamatan: kecamatan.name });
    }
  }
  if (given("address")) {
    const address = addressStepSchema.safeParse({ kecamatanCode: "-", kelurahanCode: "-", address: raw.address });
    if (!address.success) report.addIssues(address.error.issues);
    else values.address = address.data.address;
  }
  // A sentra is linked when the portal knows it; staff keep the list of sentra, so an unknown name
  // (another portal's, or one not registered yet) leaves the link empty rather than refusing the row.
  if (given("sentra")) {
    const sentraId = reference.sentra.get(normalizeName(raw.sentra!));
    if (sentraId) values.sentraId = sentraId;
  }

  const ownerName = (raw.ownerName ?? "").slice(0, 100);
  if (report.errors.length > 0) return { errors: report.errors };
  for (const key of Object.keys(values)) if (values[key] === null || values[key] === undefined) delete values[key];
  const place = String(values.kelurahanCode ?? values.kecamatanCode);
  const valid: ValidRow = { index, row, values, matchKey: `${normalizeName(String(values.legalName))}|${place}`, extra: { ownerName } };
  return { valid };
}

/** Rows of one file that repeat a NIB or an email of an earlier row are refused (one of them would be lost). */
function inFileDuplicates(rows: ValidRow[], sheet: ImportSheet, mapping: HeaderMapping): { rows: ValidRow[]; errors: RowError[] } {
  const firstBy = new Map<string, number>();
  const kept: ValidRow[] = [];
  const errors: RowError[] = [];
  for (const valid of rows) {
    const report = rowErrors(sheet, mapping, headerOf, valid.row);
    for (const field of ["nib", "email"] as const) {
      const value = valid.values[field];
      if (typeof value !== "string") continue;
      const first = earlierRowWith(firstBy, `${field}:${value}`, valid.row);
      if (first !== undefined) report.add(field, "ImportErrors.row.duplicateInFile", { row: first });
    }
    if (report.errors.length > 0) errors.push(...report.errors);
    else kept.push(valid);
  }
  return { rows: kept, errors };
}

export async function prepareSmes(db: DbClient): Promise<PreparedKind & { reference: SmeReference }> {
  const reference = await loadSmeReference(db);
  return {
    reference,
    async validate(sheet, mapping) {
      const rows: ValidRow[] = [];
      const errors: RowError[] = [];
      for (let index = 0; index < sheet.rows.length; index += 1) {
        const result = validateSmeRow(sheet, mapping, index, reference);
        if (result.valid) rows.push(result.valid);
        else errors.push(...result.errors);
      }
      const unique = inFileDuplicates(rows, sheet, mapping);
      return { rows: unique.rows, errors: [...errors, ...unique.errors].sort((a, b) => a.row - b.row) };
    },
    match: (client, rows, before): Promise<Map<number, RowMatch>> => smeMatches(client, rows, before),
  };
}
