// Writes of the SME import, in the caller's chunk transaction: new enterprises as assisted
// profiles (the existing assisted mode: an INVITED owner when the row has an email, flagged as
// assisted by the staff member who imported), and updates of existing ones field by field.
import "server-only";
import { randomBytes } from "node:crypto";
import { slugify } from "@/lib/account-lifecycle/slug";
import { takeoverJob } from "@/lib/assisted/takeover-job";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/queue";
import { insertRows } from "./bulk-insert";
import type { RecordValues, ValidRow } from "./plan";

export interface WriteContext {
  batchId: string;
  actor: { id: string; name: string } | null;
  /** Who the takeover email says registered the enterprise (the office's name for the command line). */
  staffName: string;
  targetStatus: "DRAFT" | "SUBMITTED";
  now: Date;
  /** Slugs in use, loaded once per run and kept up to date as enterprises are created. */
  slugs: Set<string>;
}

/**
 * `base`, or `base-2`, `base-3`... as firstFreeSlug (lib/account-lifecycle/slug.ts) picks them,
 * against the run's own set (firstFreeSlug copies its list on every call: quadratic over 20,000 rows); the slug is added to it.
 */
export function freeSlug(base: string, slugs: Set<string>): string {
  let slug = base;
  for (let n = 2; slugs.has(slug); n += 1) slug = `${base}-${n}`;
  slugs.add(slug);
  return slug;
}

/** Record ids in the app's shape (lower-case letters and digits), made here so a whole chunk is inserted at once. */
export const newId = () => `i${randomBytes(12).toString("hex")}`;

const bigint = (value: RecordValues[string]) => (typeof value === "string" ? BigInt(value) : null);

/** The import's values as Enterprise columns (only the keys present). */
function enterpriseData(values: RecordValues): Prisma.EnterpriseUncheckedUpdateInput {
  const data: Record<string, unknown> = { ...values };
  if ("capitalRupiah" in values) data.capitalRupiah = bigint(values.capitalRupiah);
  if ("annualSalesRupiah" in values) data.annualSalesRupiah = bigint(values.annualSalesRupiah);
  return data as Prisma.EnterpriseUncheckedUpdateInput;
}

const enterpriseColumns = [
  "id", "slug", "ownerId", "legalName", "brandName", "legalForm", "nib", "scale", "yearFounded", "workforce", "capitalRupiah",
  "annualSalesRupiah", "address", "kecamatanCode", "kelurahanCode", "sentraId", "primaryKbliId", "monthlyCapacity", "installedCapacity",
  "capacityUnit", "rawMaterials", "electricityKwhPerMonth", "fuelPerMonth", "fuelUnit", "gasPerMonth", "gasUnit", "exportCountries",
  "salesChannels", "targetBuyerKinds", "phone", "whatsapp", "email", "assistedById", "assistedAt", "status", "createdAt", "updatedAt",
] as const;
const userColumns = ["id", "email", "name", "role", "status", "locale", "createdAt", "updatedAt"] as const;
export const auditColumns = ["actorId", "action", "entityType", "entityId", "data", "createdAt"] as const;

type Row = Record<string, RecordValues[string] | Record<string, string | number | boolean | null>>;

/** Every column of the list, null where the row has no value. */
function complete(columns: readonly string[], values: Row): Row {
  return Object.fromEntries(columns.map((column) => [column, values[column] ?? null]));
}

export async function createSmes(tx: DbClient, rows: ValidRow[], context: WriteContext): Promise<Map<number, string>> {
  const emails = rows.flatMap((row) => (typeof row.values.email === "string" ? [row.values.email] : []));
  const taken = new Set(
    emails.length ? (await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((user) => user.email) : [],
  );
  const now = context.now.toISOString();
  const owners: Row[] = [];
  const enterprises: Row[] = [];
  const audits: Row[] = [];
  const ids = new Map<number, string>();
  const actorId = context.actor?.id ?? null;
  for (const row of rows) {
    const id = newId();
    const email = typeof row.values.email === "string" && !taken.has(row.values.email) ? row.values.email : null;
    let ownerId: string | null = null;
    if (email) {
      taken.add(email);
      ownerId = newId();
      const name = row.extra.ownerName && row.extra.ownerName.length >= 2 ? row.extra.ownerName : String(row.values.legalName).slice(0, 100);
      owners.push({ id: ownerId, email, name, role: "SME", status: "INVITED", locale: "id", createdAt: now, updatedAt: now });
      audits.push({ actorId, action: "user.invite", entityType: "User", entityId: ownerId, data: { role: "SME", enterpriseId: id, assisted: true, resent: false, importBatchId: context.batchId }, createdAt: now });
    }
    enterprises.push(
      complete(enterpriseColumns, {
        legalForm: "PERORANGAN",
        exportCountries: [],
        ...row.values,
        id,
        slug: freeSlug(slugify(String(row.values.legalName)), context.slugs),
        ownerId,
        salesChannels: [],
        targetBuyerKinds: [],
        status: context.targetStatus,
        assistedById: actorId,
        assistedAt: now,
        createdAt: now,
        updatedAt: now,
      }),
    );
    audits.push({ actorId, action: "enterprise.assisted-create", entityType: "Enterprise", entityId: id, data: { ownerId, importBatchId: context.batchId, row: row.row }, createdAt: now });
    ids.set(row.index, id);
  }
  await insertRows(tx, "User", userColumns, owners as Parameters<typeof insertRows>[3]);
  await insertRows(tx, "Enterprise", enterpriseColumns, enterprises as Parameters<typeof insertRows>[3]);
  await insertRows(tx, "AuditLog", auditColumns, audits as Parameters<typeof insertRows>[3]);
  if (owners.length) await enqueue(tx, owners.map((owner) => takeoverJob(String(owner.id), context.staffName)));
  return ids;
}

export async function updateSme(tx: DbClient, id: string, changes: RecordValues): Promise<void> {
  await tx.enterprise.update({ where: { id }, data: { ...enterpriseData(changes), version: { increment: 1 } }, select: { id: true } });
}
