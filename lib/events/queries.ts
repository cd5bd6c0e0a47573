import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { isCatalogSlug } from "@/lib/catalog/slug";
import { attendedWhere } from "./attendance";

/** What lists and cards of events show; other reads of events extend it. */
export const eventSummarySelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  quarter: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  status: true,
} satisfies Prisma.EventSelect;

export type EventSummary = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }>;

/** An event's own page: the summary with the description, address and capacities. */
export const eventDetailSelect = {
  ...eventSummarySelect,
  description: true,
  venueAddress: true,
  capacitySme: true,
  capacityBuyer: true,
  capacityPartner: true,
} satisfies Prisma.EventSelect;

export type EventDetail = Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;

/** Events the public may see. Drafts and cancelled events stay with the staff. */
const publicStatuses = ["PUBLISHED", "COMPLETED"] as const;

/** The next published event that has not ended yet, or null. */
export async function getNextUpcomingEvent(now: Date = new Date()): Promise<EventSummary | null> {
  return db.event.findFirst({
    where: { status: "PUBLISHED", endsAt: { gt: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: eventSummarySelect,
  });
}

/** More than a year of quarterly events ahead is not expected; the list stays bounded. */
const upcomingLimit = 24;

export type EventListing = { ongoing: EventSummary[]; upcoming: EventSummary[]; past: Paginated<EventSummary> };

/**
 * Events in progress (begun, not ended), upcoming events (not begun; soonest first, all of them)
 * and past events (latest first, paginated). The first two are listed only on page 1, so the
 * page number pages the past.
 */
export async function listEvents({ page, pageSize = 10, now = new Date() }: { page: number; pageSize?: number; now?: Date }): Promise<EventListing> {
  const pastWhere = {
    status: { in: [...publicStatuses] },
    endsAt: { lte: now },
  } satisfies Prisma.EventWhereInput;
  const [current, pastItems, pastTotal] = await Promise.all([
    page === 1
      ? db.event.findMany({
          where: { status: "PUBLISHED", endsAt: { gt: now } },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          take: upcomingLimit,
          select: eventSummarySelect,
        })
      : Promise.resolve([]),
    db.event.findMany({
      where: pastWhere,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
      select: eventSummarySelect,
    }),
    db.event.count({ where: pastWhere }),
  ]);
  return {
    ongoing: current.filter((event) => event.startsAt <= now),
    upcoming: current.filter((event) => event.startsAt > now),
    past: { items: pastItems, total: pastTotal, page, pageSize, pageCount: pageCountOf(pastTotal, pageSize) },
  };
}

/** A published or completed event by its slug; null for drafts, cancelled and unknown slugs. */
export async function getEventBySlug(slug: string): Promise<EventDetail | null> {
  // A segment that cannot be a slug (a NUL byte, a path trick) never reaches the database.
  if (!isCatalogSlug(slug)) return null;
  return db.event.findFirst({
    where: { slug, status: { in: [...publicStatuses] } },
    select: eventDetailSelect,
  });
}

export type EventResults = { meetingsHeld: number; dealsRecorded: number; dealValueRupiah: bigint };

/** Outcomes that commit money: a purchase order or a closed deal. */
export const dealOutcomes = ["DEAL", "PURCHASE_ORDER"] as const;

/** What a completed event achieved: meetings held (attended, as the event report counts them) and the deals recorded from them. */
export async function getEventResults(eventId: string): Promise<EventResults> {
  const [meetingsHeld, deals] = await Promise.all([
    db.meeting.count({ where: { eventId, status: "HELD", ...attendedWhere } }),
    db.meeting.aggregate({
      where: { eventId, status: "HELD", outcome: { in: [...dealOutcomes] }, ...attendedWhere },
      _count: { _all: true },
      _sum: { dealValueRupiah: true },
    }),
  ]);
  return {
    meetingsHeld,
    dealsRecorded: deals._count._all,
    dealValueRupiah: deals._sum.dealValueRupiah ?? 0n,
  };
}
