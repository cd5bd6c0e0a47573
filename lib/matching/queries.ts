// Reads of matches: the staff board of one event (filtered, sorted, paginated), one match with its
// full explanation, the people who can be matched by hand, the last generation's report, and
// each side's approved matches (an SME sees its enterprise's, a buyer its organisation's).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import type { BoardFilter } from "./engine/schemas";

export const boardPageSize = 20;

const eventSelect = { id: true, slug: true, title: true, startsAt: true, endsAt: true, status: true, matchWeights: true } satisfies Prisma.EventSelect;
export type BoardEvent = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

/**
 * The events staff can pick on the board, newest first: every event not cancelled (a city runs
 * tens a year, not thousands), or those whose title or address contains the search.
 */
export async function listBoardEvents(search = ""): Promise<BoardEvent[]> {
  const contains = { contains: search.trim(), mode: "insensitive" as const };
  const where: Prisma.EventWhereInput = { status: { not: "CANCELLED" }, ...(contains.contains ? { OR: [{ title: contains }, { slug: contains }] } : {}) };
  return db.event.findMany({ where, select: eventSelect, orderBy: { startsAt: "desc" } });
}

/** The event named by its slug; without one, the next upcoming event, else the latest. */
export async function resolveBoardEvent(slug: string | undefined, now: Date = new Date()): Promise<BoardEvent | null> {
  if (slug) return db.event.findUnique({ where: { slug }, select: eventSelect });
  const upcoming = await db.event.findFirst({ where: { status: { in: ["PUBLISHED", "DRAFT"] }, endsAt: { gte: now } }, select: eventSelect, orderBy: { startsAt: "asc" } });
  return upcoming ?? db.event.findFirst({ where: { status: { not: "CANCELLED" } }, select: eventSelect, orderBy: { startsAt: "desc" } });
}

const rowSelect = {
  id: true,
  score: true,
  components: true,
  status: true,
  pinned: true,
  manual: true,
  smeResponse: true,
  buyerResponse: true,
  staffNote: true,
  enterprise: { select: { id: true, slug: true, brandName: true, legalName: true } },
  buyer: { select: { id: true, name: true, kind: true, country: true, city: true } },
  sourcingRequest: { select: { id: true, title: true } },
  meetings: { select: { id: true, status: true }, orderBy: { createdAt: "asc" }, take: 1 },
} satisfies Prisma.MatchSelect;
export type BoardMatch = Prisma.MatchGetPayload<{ select: typeof rowSelect }>;

/** Both sides accepted and no meeting request exists yet: what "send all ready" sends. */
const unsentWhere = { status: "APPROVED", smeResponse: "ACCEPTED", buyerResponse: "ACCEPTED", meetings: { none: {} } } satisfies Prisma.MatchWhereInput;

/**
 * Ready for the scheduler: approved, and its meeting request waits for a slot (both sides
 * accepted, which requests the meeting at once, or staff sent it), or both accepted and the
 * request is still to be sent.
 */
const readyWhere = { status: "APPROVED", OR: [{ meetings: { some: { status: "ACCEPTED" } } }, { smeResponse: "ACCEPTED", buyerResponse: "ACCEPTED", meetings: { none: {} } }] } satisfies Prisma.MatchWhereInput;

/**
 * Suggestions staff have still to approve or veto, in events whose board is editable (draft or
 * published): the board's "SUGGESTED" filter of each such event, summed by the staff desk.
 */
export const matchesToReviewWhere = {
  status: "SUGGESTED",
  event: { status: { in: ["PUBLISHED", "DRAFT"] } },
} satisfies Prisma.MatchWhereInput;

function boardWhere(eventId: string, filter: BoardFilter): Prisma.MatchWhereInput {
  const where: Prisma.MatchWhereInput = { eventId };
  if (filter.status === "pinned") where.pinned = true;
  else if (filter.status === "ready") where.AND = [readyWhere];
  else if (filter.status !== "all") where.status = filter.status;
  if (filter.minScore > 0) where.score = { gte: filter.minScore };
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" as const };
    where.OR = [{ enterprise: { brandName: contains } }, { enterprise: { legalName: contains } }, { buyer: { name: contains } }];
  }
  return where;
}

export async function listBoardMatches(eventId: string, filter: BoardFilter, page: number, pageSize?: number): Promise<Paginated<BoardMatch>> {
  const size = clampPageSize(pageSize, boardPageSize);
  const where = boardWhere(eventId, filter);
  const orderBy: Prisma.MatchOrderByWithRelationInput[] =
    filter.sort === "name"
      ? [{ enterprise: { brandName: { sort: "asc", nulls: "last" } } }, { enterprise: { legalName: "asc" } }, { buyer: { name: "asc" } }, { id: "asc" }]
      : [{ pinned: "desc" }, { score: "desc" }, { id: "asc" }];
  const [items, total] = await Promise.all([db.match.findMany({ where, select: rowSelect, orderBy, ...pageWindow(page, size) }), db.match.count({ where })]);
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
}

export interface BoardSummary {
  SUGGESTED: number;
  APPROVED: number;
  VETOED: number;
  /** Waiting for the scheduler (see readyWhere). */
  ready: number;
  /** Both sides accepted, no meeting request yet: what "send all ready" would send. */
  unsent: number;
  meetings: number;
}

export async function boardSummary(eventId: string): Promise<BoardSummary> {
  const [groups, ready, unsent, meetings] = await Promise.all([
    db.match.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } }),
    db.match.count({ where: { eventId, ...readyWhere } }),
    db.match.count({ where: { eventId, ...unsentWhere } }),
    db.meeting.count({ where: { eventId } }),
  ]);
  const summary: BoardSummary = { SUGGESTED: 0, APPROVED: 0, VETOED: 0, ready, unsent, meetings };
  for (const group of groups) summary[group.status] = group._count._all;
  return summary;
}

export interface GenerationReport {
  at: Date;
  by: string | null;
  created: number;
  updated: number;
  removed: number;
  kept: number;
  suppliers: number;
  demands: number;
  pairsScored: number;
}

/** What the last "generate" for the event did, from its audit row. */
export async function lastGeneration(eventId: string): Promise<GenerationReport | null> {
  const row = await db.auditLog.findFirst({
    where: { action: "match.generate", entityType: "Event", entityId: eventId },
    select: { createdAt: true, data: true, actor: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  if (!row) return null;
  const data = (row.data ?? {}) as Record<string, unknown>;
  const count = (key: string) => (typeof data[key] === "number" ? (data[key] as number) : 0);
  return {
    at: row.createdAt,
    by: row.actor?.name ?? null,
    created: count("created"),
    updated: count("updated"),
    removed: count("removed"),
    kept: count("kept"),
    suppliers: count("suppliers"),
    demands: count("demands"),
    pairsScored: count("pairsScored"),
  };
}

export async function getMatchForStaff(id: string) {
  return db.match.findUnique({ where: { id }, select: { ...rowSelect, createdAt: true, updatedAt: true, event: { select: eventSelect } } });
}
export type StaffMatch = NonNullable<Awaited<ReturnType<typeof getMatchForStaff>>>;

/** The event's approved participants, for adding a match by hand. */
export async function manualCandidates(eventId: string) {
  const participants = await db.eventParticipant.findMany({
    where: { eventId, status: "APPROVED", kind: { in: ["SME", "BUYER"] } },
    select: { id: true, kind: true, enterprise: { select: { brandName: true, legalName: true } }, buyer: { select: { name: true } } },
  });
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, "id");
  return {
    smes: participants
      .filter((participant) => participant.kind === "SME" && participant.enterprise)
      .map((participant) => ({ value: participant.id, label: participant.enterprise!.brandName ?? participant.enterprise!.legalName }))
      .sort(byName),
    buyers: participants
      .filter((participant) => participant.kind === "BUYER" && participant.buyer)
      .map((participant) => ({ value: participant.id, label: participant.buyer!.name }))
      .sort(byName),
  };
}

const ownSelect = {
  id: true,
  score: true,
  components: true,
  smeResponse: true,
  buyerResponse: true,
  event: { select: { slug: true, title: true, startsAt: true, venue: true, status: true } },
  enterprise: { select: { slug: true, brandName: true, legalName: true } },
  buyer: { select: { name: true, kind: true, city: true, country: true } },
  sourcingRequest: { select: { title: true } },
  meetings: { select: { status: true, startsAt: true, tableNumber: true }, orderBy: { createdAt: "asc" }, take: 1 },
} satisfies Prisma.MatchSelect;
export type OwnMatch = Prisma.MatchGetPayload<{ select: typeof ownSelect }>;

/**
 * The matches a side is shown: staff approved them, in an event. Suggestions, vetoed matches and
 * city-wide runs are staff's working material (the personal-data download uses this too).
 */
export function ownMatchesWhere(side: "sme" | "buyer", ownerId: string): Prisma.MatchWhereInput {
  return { status: "APPROVED", eventId: { not: null }, ...(side === "sme" ? { enterpriseId: ownerId } : { buyerId: ownerId }) };
}

/** The approved matches of the caller's enterprise (side "sme") or organisation (side "buyer"). */
export async function listOwnMatches(side: "sme" | "buyer", ownerId: string, page: number, pageSize?: number): Promise<Paginated<OwnMatch>> {
  const size = clampPageSize(pageSize, boardPageSize);
  const where = ownMatchesWhere(side, ownerId);
  const [items, total] = await Promise.all([
    db.match.findMany({ where, select: ownSelect, orderBy: [{ event: { startsAt: "desc" } }, { score: "desc" }, { id: "asc" }], ...pageWindow(page, size) }),
    db.match.count({ where }),
  ]);
  return { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
}
