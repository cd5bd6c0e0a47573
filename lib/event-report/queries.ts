// The event report: meetings scheduled vs held, no-shows, not yet recorded, deals (purchase
// orders and deals) and their value, by sector (KBLI division of the SME's primary KBLI) and by
// the SME's kecamatan; participants approved vs checked in per kind. Every figure is a SQL
// aggregate, so the report costs the same for 40 meetings or 4,000.
import "server-only";
import { placedStatuses, partyName, partyNameSelect } from "@/lib/agenda/parties";
import { db } from "@/lib/db";
import { dealOutcomes } from "@/lib/events/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingOutcome, MeetingStatus, ParticipantKind } from "@/lib/generated/prisma/enums";
import { attendedSql } from "@/lib/events/attendance";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

export type MeetingFigures = {
  scheduled: number;
  held: number;
  noShows: number;
  /** Placed, start passed or not, with no result recorded and not marked a no-show. */
  notRecorded: number;
  deals: number;
  dealValueRupiah: bigint;
};

export type BreakdownRow = MeetingFigures & { key: string; name: string | null };

export type ParticipantFigures = { kind: ParticipantKind; approved: number; checkedIn: number };

export type EventReport = {
  event: { id: string; title: string; venue: string; startsAt: Date; endsAt: Date; status: string };
  totals: MeetingFigures;
  bySector: BreakdownRow[];
  byKecamatan: BreakdownRow[];
  participants: ParticipantFigures[];
};

type FigureRow = { key: string | null; name: string | null; scheduled: bigint; held: bigint; noShows: bigint; notRecorded: bigint; deals: bigint; dealValue: bigint | null };

const placed = Prisma.join(placedStatuses.map((status) => status));
const deals = Prisma.join([...dealOutcomes]);

// One aggregate over the event's placed meetings, grouped by whatever `group` names. A meeting
// counts as held only when it was attended (both sides checked in, or staff allowed it with a
// reason); a result recorded without that (before the rule) counts as not recorded.
const held = Prisma.sql`m."status" = 'HELD' AND ${attendedSql}`;
const figures = Prisma.sql`
  count(*) AS "scheduled",
  count(*) FILTER (WHERE ${held}) AS "held",
  count(*) FILTER (WHERE m."status" = 'NO_SHOW') AS "noShows",
  count(*) FILTER (WHERE m."status" = 'SCHEDULED' OR (m."status" = 'HELD' AND NOT ${attendedSql})) AS "notRecorded",
  count(*) FILTER (WHERE ${held} AND m."outcome"::text IN (${deals})) AS "deals",
  sum(m."dealValueRupiah") FILTER (WHERE ${held} AND m."outcome"::text IN (${deals})) AS "dealValue"`;

function toFigures(row: FigureRow | undefined): MeetingFigures {
  return {
    scheduled: Number(row?.scheduled ?? 0),
    held: Number(row?.held ?? 0),
    noShows: Number(row?.noShows ?? 0),
    notRecorded: Number(row?.notRecorded ?? 0),
    deals: Number(row?.deals ?? 0),
    dealValueRupiah: BigInt(row?.dealValue ?? 0),
  };
}

const toBreakdown = (rows: FigureRow[]): BreakdownRow[] => rows.map((row) => ({ key: row.key ?? "", name: row.name, ...toFigures(row) }));

const kinds: readonly ParticipantKind[] = ["SME", "BUYER", "PARTNER"];

export async function getEventReport(eventId: string): Promise<EventReport | null> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, title: true, venue: true, startsAt: true, endsAt: true, status: true } });
  if (!event) return null;
  const where = Prisma.sql`m."eventId" = ${eventId} AND m."startsAt" IS NOT NULL AND m."status"::text IN (${placed})`;
  const [totals, bySector, byKecamatan, participants] = await Promise.all([
    db.$queryRaw<FigureRow[]>`SELECT NULL AS "key", NULL AS "name", ${figures} FROM "Meeting" m WHERE ${where}`,
    db.$queryRaw<FigureRow[]>`
      SELECT left(k."code", 2) AS "key", d."nameId" AS "name", ${figures}
      FROM "Meeting" m
      JOIN "EventParticipant" p ON p."id" = m."smeParticipantId"
      LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
      LEFT JOIN "Kbli" k ON k."id" = e."primaryKbliId"
      LEFT JOIN "Kbli" d ON d."version" = k."version" AND d."code" = left(k."code", 2) AND d."level" = 'DIVISION'
      WHERE ${where}
      GROUP BY left(k."code", 2), d."nameId"
      ORDER BY "dealValue" DESC NULLS LAST, "scheduled" DESC, "key"`,
    db.$queryRaw<FigureRow[]>`
      SELECT e."kecamatanCode" AS "key", kc."name" AS "name", ${figures}
      FROM "Meeting" m
      JOIN "EventParticipant" p ON p."id" = m."smeParticipantId"
      LEFT JOIN "Enterprise" e ON e."id" = p."enterpriseId"
      LEFT JOIN "Kecamatan" kc ON kc."code" = e."kecamatanCode"
      WHERE ${where}
      GROUP BY e."kecamatanCode", kc."name"
      ORDER BY "dealValue" DESC NULLS LAST, "scheduled" DESC, "name"`,
    db.$queryRaw<{ kind: ParticipantKind; approved: bigint; checkedIn: bigint }[]>`
      SELECT "kind"::text AS "kind", count(*) AS "approved", count(*) FILTER (WHERE "checkedInAt" IS NOT NULL) AS "checkedIn"
      FROM "EventParticipant" WHERE "eventId" = ${eventId} AND "status" = 'APPROVED' GROUP BY "kind"`,
  ]);
  return {
    event,
    totals: toFigures(totals[0]),
    bySector: toBreakdown(bySector),
    byKecamatan: toBreakdown(byKecamatan),
    participants: kinds.map((kind) => {
      const row = participants.find((item) => item.kind === kind);
      return { kind, approved: Number(row?.approved ?? 0), checkedIn: Number(row?.checkedIn ?? 0) };
    }),
  };
}

export type ReportMeeting = {
  id: string;
  startsAt: Date;
  tableNumber: number;
  status: MeetingStatus;
  smeName: string;
  buyerName: string;
  outcome: MeetingOutcome | null;
  dealValueRupiah: bigint | null;
  /** Both sides checked in at the desk. */
  attended: boolean;
  overrideReason: string | null;
};

/** The event's placed meetings in time order, paged, for marking no-shows. */
export async function listReportMeetings(eventId: string, { page, pageSize = 25 }: { page: number; pageSize?: number }): Promise<Paginated<ReportMeeting>> {
  const where = { eventId, startsAt: { not: null }, status: { in: [...placedStatuses] } } satisfies Prisma.MeetingWhereInput;
  const [rows, total] = await Promise.all([
    db.meeting.findMany({
      where,
      orderBy: [{ startsAt: "asc" }, { tableNumber: "asc" }],
      ...pageWindow(page, pageSize),
      select: {
        id: true,
        startsAt: true,
        tableNumber: true,
        status: true,
        outcome: true,
        dealValueRupiah: true,
        attendanceOverrideReason: true,
        smeParticipant: { select: { ...partyNameSelect, checkedInAt: true } },
        buyerParticipant: { select: { ...partyNameSelect, checkedInAt: true } },
      },
    }),
    db.meeting.count({ where }),
  ]);
  const items = rows.flatMap((row) =>
    row.startsAt && row.tableNumber !== null
      ? [
          {
            id: row.id,
            startsAt: row.startsAt,
            tableNumber: row.tableNumber,
            status: row.status,
            smeName: partyName(row.smeParticipant),
            buyerName: partyName(row.buyerParticipant),
            outcome: row.outcome,
            dealValueRupiah: row.dealValueRupiah,
            attended: row.smeParticipant.checkedInAt !== null && row.buyerParticipant.checkedInAt !== null,
            overrideReason: row.attendanceOverrideReason,
          },
        ]
      : [],
  );
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}
