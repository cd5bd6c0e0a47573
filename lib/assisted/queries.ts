// Reads of assisted mode: the enterprises staff registered on behalf of their owners.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurationStatus, UserStatus } from "@/lib/generated/prisma/enums";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

const rowSelect = {
  id: true,
  legalName: true,
  brandName: true,
  status: true,
  assistedAt: true,
  kecamatan: { select: { name: true } },
  assistedBy: { select: { name: true } },
  owner: { select: { name: true, email: true, status: true, emailVerifiedAt: true } },
} satisfies Prisma.EnterpriseSelect;

export type OwnerAccountState =
  | { kind: "invited" }
  | { kind: "takenOver"; at: Date | null }
  | { kind: "deactivated" }
  | { kind: "none" };

export interface AssistedEnterpriseRow {
  id: string;
  legalName: string;
  brandName: string | null;
  status: CurationStatus;
  kecamatanName: string;
  assistedAt: Date;
  assistedByName: string | null;
  owner: { name: string; email: string } | null;
  ownerState: OwnerAccountState;
}

function ownerState(owner: { status: UserStatus; emailVerifiedAt: Date | null } | null, takenOverAt: Date | undefined): OwnerAccountState {
  if (!owner) return { kind: "none" };
  if (owner.status === "INVITED") return { kind: "invited" };
  if (owner.status === "DEACTIVATED") return { kind: "deactivated" };
  // The takeover audit row is the record; accounts accepted before it existed fall back to the
  // moment the address was verified, which accepting the invitation sets.
  return { kind: "takenOver", at: takenOverAt ?? owner.emailVerifiedAt };
}

/** Assisted enterprises, newest first, optionally searched by legal or brand name. */
export async function listAssistedEnterprises({
  q,
  page,
  pageSize = 20,
}: {
  q?: string;
  page: number;
  pageSize?: number;
}): Promise<Paginated<AssistedEnterpriseRow>> {
  const where: Prisma.EnterpriseWhereInput = {
    assistedAt: { not: null },
    ...(q ? { OR: [{ legalName: { contains: q, mode: "insensitive" } }, { brandName: { contains: q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.enterprise.findMany({ where, orderBy: [{ assistedAt: "desc" }, { id: "asc" }], ...pageWindow(page, pageSize), select: rowSelect }),
    db.enterprise.count({ where }),
  ]);
  // One query for the page's takeover dates, not one per row.
  const takeovers = await db.auditLog.findMany({
    where: { action: "enterprise.takeover", entityType: "Enterprise", entityId: { in: rows.map((row) => row.id) } },
    orderBy: { createdAt: "asc" },
    select: { entityId: true, createdAt: true },
  });
  const takenOverAt = new Map(takeovers.map((row) => [row.entityId, row.createdAt]));
  const items = rows.map((row) => ({
    id: row.id,
    legalName: row.legalName,
    brandName: row.brandName,
    status: row.status,
    kecamatanName: row.kecamatan.name,
    assistedAt: row.assistedAt ?? new Date(0),
    assistedByName: row.assistedBy?.name ?? null,
    owner: row.owner ? { name: row.owner.name, email: row.owner.email } : null,
    ownerState: ownerState(row.owner, takenOverAt.get(row.id)),
  }));
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}
