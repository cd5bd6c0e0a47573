// What the consortium pages show: the staff board's proposals per demand, one for the edit page
// with its candidates, a member SME's consortia (the others named only once approved) and a
// buyer's approved consortia as one offer. Each member with its share, capacity, valid
// certificates and the price range of its published products.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CertificateType } from "@/lib/generated/prisma/enums";
import type { Explanation } from "@/lib/matching/engine/explain";
import { consortiumCandidates } from "./curation";

const enterpriseSelect = { id: true, legalName: true, brandName: true, slug: true } as const;

const consortiumSelect = {
  id: true,
  eventId: true,
  rank: true,
  score: true,
  status: true,
  edited: true,
  quantityPerMonth: true,
  unit: true,
  combinedCapacity: true,
  productLine: true,
  explanation: true,
  buyerResponse: true,
  leadEnterpriseId: true,
  buyer: { select: { id: true, name: true } },
  sourcingRequest: { select: { id: true, title: true } },
  meetingRequest: { select: { id: true, createdAt: true } },
  members: { select: { enterpriseId: true, share: true, capacity: true, pairScore: true, response: true, enterprise: { select: enterpriseSelect } }, orderBy: [{ share: "desc" }, { enterpriseId: "asc" }] },
} as const satisfies Prisma.ConsortiumSelect;

type Row = Prisma.ConsortiumGetPayload<{ select: typeof consortiumSelect }>;

export interface MemberDetails {
  certificates: CertificateType[];
  priceMin: number | null;
  priceMax: number | null;
}

export type ConsortiumView = Omit<Row, "explanation" | "members"> & {
  explanation: Explanation[];
  members: (Row["members"][number] & MemberDetails & { lead: boolean })[];
};

/** Valid certificates and the published products' price range of each enterprise. */
async function memberDetails(ids: string[], now = new Date()): Promise<Map<string, MemberDetails>> {
  if (ids.length === 0) return new Map();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const [certificates, prices] = await Promise.all([
    db.certificate.findMany({ where: { enterpriseId: { in: ids }, OR: [{ expiresAt: null }, { expiresAt: { gte: today } }] }, select: { enterpriseId: true, type: true } }),
    db.product.groupBy({ by: ["enterpriseId"], where: { enterpriseId: { in: ids }, status: "PUBLISHED" }, _min: { priceMinRupiah: true }, _max: { priceMaxRupiah: true } }),
  ]);
  const details = new Map<string, MemberDetails>(ids.map((id) => [id, { certificates: [], priceMin: null, priceMax: null }]));
  for (const certificate of certificates) {
    const entry = details.get(certificate.enterpriseId)!;
    if (!entry.certificates.includes(certificate.type)) entry.certificates.push(certificate.type);
  }
  for (const price of prices) {
    const entry = details.get(price.enterpriseId)!;
    entry.priceMin = price._min.priceMinRupiah === null ? null : Number(price._min.priceMinRupiah);
    entry.priceMax = price._max.priceMaxRupiah === null ? null : Number(price._max.priceMaxRupiah);
  }
  for (const entry of details.values()) entry.certificates.sort();
  return details;
}

async function views(rows: Row[]): Promise<ConsortiumView[]> {
  const details = await memberDetails([...new Set(rows.flatMap((row) => row.members.map((member) => member.enterpriseId)))]);
  return rows.map((row) => ({
    ...row,
    explanation: row.explanation as unknown as Explanation[],
    members: row.members.map((member) => ({ ...member, ...details.get(member.enterpriseId)!, lead: member.enterpriseId === row.leadEnterpriseId })),
  }));
}

/** The board's proposals for an event (or the city when null), by demand then rank. */
export async function listBoardConsortia(eventId: string | null, take = 60): Promise<ConsortiumView[]> {
  const rows = await db.consortium.findMany({ where: { eventId }, select: consortiumSelect, orderBy: [{ buyerId: "asc" }, { sourcingRequestId: "asc" }, { rank: "asc" }], take });
  return views(rows);
}

/** One consortium for staff's edit page, with the candidates staff may pick from. */
export async function consortiumForEdit(id: string) {
  const row = await db.consortium.findUnique({ where: { id }, select: consortiumSelect });
  if (!row) return null;
  const [view] = await views([row]);
  const candidates = await db.$transaction((tx) => consortiumCandidates(tx, id), { timeout: 60_000 }).catch(() => []);
  const names = await db.enterprise.findMany({ where: { id: { in: candidates.map((candidate) => candidate.id) } }, select: enterpriseSelect });
  const byId = new Map(names.map((item) => [item.id, item]));
  return { consortium: view!, candidates: candidates.map((candidate) => ({ ...candidate, enterprise: byId.get(candidate.id)! })) };
}

/** A member SME's consortia (not vetoed). The other members are left out until staff approve. */
export async function listSmeConsortia(enterpriseId: string): Promise<ConsortiumView[]> {
  const rows = await db.consortium.findMany({ where: { status: { not: "VETOED" }, members: { some: { enterpriseId } } }, select: consortiumSelect, orderBy: [{ createdAt: "desc" }], take: 50 });
  const shown = rows.map((row) => (row.status === "APPROVED" ? row : { ...row, members: row.members.filter((member) => member.enterpriseId === enterpriseId) }));
  return views(shown);
}

/** A buyer's approved consortia, each one offer. */
export async function listBuyerConsortia(buyerId: string): Promise<ConsortiumView[]> {
  const rows = await db.consortium.findMany({ where: { buyerId, status: "APPROVED" }, select: consortiumSelect, orderBy: [{ createdAt: "desc" }], take: 50 });
  return views(rows);
}
