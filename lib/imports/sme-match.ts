// Finds the enterprise each SME row is about: by NIB, then email (the enterprise's or its
// owner's), then phone or WhatsApp (by digits), then a record an earlier import created from a
// row without identifiers (same name and place); failing those, an enterprise with a close name
// in the same kelurahan (or kecamatan) is offered to staff as a possible duplicate.
import "server-only";
import type { DbClient } from "@/lib/db";
import type { DuplicateReason } from "./types";
import type { ExistingRecord, RecordValues, RowMatch, ValidRow } from "./plan";
import { nameSimilarity, phoneKey, similarNameThreshold } from "./values";

export const smeColumns = {
  id: true, legalName: true, brandName: true, legalForm: true, nib: true, scale: true, primaryKbliId: true, kecamatanCode: true,
  kelurahanCode: true, address: true, sentraId: true, yearFounded: true, workforce: true, capitalRupiah: true, annualSalesRupiah: true,
  installedCapacity: true, monthlyCapacity: true, capacityUnit: true, rawMaterials: true, electricityKwhPerMonth: true, fuelPerMonth: true,
  fuelUnit: true, gasPerMonth: true, gasUnit: true, exportCountries: true, phone: true, whatsapp: true, email: true,
} as const;

type EnterpriseRow = Awaited<ReturnType<typeof loadById>>[number];

function loadById(db: DbClient, ids: string[]) {
  return db.enterprise.findMany({ where: { id: { in: ids } }, select: { ...smeColumns, owner: { select: { email: true } } } });
}

/** The enterprise's fields in the form the import compares (BigInt as digits). */
export function currentValues(row: EnterpriseRow): RecordValues {
  const { id: _id, owner: _owner, capitalRupiah, annualSalesRupiah, ...rest } = row;
  return { ...rest, capitalRupiah: capitalRupiah?.toString() ?? null, annualSalesRupiah: annualSalesRupiah?.toString() ?? null };
}

const phoneKeysOf = (row: ValidRow) =>
  [row.values.phone, row.values.whatsapp].filter((value): value is string => typeof value === "string").map(phoneKey);

export async function smeMatches(db: DbClient, rows: ValidRow[], before: Date): Promise<Map<number, RowMatch>> {
  const nibs = rows.flatMap((row) => (typeof row.values.nib === "string" ? [row.values.nib] : []));
  const emails = rows.flatMap((row) => (typeof row.values.email === "string" ? [row.values.email] : []));
  const phones = [...new Set(rows.flatMap(phoneKeysOf))];
  const keys = rows.map((row) => row.matchKey);
  const [byNib, byEmail, byPhone, imported] = await Promise.all([
    nibs.length ? db.enterprise.findMany({ where: { nib: { in: nibs } }, select: { id: true, nib: true } }) : [],
    emails.length
      ? db.enterprise.findMany({
          where: { OR: [{ email: { in: emails } }, { owner: { email: { in: emails } } }] },
          select: { id: true, email: true, owner: { select: { email: true } } },
        })
      : [],
    phones.length
      ? db.$queryRaw<{ id: string; phoneKey: string | null; whatsappKey: string | null }[]>`
          SELECT id, keys.p AS "phoneKey", keys.w AS "whatsappKey" FROM "Enterprise",
            LATERAL (SELECT regexp_replace(regexp_replace(coalesce(phone, ''), '\\D', '', 'g'), '^62', '0') AS p,
                            regexp_replace(regexp_replace(coalesce(whatsapp, ''), '\\D', '', 'g'), '^62', '0') AS w) keys
          WHERE keys.p = ANY(${phones}::text[]) OR keys.w = ANY(${phones}::text[])`
      : [],
    db.importedRecord.findMany({ where: { kind: "smes", matchKey: { in: keys } }, select: { entityId: true, matchKey: true } }),
  ]);
  const nibIndex = new Map(byNib.map((row) => [row.nib!, row.id]));
  const emailIndex = new Map<string, string>();
  for (const row of byEmail) {
    if (row.owner?.email) emailIndex.set(row.owner.email, row.id);
    if (row.email && !emailIndex.has(row.email)) emailIndex.set(row.email, row.id);
  }
  const phoneIndex = new Map<string, string>();
  for (const row of byPhone) {
    if (row.phoneKey) phoneIndex.set(row.phoneKey, row.id);
    if (row.whatsappKey && !phoneIndex.has(row.whatsappKey)) phoneIndex.set(row.whatsappKey, row.id);
  }
  const keyIndex = new Map(imported.map((row) => [row.matchKey, row.entityId]));

  const found = new Map<number, { id: string; reason: DuplicateReason | "imported" }>();
  for (const row of rows) {
    const nib = typeof row.values.nib === "string" ? nibIndex.get(row.values.nib) : undefined;
    const email = typeof row.values.email === "string" ? emailIndex.get(row.values.email) : undefined;
    const phone = phoneKeysOf(row).map((key) => phoneIndex.get(key)).find((id) => id !== undefined);
    const earlier = keyIndex.get(row.matchKey);
    const hit: { id: string; reason: DuplicateReason | "imported" } | null = nib
      ? { id: nib, reason: "nib" }
      : typeof row.values.nib === "string"
        ? null // A NIB of its own that no enterprise has: a new enterprise, whatever its contacts.
        : email
          ? { id: email, reason: "email" }
          : phone
            ? { id: phone, reason: "phone" }
            : earlier
              ? { id: earlier, reason: "imported" }
              : null;
    if (hit) found.set(row.index, hit);
  }

  const ids = [...new Set([...found.values()].map((hit) => hit.id))];
  const [records, lastImports] = await Promise.all([
    ids.length ? loadById(db, ids) : [],
    ids.length ? db.importedRecord.findMany({ where: { kind: "smes", entityId: { in: ids } }, select: { entityId: true, values: true } }) : [],
  ]);
  const recordIndex = new Map(records.map((row) => [row.id, row]));
  const lastIndex = new Map(lastImports.map((row) => [row.entityId, row.values as RecordValues]));

  const result = new Map<number, RowMatch>();
  for (const [index, hit] of found) {
    const record = recordIndex.get(hit.id);
    if (!record) continue;
    const existing: ExistingRecord = { id: record.id, name: record.legalName, reason: hit.reason, current: currentValues(record), lastImport: lastIndex.get(record.id) ?? null };
    result.set(index, { existing });
  }

  // Close names in the same place, for the rows no identifier matched: the same kelurahan, or the
  // same kecamatan where either side has no kelurahan. Grouped by place so a row is compared with
  // its neighbours only (about a hundred per kelurahan in a city of 20,000 IKM).
  const unmatched = rows.filter((row) => !result.has(row.index));
  const kecamatanCodes = [...new Set(unmatched.map((row) => String(row.values.kecamatanCode)))];
  const kelurahanCodes = [...new Set(unmatched.flatMap((row) => (typeof row.values.kelurahanCode === "string" ? [row.values.kelurahanCode] : [])))];
  if (unmatched.length > 0) {
    const nearby = await db.enterprise.findMany({
      where: {
        createdAt: { lt: before },
        OR: [{ kelurahanCode: { in: kelurahanCodes } }, { kecamatanCode: { in: kecamatanCodes }, kelurahanCode: null }, ...(unmatched.some((row) => !row.values.kelurahanCode) ? [{ kecamatanCode: { in: kecamatanCodes } }] : [])],
      },
      select: { id: true, legalName: true, kecamatanCode: true, kelurahanCode: true },
    });
    const byPlace = new Map<string, typeof nearby>();
    const add = (key: string, other: (typeof nearby)[number]) => {
      const list = byPlace.get(key);
      if (list) list.push(other);
      else byPlace.set(key, [other]);
    };
    for (const other of nearby) {
      if (other.kelurahanCode) add(`kel:${other.kelurahanCode}`, other);
      else add(`kec-only:${other.kecamatanCode}`, other);
      add(`kec:${other.kecamatanCode}`, other);
    }
    for (const row of unmatched) {
      const candidates =
        typeof row.values.kelurahanCode === "string"
          ? [...(byPlace.get(`kel:${row.values.kelurahanCode}`) ?? []), ...(byPlace.get(`kec-only:${row.values.kecamatanCode}`) ?? [])]
          : (byPlace.get(`kec:${row.values.kecamatanCode}`) ?? []);
      let best: { id: string; name: string; score: number } | null = null;
      for (const other of candidates) {
        const score = nameSimilarity(String(row.values.legalName), other.legalName);
        if (score >= similarNameThreshold && (!best || score > best.score)) best = { id: other.id, name: other.legalName, score };
      }
      result.set(row.index, best ? { similar: { id: best.id, name: best.name } } : null);
    }
  }
  return result;
}
