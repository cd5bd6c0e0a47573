// Products: each row is checked with the product form's schema and attached to its enterprise by
// NIB; a product is the same product when its enterprise and normalised name match (or an
// earlier import created it from that row). New products start in the status staff chose.
import "server-only";
import { randomBytes } from "node:crypto";
import type { DbClient } from "@/lib/db";
import { normalizeNib } from "@/lib/enterprises/identifiers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createProductSchema, slugBase } from "@/lib/products/schemas";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { importFields } from "./fields";
import type { PreparedImport } from "./kinds";
import type { ExistingRecord, RecordValues, RowMatch, ValidRow } from "./plan";
import { earlierRowWith, rawFields, rowErrors, withoutEmpty } from "./rows";
import type { RowError } from "./types";
import { normalizeName, readYesNo } from "./values";

const headers = new Map(importFields("products").map((field) => [field.field, field.header]));
const headerOf = (field: string) => headers.get(field) ?? field;
const issueFields: Record<string, string> = { kbliOther: "kbli", kbliCode: "kbli" };

const productColumns = {
  id: true, enterpriseId: true, nameId: true, nameEn: true, descriptionId: true, descriptionEn: true, kbliId: true, hsCode: true,
  priceMinRupiah: true, priceMaxRupiah: true, unit: true, minOrder: true, monthlyCapacity: true, leadTimeDays: true, exportReady: true,
} as const;

type ProductRow = Prisma.ProductGetPayload<{ select: typeof productColumns }>;

function currentValues({ id: _id, enterpriseId: _enterprise, priceMinRupiah, priceMaxRupiah, ...rest }: ProductRow): RecordValues {
  return { ...rest, priceMinRupiah: priceMinRupiah?.toString() ?? null, priceMaxRupiah: priceMaxRupiah?.toString() ?? null };
}

const keyOf = (enterpriseId: string, name: string) => `${enterpriseId}|${normalizeName(name)}`;
const bigint = (value: RecordValues[string] | undefined) => (typeof value === "string" ? BigInt(value) : null);

function productData(values: RecordValues): Record<string, unknown> {
  const data: Record<string, unknown> = { ...values };
  if ("priceMinRupiah" in values) data.priceMinRupiah = bigint(values.priceMinRupiah);
  if ("priceMaxRupiah" in values) data.priceMaxRupiah = bigint(values.priceMaxRupiah);
  return data;
}

export async function prepareProducts(db: DbClient): Promise<PreparedImport> {
  const kbli = new Map(
    (await db.kbli.findMany({ where: { version: KBLI_VERSION, level: "SUBCLASS" }, select: { id: true, code: true } })).map((row) => [row.code, row.id]),
  );
  return {
    async validate(sheet, mapping) {
      const nibColumn = mapping.indexOf("enterpriseNib");
      const nibs = nibColumn < 0 ? [] : [...new Set(sheet.rows.map((cells) => normalizeNib(cells[nibColumn] ?? "")).filter((nib) => nib !== ""))];
      const enterprises = new Map(
        (nibs.length ? await db.enterprise.findMany({ where: { nib: { in: nibs } }, select: { id: true, nib: true } }) : []).map((row) => [row.nib!, row.id]),
      );
      const rows: ValidRow[] = [];
      const errors: RowError[] = [];
      const firstByKey = new Map<string, number>();
      sheet.rows.forEach((cells, index) => {
        const row = sheet.rowNumbers[index]!;
        const raw = rawFields(cells, mapping);
        const report = rowErrors(sheet, mapping, headerOf, row);
        const nib = normalizeNib(raw.enterpriseNib ?? "");
        const enterpriseId = enterprises.get(nib);
        if (nib === "") report.add("enterpriseNib", "ImportErrors.row.enterpriseNibRequired");
        else if (!enterpriseId) report.add("enterpriseNib", "ImportErrors.row.enterpriseUnknown", { value: nib });
        const exportReady = (raw.exportReady ?? "") === "" ? undefined : readYesNo(raw.exportReady!);
        if ((raw.exportReady ?? "") !== "" && exportReady === undefined) report.add("exportReady", "ImportErrors.row.yesNo");
        const parsed = createProductSchema.safeParse({
          nameId: raw.nameId ?? "",
          nameEn: raw.nameEn,
          descriptionId: raw.descriptionId ?? "",
          descriptionEn: raw.descriptionEn,
          kbliCode: "other",
          kbliOther: raw.kbli ?? "",
          hsCode: raw.hsCode,
          priceMin: raw.priceMin,
          priceMax: raw.priceMax,
          unit: raw.unit ?? "",
          minOrder: raw.minOrder,
          monthlyCapacity: raw.monthlyCapacity,
          leadTimeDays: raw.leadTimeDays,
          exportReady: exportReady ? "on" : undefined,
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? "");
            report.add(issueFields[field] ?? field, issue.message);
          }
        }
        let kbliId: number | undefined;
        if (parsed.success) {
          kbliId = kbli.get(parsed.data.kbli.code);
          if (kbliId === undefined) report.add("kbli", "ImportErrors.row.kbliUnknown", { value: parsed.data.kbli.code });
        }
        if (report.errors.length > 0 || !parsed.success || !enterpriseId || kbliId === undefined) {
          errors.push(...report.errors);
          return;
        }
        const data = parsed.data;
        const matchKey = keyOf(enterpriseId, data.nameId);
        const first = earlierRowWith(firstByKey, matchKey, row);
        if (first !== undefined) {
          report.add("nameId", "ImportErrors.row.duplicateInFile", { row: first });
          errors.push(...report.errors);
          return;
        }
        const values: RecordValues = {
          nameId: data.nameId, nameEn: data.nameEn, descriptionId: data.descriptionId, descriptionEn: data.descriptionEn, kbliId,
          hsCode: data.hsCode, priceMinRupiah: data.priceMin?.toString() ?? null, priceMaxRupiah: data.priceMax?.toString() ?? null,
          unit: data.unit, minOrder: data.minOrder, monthlyCapacity: data.monthlyCapacity, leadTimeDays: data.leadTimeDays,
          ...(exportReady === undefined ? {} : { exportReady }),
        };
        rows.push({ index, row, values: withoutEmpty(values), matchKey, extra: { enterpriseId } });
      });
      return { rows, errors: errors.sort((a, b) => a.row - b.row) };
    },

    async match(client, rows) {
      const enterpriseIds = [...new Set(rows.map((row) => row.extra.enterpriseId!))];
      const [products, imported] = await Promise.all([
        enterpriseIds.length ? client.product.findMany({ where: { enterpriseId: { in: enterpriseIds } }, select: productColumns }) : [],
        client.importedRecord.findMany({ where: { kind: "products", matchKey: { in: rows.map((row) => row.matchKey) } }, select: { entityId: true, matchKey: true, values: true } }),
      ]);
      const byKey = new Map(products.map((product) => [keyOf(product.enterpriseId, product.nameId), product]));
      const byId = new Map(products.map((product) => [product.id, product]));
      const importedByKey = new Map(imported.map((record) => [record.matchKey, record.entityId]));
      const lastImports = new Map(
        (await client.importedRecord.findMany({ where: { kind: "products", entityId: { in: products.map((product) => product.id) } }, select: { entityId: true, values: true } })).map(
          (record) => [record.entityId, record.values as RecordValues],
        ),
      );
      const result = new Map<number, RowMatch>();
      for (const row of rows) {
        const earlier = importedByKey.get(row.matchKey);
        const product = byKey.get(row.matchKey) ?? (earlier ? byId.get(earlier) : undefined);
        if (!product) {
          result.set(row.index, null);
          continue;
        }
        const existing: ExistingRecord = { id: product.id, name: product.nameId, reason: "name", current: currentValues(product), lastImport: lastImports.get(product.id) ?? null };
        result.set(row.index, { existing });
      }
      return result;
    },

    async create(tx, rows, context) {
      const ids = new Map<number, string>();
      const data: Prisma.ProductCreateManyInput[] = rows.map((row) => {
        const id = `i${randomBytes(12).toString("hex")}`;
        ids.set(row.index, id);
        return {
          ...(productData(row.values) as Omit<Prisma.ProductCreateManyInput, "slug" | "enterpriseId" | "nameId" | "descriptionId" | "unit">),
          id,
          slug: `${slugBase(String(row.values.nameId))}-${randomBytes(4).toString("hex").slice(0, 6)}`,
          enterpriseId: row.extra.enterpriseId!,
          nameId: String(row.values.nameId),
          descriptionId: String(row.values.descriptionId),
          unit: String(row.values.unit),
          status: context.targetStatus,
        };
      });
      await tx.product.createMany({ data });
      await tx.auditLog.createMany({
        data: rows.map((row) => ({ actorId: context.actor?.id ?? null, action: "product.create", entityType: "Product", entityId: ids.get(row.index)!, data: { importBatchId: context.batchId, row: row.row } })),
      });
      return ids;
    },

    async update(tx, id, changes) {
      await tx.product.update({ where: { id }, data: { ...(productData(changes) as Prisma.ProductUncheckedUpdateInput), version: { increment: 1 } }, select: { id: true } });
    },
  };
}
