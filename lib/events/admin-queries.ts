// Staff's reads of events: the list by tab, one event with its sessions and registration counts,
// the participants of one kind with what staff decide by, and the home page's task count.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipantKind, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import type { QueueSearch } from "@/lib/queue-search/search";
import { enterpriseSearchWhere, enterpriseTextWhere, periodWhere } from "@/lib/queue-search/where";
import { eventDetailSelect, eventSummarySelect } from "./queries";
import { eventSlots } from "./slots";

export const staffEventTabs = ["upcoming", "drafts", "past"] as const;
export type StaffEventTab = (typeof staffEventTabs)[number];

export function parseStaffEventTab(value: string | string[] | undefined): StaffEventTab {
  const raw = Array.isArray(value) ? value[0] : value;
  return (staffEventTabs as readonly string[]).includes(raw ?? "") ? (raw as StaffEventTab) : "upcoming";
}

const staffEventSummarySelect = {
  ...eventSummarySelect,
  _count: { select: { participants: { where: { status: "APPLIED" } } } },
} satisfies Prisma.EventSelect;

export type StaffEventSummary = Prisma.EventGetPayload<{ select: typeof staffEventSummarySelect }>;

function tabWhere(tab: StaffEventTab, now: Date): Prisma.EventWhereInput {
  if (tab === "drafts") return { status: "DRAFT" };
  if (tab === "upcoming") return { status: "PUBLISHED", endsAt: { gt: now } };
  return { OR: [{ status: { in: ["COMPLETED", "CANCELLED"] } }, { status: "PUBLISHED", endsAt: { lte: now } }] };
}

/** Events of a tab: upcoming soonest first, drafts and past latest first; paginated. */
export async function listStaffEvents({ tab, page, pageSize = 20, now = new Date() }: { tab: StaffEventTab; page: number; pageSize?: number; now?: Date }): Promise<Paginated<StaffEventSummary>> {
  const where = tabWhere(tab, now);
  const [items, total] = await Promise.all([
    db.event.findMany({
      where,
      orderBy: [{ startsAt: tab === "upcoming" ? "asc" : "desc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
      select: staffEventSummarySelect,
    }),
    db.event.count({ where }),
  ]);
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}

const staffEventSelect = {
  ...eventDetailSelect,
  slotMinutes: true,
  tableCount: true,
  pendingRequestLimit: true,
  requestExpiryHours: true,
  representativeLimit: true,
  tableSeats: true,
  schedulePublishedAt: true,
  completedAt: true,
  sessions: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
} satisfies Prisma.EventSelect;

export type StaffEvent = Prisma.EventGetPayload<{ select: typeof staffEventSelect }>;

export type RegistrationCounts = Record<ParticipantKind, Record<ParticipantStatus, number>>;

export type StaffEventView = StaffEvent & { slotCount: number; meetingCapacity: number; counts: RegistrationCounts };

/** Meeting capacity of an event: its slots times its tables. Pure. */
export function meetingCapacity(event: { sessions: { startsAt: Date; endsAt: Date }[]; slotMinutes: number; tableCount: number }) {
  const slotCount = eventSlots(event.sessions, event.slotMinutes).length;
  return { slotCount, meetingCapacity: slotCount * event.tableCount };
}

function emptyCounts(): RegistrationCounts {
  const zero = (): Record<ParticipantStatus, number> => ({ APPLIED: 0, APPROVED: 0, WAITLISTED: 0, REJECTED: 0, WITHDRAWN: 0 });
  return { SME: zero(), BUYER: zero(), PARTNER: zero() };
}

/** Any event by id (drafts too), with its slots, meeting capacity and registrations by kind and status. */
export async function getStaffEvent(eventId: string): Promise<StaffEventView | null> {
  const [event, groups] = await Promise.all([
    db.event.findUnique({ where: { id: eventId }, select: staffEventSelect }),
    db.eventParticipant.groupBy({ by: ["kind", "status"], where: { eventId }, _count: { _all: true }, orderBy: [{ kind: "asc" }, { status: "asc" }] }),
  ]);
  if (!event) return null;
  const counts = emptyCounts();
  for (const group of groups) counts[group.kind][group.status] = group._count._all;
  return { ...event, ...meetingCapacity(event), counts };
}

const participantRowSelect = {
  id: true,
  kind: true,
  status: true,
  applicationNote: true,
  unavailableSlots: true,
  decidedAt: true,
  checkedInAt: true,
  createdAt: true,
  enterprise: { select: { legalName: true, brandName: true, kecamatan: { select: { name: true } }, primaryKbli: { select: { code: true, nameId: true } } } },
  buyer: { select: { name: true, kind: true, city: true, country: true } },
  partnerOrganization: { select: { name: true, kind: true } },
} satisfies Prisma.EventParticipantSelect;

export type ParticipantRow = Prisma.EventParticipantGetPayload<{ select: typeof participantRowSelect }> & { waitlistPosition: number | null };

/** Display order of statuses: what awaits a decision first. */
const statusOrder: ParticipantStatus[] = ["APPLIED", "WAITLISTED", "APPROVED", "REJECTED", "WITHDRAWN"];

const participantOrder: Prisma.EventParticipantOrderByWithRelationInput[] = [{ decidedAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }];

export const participantPageSize = 50;

/** The search's narrowing of a participant list: names, NIB and emails of each kind of party. */
function participantSearchWhere(search: QueueSearch<ParticipantStatus>): Prisma.EventParticipantWhereInput[] {
  const parts: Prisma.EventParticipantWhereInput[] = [];
  if (search.status) parts.push({ status: search.status });
  if (search.q) {
    const contains = { contains: search.q, mode: "insensitive" as const };
    parts.push({
      OR: [
        { enterprise: enterpriseTextWhere(search.q) },
        { buyer: { OR: [{ name: contains }, { users: { some: { email: contains } } }] } },
        { partnerOrganization: { OR: [{ name: contains }, { users: { some: { email: contains } } }] } },
      ],
    });
  }
  const enterprise = enterpriseSearchWhere({ q: "", kecamatan: search.kecamatan, kbli: search.kbli });
  if (enterprise) parts.push({ enterprise });
  const period = periodWhere(search);
  if (period) parts.push({ createdAt: period });
  return parts;
}

/**
 * One page of the participants of one kind as staff search them. In the plain order
 * applications come first (oldest first), then the waitlist in its order (who was waitlisted
 * first comes first), then the approved, rejected and withdrawn; "newest first" orders by
 * registration. Waitlist positions are those of the whole list, not of the search's rows.
 * Bounded by the largest capacity staff would set (1,000 rows, paged here 50 at a time).
 */
export async function searchEventParticipants(
  eventId: string,
  kind: ParticipantKind,
  search: QueueSearch<ParticipantStatus>,
  page: number,
): Promise<Paginated<ParticipantRow>> {
  const [rows, waitlist] = await Promise.all([
    db.eventParticipant.findMany({
      where: { AND: [{ eventId, kind }, ...participantSearchWhere(search)] },
      orderBy: participantOrder,
      take: 1000,
      select: participantRowSelect,
    }),
    db.eventParticipant.findMany({ where: { eventId, kind, status: "WAITLISTED" }, orderBy: participantOrder, take: 1000, select: { id: true } }),
  ]);
  const positions = new Map(waitlist.map((row, index) => [row.id, index + 1]));
  const ordered = rows
    .map((row) => ({ ...row, waitlistPosition: positions.get(row.id) ?? null }))
    .sort((a, b) =>
      search.sort === "baru"
        ? b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id)
        : statusOrder.indexOf(a.status) - statusOrder.indexOf(b.status),
    );
  const { skip, take } = pageWindow(page, participantPageSize);
  return { items: ordered.slice(skip, skip + take), total: ordered.length, page, pageSize: participantPageSize, pageCount: pageCountOf(ordered.length, participantPageSize) };
}

/** Applications awaiting staff's decision, in events still open to decisions. */
export const awaitingDecisionWhere = { status: "APPLIED", event: { status: "PUBLISHED" } } satisfies Prisma.EventParticipantWhereInput;

export async function countAwaitingDecision(): Promise<number> {
  return db.eventParticipant.count({ where: awaitingDecisionWhere });
}
