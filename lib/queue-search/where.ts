// The staff queues' search as Prisma where-clauses: one for an enterprise (name, NIB, email of
// the business or of its owner; kecamatan; KBLI division of its main line), used directly by the
// curation queue and through a relation by the certificates queue and an event's participants.
// Pure: builds objects, runs nothing.
import { periodBounds } from "@/lib/forms/period";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueueSearch } from "./search";

const containing = (q: string) => ({ contains: q, mode: "insensitive" as const });

/** Name, NIB or email matches of an enterprise. */
export function enterpriseTextWhere(q: string): Prisma.EnterpriseWhereInput {
  return {
    OR: [
      { legalName: containing(q) },
      { brandName: containing(q) },
      { nib: { contains: q.replace(/\s+/g, "") } },
      { email: containing(q) },
      { owner: { email: containing(q) } },
    ],
  };
}

/** The search's enterprise part; null when it names no enterprise field. */
export function enterpriseSearchWhere(search: Pick<QueueSearch, "q" | "kecamatan" | "kbli">): Prisma.EnterpriseWhereInput | null {
  const parts: Prisma.EnterpriseWhereInput[] = [];
  if (search.q) parts.push(enterpriseTextWhere(search.q));
  if (search.kecamatan) parts.push({ kecamatanCode: search.kecamatan });
  if (search.kbli) parts.push({ primaryKbli: { code: { startsWith: search.kbli } } });
  return parts.length === 0 ? null : { AND: parts };
}

/** The period as a filter on one date column (whole WIB days, both ends included). */
export function periodWhere(search: Pick<QueueSearch, "from" | "to">): Prisma.DateTimeFilter | null {
  const { start, end } = periodBounds(search);
  if (!start && !end) return null;
  return { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) };
}

/** "lama": oldest first; "baru": newest first. */
export function sortDirection(search: Pick<QueueSearch, "sort">): "asc" | "desc" {
  return search.sort === "baru" ? "desc" : "asc";
}
