// The rows each filter selects (see filters.ts), as Prisma conditions and as SQL, shared by the
// dashboard's figures and the downloads so that a download always holds the rows a figure counts.
import { dealOutcomes } from "@/lib/events/queries";
import { periodBounds } from "@/lib/forms/period";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportFilters } from "./filters";

type Range = { gte?: Date; lt?: Date };

function range(filters: ReportFilters): Range | undefined {
  const { start, end } = periodBounds(filters);
  if (!start && !end) return undefined;
  return { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) };
}

const byEvent = (filters: ReportFilters) => (filters.eventId ? { eventId: filters.eventId } : {});

export function enterpriseWhere(filters: ReportFilters): Prisma.EnterpriseWhereInput {
  return { createdAt: range(filters) };
}

export function productWhere(filters: ReportFilters): Prisma.ProductWhereInput {
  return { createdAt: range(filters) };
}

export function buyerWhere(filters: ReportFilters): Prisma.BuyerOrganizationWhereInput {
  return { createdAt: range(filters) };
}

export function sourcingRequestWhere(filters: ReportFilters): Prisma.SourcingRequestWhereInput {
  return { createdAt: range(filters) };
}

export function participantWhere(filters: ReportFilters): Prisma.EventParticipantWhereInput {
  const period = range(filters);
  return { ...byEvent(filters), ...(period ? { event: { startsAt: period } } : {}) };
}

export function matchWhere(filters: ReportFilters): Prisma.MatchWhereInput {
  return { ...byEvent(filters), createdAt: range(filters) };
}

export function meetingWhere(filters: ReportFilters): Prisma.MeetingWhereInput {
  return { ...byEvent(filters), startsAt: range(filters) };
}

/** A deal: a held meeting whose result commits money, dated by when the result was recorded. */
export function dealWhere(filters: ReportFilters): Prisma.MeetingWhereInput {
  return { ...byEvent(filters), status: "HELD", outcome: { in: [...dealOutcomes] }, outcomeAt: range(filters) };
}

// Columns are UTC "timestamp without time zone" (Prisma's default): the bound travels as UTC text
// without a zone, so the session's TimeZone setting cannot shift it.
const utcTimestamp = (moment: Date) => Prisma.sql`${moment.toISOString().slice(0, 23)}::timestamp`;

/** `AND <column> >= start AND <column> < end` for raw SQL; empty without a period. */
export function periodSql(column: Prisma.Sql, filters: ReportFilters): Prisma.Sql {
  const { start, end } = periodBounds(filters);
  const from = start ? Prisma.sql` AND ${column} >= ${utcTimestamp(start)}` : Prisma.empty;
  const until = end ? Prisma.sql` AND ${column} < ${utcTimestamp(end)}` : Prisma.empty;
  return Prisma.sql`${from}${until}`;
}

export function eventSql(column: Prisma.Sql, filters: ReportFilters): Prisma.Sql {
  return filters.eventId ? Prisma.sql` AND ${column} = ${filters.eventId}` : Prisma.empty;
}

export const dealOutcomeSql = Prisma.join(dealOutcomes.map((outcome) => Prisma.sql`${outcome}::"MeetingOutcome"`));
