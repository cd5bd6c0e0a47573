// The staff dashboard's figures (/staf/dasbor) for the filters: a handful of aggregate queries
// run in parallel, each a single scan or index range of its table. The enterprise breakdowns
// come from one GROUPING SETS statement, so five breakdowns cost one pass over the table.
// Measured at 20,000 SMEs by npm run bench:dashboard.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  type BusinessScale,
  CurationStatus,
  type ExportReadinessTier,
  MatchStatus,
  MeetingOutcome,
  MeetingStatus,
  ParticipantKind,
  ParticipantStatus,
  SourcingRequestStatus,
} from "@/lib/generated/prisma/enums";
import type { ReportFilters } from "./filters";
import { fillQuarters } from "./quarter";
import {
  buyerWhere,
  dealOutcomeSql,
  dealWhere,
  eventSql,
  matchWhere,
  meetingWhere,
  participantWhere,
  periodSql,
  productWhere,
  sourcingRequestWhere,
} from "./scope";

/** One bar of a breakdown: key null means the field is not filled in. */
export type Breakdown<K extends string = string> = { key: K | null; label: string | null; count: number }[];

export type EnterpriseFigures = {
  total: number;
  workforce: number;
  capitalRupiah: bigint;
  annualSalesRupiah: bigint;
  byStatus: Breakdown<CurationStatus>;
  byScale: Breakdown<BusinessScale>;
  byTier: Breakdown<ExportReadinessTier>;
  /** KBLI division (first two digits of the primary KBLI code), label its name. */
  byDivision: Breakdown;
  /** Kecamatan code, label its name. */
  byKecamatan: Breakdown;
};

export type TrendRow = { quarter: string; enterprises: number; meetingsHeld: number; deals: number; dealValueRupiah: bigint };

export type DashboardFigures = {
  enterprises: EnterpriseFigures;
  products: { published: number; byStatus: Breakdown<CurationStatus> };
  buyers: number;
  sourcingRequests: { total: number; byStatus: Breakdown<SourcingRequestStatus> };
  participants: { total: number; byKind: { kind: ParticipantKind; byStatus: Breakdown<ParticipantStatus> }[] };
  matches: { total: number; byStatus: Breakdown<MatchStatus> };
  meetings: { total: number; byStatus: Breakdown<MeetingStatus>; byOutcome: Breakdown<MeetingOutcome> };
  deals: { count: number; valueRupiah: bigint };
  trends: TrendRow[];
};

type EnterpriseRow = { dimension: string; key: string | null; label: string | null; n: number; workforce: bigint; capital: bigint; sales: bigint };

async function enterpriseFigures(filters: ReportFilters): Promise<EnterpriseFigures> {
  const rows = await db.$queryRaw<EnterpriseRow[]>`
    SELECT CASE WHEN GROUPING(e.status) = 0 THEN 'status'
                WHEN GROUPING(e.scale) = 0 THEN 'scale'
                WHEN GROUPING(e."exportReadinessTier") = 0 THEN 'tier'
                WHEN GROUPING(e."kecamatanCode") = 0 THEN 'kecamatan'
                WHEN GROUPING(left(k.code, 2)) = 0 THEN 'division'
                ELSE 'total' END AS dimension,
           coalesce(e.status::text, e.scale::text, e."exportReadinessTier"::text, e."kecamatanCode", left(k.code, 2)) AS key,
           coalesce(kc.name, d."nameId") AS label,
           count(*)::int AS n,
           coalesce(sum(e.workforce), 0)::bigint AS workforce,
           coalesce(sum(e."capitalRupiah"), 0)::bigint AS capital,
           coalesce(sum(e."annualSalesRupiah"), 0)::bigint AS sales
    FROM "Enterprise" e
    JOIN "Kecamatan" kc ON kc.code = e."kecamatanCode"
    LEFT JOIN "Kbli" k ON k.id = e."primaryKbliId"
    LEFT JOIN "Kbli" d ON d.version = k.version AND d.level = 'DIVISION' AND d.code = left(k.code, 2)
    WHERE true ${periodSql(Prisma.sql`e."createdAt"`, filters)}
    GROUP BY GROUPING SETS ((e.status), (e.scale), (e."exportReadinessTier"), (e."kecamatanCode", kc.name), (left(k.code, 2), d."nameId"), ())`;
  const of = <K extends string>(dimension: string): Breakdown<K> =>
    rows
      .filter((row) => row.dimension === dimension)
      .map((row) => ({ key: row.key as K | null, label: row.label, count: row.n }))
      .sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
  const total = rows.find((row) => row.dimension === "total");
  return {
    total: total?.n ?? 0,
    workforce: Number(total?.workforce ?? 0n),
    capitalRupiah: total?.capital ?? 0n,
    annualSalesRupiah: total?.sales ?? 0n,
    byStatus: inOrder(Object.values(CurationStatus), of<CurationStatus>("status")),
    byScale: of<BusinessScale>("scale"),
    byTier: of<ExportReadinessTier>("tier"),
    byDivision: of("division"),
    byKecamatan: of("kecamatan"),
  };
}

/** Every value of an enum in its declared order, zero where nothing was counted. */
function inOrder<K extends string>(keys: readonly K[], counts: Breakdown<K> | Map<K, number>): Breakdown<K> {
  const map = counts instanceof Map ? counts : new Map(counts.map((row) => [row.key as K, row.count]));
  return keys.map((key) => ({ key, label: null, count: map.get(key) ?? 0 }));
}

/** Prisma groupBy results by their one key. */
function countsBy<K extends string, G extends { _count: { _all: number } }>(groups: G[], key: (group: G) => K | null): Map<K, number> {
  return new Map(groups.flatMap((group) => {
    const value = key(group);
    return value === null ? [] : [[value, group._count._all] as const];
  }));
}

const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);

type TrendSqlRow = { quarter: string; enterprises: number; held: number; deals: number; value: bigint };

async function trends(filters: ReportFilters): Promise<TrendRow[]> {
  const quarterOf = (column: Prisma.Sql) => Prisma.sql`to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta', 'YYYY-"Q"Q')`;
  const rows = await db.$queryRaw<TrendSqlRow[]>`
    SELECT quarter, sum(enterprises)::int AS enterprises, sum(held)::int AS held, sum(deals)::int AS deals, sum(value)::bigint AS value
    FROM (
      SELECT ${quarterOf(Prisma.sql`e."createdAt"`)} AS quarter, count(*) AS enterprises, 0 AS held, 0 AS deals, 0 AS value
      FROM "Enterprise" e WHERE true ${periodSql(Prisma.sql`e."createdAt"`, filters)} GROUP BY 1
      UNION ALL
      SELECT ${quarterOf(Prisma.sql`m."startsAt"`)}, 0, count(*), 0, 0
      FROM "Meeting" m WHERE m.status = 'HELD' ${eventSql(Prisma.sql`m."eventId"`, filters)} ${periodSql(Prisma.sql`m."startsAt"`, filters)} GROUP BY 1
      UNION ALL
      SELECT ${quarterOf(Prisma.sql`m."outcomeAt"`)}, 0, 0, count(*), coalesce(sum(m."dealValueRupiah"), 0)
      FROM "Meeting" m WHERE m.status = 'HELD' AND m.outcome IN (${dealOutcomeSql}) AND m."outcomeAt" IS NOT NULL
        ${eventSql(Prisma.sql`m."eventId"`, filters)} ${periodSql(Prisma.sql`m."outcomeAt"`, filters)} GROUP BY 1
    ) buckets
    WHERE quarter IS NOT NULL
    GROUP BY quarter`;
  const byQuarter = new Map(rows.map((row) => [row.quarter, row]));
  return fillQuarters(byQuarter, () => ({ quarter: "", enterprises: 0, held: 0, deals: 0, value: 0n })).map(({ quarter, value }) => ({
    quarter,
    enterprises: value.enterprises,
    meetingsHeld: value.held,
    deals: value.deals,
    dealValueRupiah: value.value,
  }));
}

/**
 * Every query behind the dashboard, by name: getDashboardFigures runs them all in parallel, and
 * the benchmark times each on its own.
 */
export const dashboardQueries = {
  enterprises: enterpriseFigures,
  products: (filters: ReportFilters) =>
    db.product.groupBy({ by: ["status"], where: productWhere(filters), _count: { _all: true }, orderBy: { status: "asc" } }),
  buyers: (filters: ReportFilters) => db.buyerOrganization.count({ where: buyerWhere(filters) }),
  sourcingRequests: (filters: ReportFilters) =>
    db.sourcingRequest.groupBy({ by: ["status"], where: sourcingRequestWhere(filters), _count: { _all: true }, orderBy: { status: "asc" } }),
  participants: (filters: ReportFilters) =>
    db.eventParticipant.groupBy({ by: ["kind", "status"], where: participantWhere(filters), _count: { _all: true }, orderBy: [{ kind: "asc" }, { status: "asc" }] }),
  matches: (filters: ReportFilters) =>
    db.match.groupBy({ by: ["status"], where: matchWhere(filters), _count: { _all: true }, orderBy: { status: "asc" } }),
  meetingsByStatus: (filters: ReportFilters) =>
    db.meeting.groupBy({ by: ["status"], where: meetingWhere(filters), _count: { _all: true }, orderBy: { status: "asc" } }),
  meetingsByOutcome: (filters: ReportFilters) =>
    db.meeting.groupBy({ by: ["outcome"], where: { ...meetingWhere(filters), outcome: { not: null } }, _count: { _all: true }, orderBy: { outcome: "asc" } }),
  deals: (filters: ReportFilters) => db.meeting.aggregate({ where: dealWhere(filters), _count: { _all: true }, _sum: { dealValueRupiah: true } }),
  trends,
} as const;

export async function getDashboardFigures(filters: ReportFilters): Promise<DashboardFigures> {
  const q = dashboardQueries;
  const [enterprises, productGroups, buyers, requestGroups, participantGroups, matchGroups, meetingGroups, outcomeGroups, deals, trendRows] =
    await Promise.all([
      q.enterprises(filters),
      q.products(filters),
      q.buyers(filters),
      q.sourcingRequests(filters),
      q.participants(filters),
      q.matches(filters),
      q.meetingsByStatus(filters),
      q.meetingsByOutcome(filters),
      q.deals(filters),
      q.trends(filters),
    ]);
  const productsByStatus = inOrder(Object.values(CurationStatus), countsBy(productGroups, (group) => group.status));
  const requestsByStatus = inOrder(Object.values(SourcingRequestStatus), countsBy(requestGroups, (group) => group.status));
  const matchesByStatus = inOrder(Object.values(MatchStatus), countsBy(matchGroups, (group) => group.status));
  const meetingsByStatus = inOrder(Object.values(MeetingStatus), countsBy(meetingGroups, (group) => group.status));
  const meetingsByOutcome = inOrder(Object.values(MeetingOutcome), countsBy(outcomeGroups, (group) => group.outcome));
  const participantsByKind = Object.values(ParticipantKind).map((kind) => ({
    kind,
    byStatus: inOrder(
      Object.values(ParticipantStatus),
      countsBy(participantGroups.filter((group) => group.kind === kind), (group) => group.status),
    ),
  }));
  return {
    enterprises,
    products: { published: productsByStatus.find((row) => row.key === "PUBLISHED")?.count ?? 0, byStatus: productsByStatus },
    buyers,
    sourcingRequests: { total: sum(requestsByStatus), byStatus: requestsByStatus },
    participants: { total: participantsByKind.reduce((total, kind) => total + sum(kind.byStatus), 0), byKind: participantsByKind },
    matches: { total: sum(matchesByStatus), byStatus: matchesByStatus },
    meetings: { total: sum(meetingsByStatus), byStatus: meetingsByStatus, byOutcome: meetingsByOutcome },
    deals: { count: deals._count._all, valueRupiah: deals._sum.dealValueRupiah ?? 0n },
    trends: trendRows,
  };
}

export type EventOption = { id: string; title: string; quarter: string };

/** Events for the filter, newest first. */
export async function listEventOptions(): Promise<EventOption[]> {
  return db.event.findMany({ select: { id: true, title: true, quarter: true }, orderBy: [{ startsAt: "desc" }, { id: "asc" }] });
}
