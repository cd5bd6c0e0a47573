// The sentra page's pooled supply: the published members' combined monthly capacity per product
// line (primary KBLI subclass and capacity unit; the capacity each shows on its public page), and
// the approved consortia the sentra's IKM belong to. A consortium's member is named only when it
// is published in the catalog and has itself accepted the consortium (its consent to supply, and
// be known to supply, within it); the buyer is never named, since buyers are not public.
import "server-only";
import { db } from "@/lib/db";
import { publishedEnterpriseWhere } from "@/lib/catalog/visibility";

export interface SentraCapacityLine {
  code: string;
  nameId: string;
  nameEn: string | null;
  unit: string;
  capacity: number;
  members: number;
}

export async function sentraCapacity(sentraId: string): Promise<SentraCapacityLine[]> {
  const rows = await db.enterprise.groupBy({
    by: ["primaryKbliId", "capacityUnit"],
    where: { sentraId, ...publishedEnterpriseWhere, monthlyCapacity: { not: null }, capacityUnit: { not: null }, primaryKbliId: { not: null } },
    _sum: { monthlyCapacity: true },
    _count: { _all: true },
  });
  const kbli = await db.kbli.findMany({ where: { id: { in: rows.map((row) => row.primaryKbliId!) } }, select: { id: true, code: true, nameId: true, nameEn: true } });
  const byId = new Map(kbli.map((item) => [item.id, item]));
  return rows
    .map((row) => {
      const line = byId.get(row.primaryKbliId!)!;
      return { code: line.code, nameId: line.nameId, nameEn: line.nameEn, unit: row.capacityUnit!, capacity: Number(row._sum.monthlyCapacity ?? 0), members: row._count._all };
    })
    .sort((a, b) => a.code.localeCompare(b.code) || a.unit.localeCompare(b.unit));
}

export interface SentraConsortium {
  id: string;
  productLine: string;
  quantityPerMonth: number;
  unit: string;
  memberCount: number;
  /** Published members who accepted, with their public page's slug. */
  shown: { slug: string; name: string }[];
}

/** Approved consortia with at least one of the sentra's IKM among the members who accepted. */
export async function sentraConsortia(sentraId: string, take = 20): Promise<SentraConsortium[]> {
  const accepted = { response: "ACCEPTED", enterprise: { ...publishedEnterpriseWhere } } as const;
  const rows = await db.consortium.findMany({
    where: { status: "APPROVED", members: { some: { ...accepted, enterprise: { ...publishedEnterpriseWhere, sentraId } } } },
    select: {
      id: true,
      productLine: true,
      quantityPerMonth: true,
      unit: true,
      _count: { select: { members: true } },
      members: { where: accepted, select: { enterprise: { select: { slug: true, brandName: true, legalName: true } } }, orderBy: { share: "desc" } },
    },
    orderBy: [{ updatedAt: "desc" }],
    take,
  });
  return rows.map((row) => ({
    id: row.id,
    productLine: row.productLine,
    quantityPerMonth: row.quantityPerMonth,
    unit: row.unit,
    memberCount: row._count.members,
    shown: row.members.map((member) => ({ slug: member.enterprise.slug, name: member.enterprise.brandName?.trim() || member.enterprise.legalName })),
  }));
}
