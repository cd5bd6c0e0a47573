// Buyer organisations: each row is checked with the buyer profile form's schema; an organisation
// is the same one when its normalised name and city match (or an earlier import created it from
// that row); a close name is offered to staff as a possible duplicate.
import "server-only";
import { slugify } from "@/lib/account-lifecycle/slug";
import { buyerProfileSchema } from "@/lib/buyers/schemas";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BuyerKind, CertificateType, PurchaseVolumeBand } from "@/lib/generated/prisma/enums";
import { catalogs } from "@/lib/i18n/messages";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { importFields } from "./fields";
import type { PreparedImport } from "./kinds";
import type { ExistingRecord, RecordValues, RowMatch, ValidRow } from "./plan";
import { earlierRowWith, rawFields, rowErrors, withoutEmpty } from "./rows";
import { freeSlug, newId } from "./sme-write";
import type { RowError } from "./types";
import { codeReader, nameSimilarity, normalizeName, similarNameThreshold, splitList } from "./values";

const headers = new Map(importFields("buyers").map((field) => [field.field, field.header]));
const headerOf = (field: string) => headers.get(field) ?? field;
const kinds = codeReader<BuyerKind>(catalogs.id.Enums.buyerKind, { ritel: "RETAILER", horeka: "HOREKA", hotel: "HOREKA", restoran: "HOREKA" });
const volumes = codeReader<PurchaseVolumeBand>(catalogs.id.Enums.purchaseVolumeBand);
const certificates = codeReader<CertificateType>(catalogs.id.Enums.certificateType, { halal: "HALAL", bpom: "BPOM_MD" });

const buyerColumns = {
  id: true, name: true, kind: true, country: true, city: true, description: true, website: true, purchaseVolumeBand: true,
  requiredCertificates: true, exportDestinations: true, sourcingKbli: { select: { kbli: { select: { code: true } } } },
} as const;
type BuyerRow = Prisma.BuyerOrganizationGetPayload<{ select: typeof buyerColumns }>;

function currentValues({ id: _id, sourcingKbli, ...rest }: BuyerRow): RecordValues {
  return { ...rest, sourcingKbli: sourcingKbli.map((row) => row.kbli.code) };
}

const keyOf = (name: string, city: string) => `${normalizeName(name)}|${normalizeName(city)}`;

async function writeKbli(tx: DbClient, buyerId: string, codes: string[], kbli: Map<string, number>) {
  await tx.buyerKbli.deleteMany({ where: { buyerId } });
  if (codes.length) await tx.buyerKbli.createMany({ data: codes.map((code) => ({ buyerId, kbliId: kbli.get(code)! })) });
}

export async function prepareBuyers(db: DbClient): Promise<PreparedImport> {
  const kbli = new Map(
    (await db.kbli.findMany({ where: { version: KBLI_VERSION, level: "SUBCLASS" }, select: { id: true, code: true } })).map((row) => [row.code, row.id]),
  );
  return {
    async validate(sheet, mapping) {
      const rows: ValidRow[] = [];
      const errors: RowError[] = [];
      const firstByKey = new Map<string, number>();
      sheet.rows.forEach((cells, index) => {
        const row = sheet.rowNumbers[index]!;
        const raw = rawFields(cells, mapping);
        const report = rowErrors(sheet, mapping, headerOf, row);
        const read = <Code extends string>(field: string, reader: { read(raw: string): Code | undefined; allowed: string }, message: string) => {
          const text = raw[field] ?? "";
          if (text === "") return undefined;
          const code = reader.read(text);
          if (!code) report.add(field, message, { value: text, allowed: reader.allowed });
          return code;
        };
        const kind = read("kind", kinds, "ImportErrors.row.buyerKindUnknown");
        const volume = read("purchaseVolumeBand", volumes, "ImportErrors.row.volumeUnknown");
        const certificateCodes = splitList(raw.requiredCertificates ?? "").map((text) => {
          const code = certificates.read(text);
          if (!code) report.add("requiredCertificates", "ImportErrors.row.certificateUnknown", { value: text, allowed: certificates.allowed });
          return code ?? "";
        });
        const parsed = buyerProfileSchema.safeParse({
          name: raw.name ?? "",
          kind: kind ?? (raw.kind ? "-" : ""),
          country: (raw.country ?? "") === "" ? "ID" : raw.country,
          city: raw.city ?? "",
          description: raw.description,
          website: raw.website,
          purchaseVolumeBand: volume,
          requiredCertificates: certificateCodes.filter((code) => code !== ""),
          exportDestinations: splitList(raw.exportDestinations ?? "").map((code) => code.toUpperCase()),
          sourcingKbli: raw.sourcingKbli ?? "",
        });
        if (!parsed.success) report.addIssues(parsed.error.issues, new Set(kind || raw.kind ? ["kind"] : []));
        if (parsed.success) {
          for (const code of parsed.data.sourcingKbli) if (!kbli.has(code)) report.add("sourcingKbli", "ImportErrors.row.kbliUnknown", { value: code });
        }
        if (!raw.kind) report.add("kind", "ImportErrors.row.required");
        if (report.errors.length > 0 || !parsed.success) {
          errors.push(...report.errors);
          return;
        }
        const data = parsed.data;
        const matchKey = keyOf(data.name, data.city);
        const first = earlierRowWith(firstByKey, matchKey, row);
        if (first !== undefined) {
          report.add("name", "ImportErrors.row.duplicateInFile", { row: first });
          errors.push(...report.errors);
          return;
        }
        const values: RecordValues = {
          name: data.name, kind: data.kind, ...((raw.country ?? "") === "" ? {} : { country: data.country }), city: data.city,
          description: data.description, website: data.website, purchaseVolumeBand: data.purchaseVolumeBand,
          requiredCertificates: data.requiredCertificates, exportDestinations: data.exportDestinations, sourcingKbli: data.sourcingKbli,
        };
        rows.push({ index, row, values: withoutEmpty(values), matchKey, extra: {} });
      });
      return { rows, errors: errors.sort((a, b) => a.row - b.row) };
    },

    async match(client, rows, before) {
      const [all, imported] = await Promise.all([
        client.buyerOrganization.findMany({ select: { id: true, name: true, city: true, createdAt: true } }),
        client.importedRecord.findMany({ where: { kind: "buyers", matchKey: { in: rows.map((row) => row.matchKey) } }, select: { entityId: true, matchKey: true } }),
      ]);
      const byKey = new Map(all.map((buyer) => [keyOf(buyer.name, buyer.city), buyer.id]));
      const importedByKey = new Map(imported.map((record) => [record.matchKey, record.entityId]));
      const hits = new Map(rows.flatMap((row) => {
        const id = byKey.get(row.matchKey) ?? importedByKey.get(row.matchKey);
        return id ? [[row.index, id] as const] : [];
      }));
      const ids = [...new Set(hits.values())];
      const [records, lastImports] = await Promise.all([
        ids.length ? client.buyerOrganization.findMany({ where: { id: { in: ids } }, select: buyerColumns }) : [],
        ids.length ? client.importedRecord.findMany({ where: { kind: "buyers", entityId: { in: ids } }, select: { entityId: true, values: true } }) : [],
      ]);
      const recordIndex = new Map(records.map((record) => [record.id, record]));
      const lastIndex = new Map(lastImports.map((record) => [record.entityId, record.values as RecordValues]));
      const result = new Map<number, RowMatch>();
      for (const row of rows) {
        const record = recordIndex.get(hits.get(row.index) ?? "");
        if (record) {
          const existing: ExistingRecord = { id: record.id, name: record.name, reason: "name", current: currentValues(record), lastImport: lastIndex.get(record.id) ?? null };
          result.set(row.index, { existing });
          continue;
        }
        let best: { id: string; name: string; score: number } | null = null;
        for (const other of all) {
          if (other.createdAt >= before) continue;
          const score = nameSimilarity(String(row.values.name), other.name);
          if (score >= similarNameThreshold && (!best || score > best.score)) best = { id: other.id, name: other.name, score };
        }
        result.set(row.index, best ? { similar: { id: best.id, name: best.name } } : null);
      }
      return result;
    },

    async create(tx, rows) {
      const slugs = new Set((await tx.buyerOrganization.findMany({ select: { slug: true } })).map((row) => row.slug));
      const ids = new Map<number, string>();
      for (const row of rows) {
        const id = newId();
        ids.set(row.index, id);
        const slug = freeSlug(slugify(String(row.values.name), "pembeli"), slugs);
        const { sourcingKbli, ...values } = row.values;
        await tx.buyerOrganization.create({ data: { ...(values as unknown as Omit<Prisma.BuyerOrganizationCreateInput, "slug">), id, slug }, select: { id: true } });
        await writeKbli(tx, id, (sourcingKbli as string[] | undefined) ?? [], kbli);
      }
      return ids;
    },

    async update(tx, id, changes) {
      const { sourcingKbli, ...values } = changes;
      if (Object.keys(values).length) await tx.buyerOrganization.update({ where: { id }, data: values as Prisma.BuyerOrganizationUpdateInput, select: { id: true } });
      if (sourcingKbli !== undefined) await writeKbli(tx, id, sourcingKbli as string[], kbli);
    },
  };
}
