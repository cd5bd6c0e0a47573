// Reference data from the files in prisma/data (see prisma/data/README.md for provenance):
// KBLI 2020 section C and the kecamatan/kelurahan of Kota Semarang. Safe to run on every start:
// when the row counts already match the files it costs one query.
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { KbliLevel } from "@/lib/generated/prisma/enums";
import { KBLI_SECTION, KBLI_VERSION } from "@/lib/reference/kbli";

export interface ReferenceCounts {
  kbli: number;
  kecamatan: number;
  kelurahan: number;
}

interface KbliRow {
  code: string;
  level: KbliLevel;
  parentCode: string;
  nameId: string;
  nameEn: string | null;
}

const levels: Record<string, KbliLevel> = {
  division: KbliLevel.DIVISION,
  group: KbliLevel.GROUP,
  class: KbliLevel.CLASS,
  subclass: KbliLevel.SUBCLASS,
};

/** RFC 4180 fields: commas inside double quotes, doubled quotes as a literal quote. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

/** Rows of a CSV file in prisma/data as objects keyed by the header line. */
export function readDataCsv(file: string): Record<string, string>[] {
  const text = fs.readFileSync(path.join(process.cwd(), "prisma/data", file), "utf8");
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const [header, ...rows] = lines;
  if (header === undefined) throw new Error(`prisma/data/${file} is empty`);
  const columns = parseCsvLine(header);
  return rows.map((line) => {
    const values = parseCsvLine(line);
    return Object.fromEntries(columns.map((column, index) => [column, (values[index] ?? "").trim()]));
  });
}

function readKbli(): KbliRow[] {
  return readDataCsv("kbli2020_c.csv").map((row) => {
    const level = levels[row.level ?? ""];
    if (!level || !row.code || !row.parent_code || !row.name_id) {
      throw new Error(`prisma/data/kbli2020_c.csv: bad row ${JSON.stringify(row)}`);
    }
    return { code: row.code, level, parentCode: row.parent_code, nameId: row.name_id, nameEn: row.name_en || null };
  });
}

function readWilayah() {
  const kecamatan = new Map<string, string>();
  const kelurahan = readDataCsv("semarang_kecamatan.csv").map((row) => {
    const { kecamatan_code: kecamatanCode, kecamatan_name: kecamatanName, kelurahan_code: code, kelurahan_name: name } = row;
    if (!kecamatanCode || !kecamatanName || !code || !name) {
      throw new Error(`prisma/data/semarang_kecamatan.csv: bad row ${JSON.stringify(row)}`);
    }
    kecamatan.set(kecamatanCode, kecamatanName);
    return { code, name, kecamatanCode };
  });
  return { kecamatan: [...kecamatan].map(([code, name]) => ({ code, name })), kelurahan };
}

interface CountRow {
  kbli: bigint | number;
  orphans: bigint | number;
  kecamatan: bigint | number;
  kelurahan: bigint | number;
}

async function currentCounts(db: PrismaClient): Promise<ReferenceCounts & { orphans: number }> {
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT
      (SELECT count(*) FROM "Kbli" WHERE "version" = ${KBLI_VERSION}) AS kbli,
      (SELECT count(*) FROM "Kbli" WHERE "version" = ${KBLI_VERSION} AND "parentId" IS NULL
         AND "level" <> 'SECTION'::"KbliLevel") AS orphans,
      (SELECT count(*) FROM "Kecamatan") AS kecamatan,
      (SELECT count(*) FROM "Kelurahan") AS kelurahan`;
  const row = rows[0];
  if (!row) throw new Error("count query returned no row");
  return { kbli: Number(row.kbli), orphans: Number(row.orphans), kecamatan: Number(row.kecamatan), kelurahan: Number(row.kelurahan) };
}

/**
 * Inserts KBLI 2020 section C (with its hierarchy), the 16 kecamatan and 177 kelurahan of
 * Kota Semarang. Idempotent: existing rows are kept, missing ones added, parents resolved.
 */
export async function seedReferenceData(db: PrismaClient): Promise<ReferenceCounts> {
  const kbli = readKbli();
  const wilayah = readWilayah();
  const before = await currentCounts(db);
  if (
    before.kbli === kbli.length + 1 &&
    before.orphans === 0 &&
    before.kecamatan >= wilayah.kecamatan.length &&
    before.kelurahan >= wilayah.kelurahan.length
  ) {
    return { kbli: before.kbli, kecamatan: before.kecamatan, kelurahan: before.kelurahan };
  }

  await db.kecamatan.createMany({ data: wilayah.kecamatan, skipDuplicates: true });
  await db.kelurahan.createMany({ data: wilayah.kelurahan, skipDuplicates: true });
  await db.kbli.createMany({
    data: [
      { version: KBLI_VERSION, code: KBLI_SECTION.code, level: KbliLevel.SECTION, nameId: KBLI_SECTION.nameId },
      ...kbli.map(({ code, level, nameId, nameEn }) => ({ version: KBLI_VERSION, code, level, nameId, nameEn })),
    ],
    skipDuplicates: true,
  });
  // One statement for the whole hierarchy: the (code, parent_code) pairs travel as two arrays.
  await db.$executeRaw`
    UPDATE "Kbli" AS child SET "parentId" = parent."id"
    FROM unnest(${kbli.map((row) => row.code)}::text[], ${kbli.map((row) => row.parentCode)}::text[]) AS link(code, parent_code),
         "Kbli" AS parent
    WHERE child."version" = ${KBLI_VERSION} AND child."code" = link.code
      AND parent."version" = ${KBLI_VERSION} AND parent."code" = link.parent_code
      AND child."parentId" IS DISTINCT FROM parent."id"`;

  const after = await currentCounts(db);
  if (after.orphans > 0) throw new Error(`${after.orphans} KBLI ${KBLI_VERSION} codes have no parent after seeding`);
  return { kbli: after.kbli, kecamatan: after.kecamatan, kelurahan: after.kelurahan };
}
