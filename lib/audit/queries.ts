// Reads of the audit log for the admins' viewer and its CSV download: newest first, by the
// filters of lib/audit/filters.ts. The table's indexes serve each filter ((action, createdAt),
// (entityType, entityId), (actorId, createdAt) and createdAt); the actor's email is matched on
// the User table, which is small next to the log.
import "server-only";
import { db } from "@/lib/db";
import { periodBounds } from "@/lib/forms/period";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import type { AuditFilters } from "./filters";

const auditRowSelect = {
  id: true,
  createdAt: true,
  action: true,
  entityType: true,
  entityId: true,
  data: true,
  ip: true,
  actor: { select: { name: true, email: true } },
} satisfies Prisma.AuditLogSelect;

export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditRowSelect }>;

// Ties in createdAt (one transaction writes several rows) are broken by id, so pages and the
// download's batches never skip or repeat a row.
const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.AuditLogOrderByWithRelationInput[];

export const auditPageSize = 50;
/** The most rows one download holds; the page and the file both say so when a filter matches more. */
export const auditExportCap = 50_000;

function whereOf(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const { start, end } = periodBounds(filters);
  return {
    ...(filters.actor ? { actor: { email: { contains: filters.actor, mode: "insensitive" } } } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(start || end ? { createdAt: { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) } } : {}),
  };
}

export async function listAuditLog({ filters, page, pageSize = auditPageSize }: { filters: AuditFilters; page: number; pageSize?: number }): Promise<Paginated<AuditRow>> {
  const where = whereOf(filters);
  const [items, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: newestFirst, ...pageWindow(page, pageSize), select: auditRowSelect }),
    db.auditLog.count({ where }),
  ]);
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}

/** The entity types present in the log, for the filter's select. */
export async function listAuditEntityTypes(): Promise<string[]> {
  const groups = await db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } });
  return groups.map((group) => group.entityType);
}

/**
 * The filtered rows newest first, a batch at a time (keyset on createdAt and id: every batch is
 * one index range read, however deep), at most `limit` rows in all.
 */
export async function* auditLogBatches(filters: AuditFilters, limit: number, batchSize = 2000): AsyncGenerator<AuditRow[]> {
  const where = whereOf(filters);
  let last: Pick<AuditRow, "createdAt" | "id"> | null = null;
  let remaining = limit;
  while (remaining > 0) {
    const after: Prisma.AuditLogWhereInput = last
      ? { OR: [{ createdAt: { lt: last.createdAt } }, { createdAt: last.createdAt, id: { lt: last.id } }] }
      : {};
    const take = Math.min(batchSize, remaining);
    const rows = await db.auditLog.findMany({ where: { AND: [where, after] }, orderBy: newestFirst, take, select: auditRowSelect });
    if (rows.length > 0) yield rows;
    if (rows.length < take) return;
    remaining -= rows.length;
    last = rows[rows.length - 1]!;
  }
}
