// The staff desk's waiting-work counts (lib/staff/desk-counts.ts) on the demo data: each equals
// the database's own count (plain SQL written here, not the app's where-clauses) and the total
// the linked queue lists, and follows the data when work arrives or is done.
import { beforeAll, describe, expect, it } from "vitest";
import { certificateQueueStatuses, listCertificateQueue } from "@/lib/certificates/queries";
import { listProductQueue } from "@/lib/curation/product-queries";
import { listCurationQueue } from "@/lib/curation/queries";
import { db } from "@/lib/db";
import { countAwaitingDecision } from "@/lib/events/admin-queries";
import { listAssessments } from "@/lib/export-readiness/queries";
import { parseBoardFilter } from "@/lib/matching/engine/schemas";
import { listBoardMatches } from "@/lib/matching/queries";
import { listFollowUps } from "@/lib/outcomes/queries";
import { seedDemoData } from "@/lib/seed/demo";
import { countDeskWork, type DeskCounts } from "@/lib/staff/desk-counts";
import { parseQueueSearch } from "@/lib/queue-search/search";
import { resetData } from "./reset";

const now = new Date();

async function sqlCount(query: Promise<{ n: bigint }[]>): Promise<number> {
  const [row] = await query;
  return Number(row?.n ?? 0);
}

/** The database's counts, from SQL of their own. */
async function databaseCounts(): Promise<DeskCounts> {
  const stale = new Date(now.getTime() - 14 * 24 * 60 * 60 * 1000);
  const [enterprises, products, certificates, exportReadiness, registrations, matches, overdueFollowUps] = await Promise.all([
    sqlCount(db.$queryRaw`SELECT count(*) AS n FROM "Enterprise" e WHERE e."status" IN ('SUBMITTED', 'REVISION_REQUESTED')
      OR (e."status" = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "EnterprisePendingChange" c WHERE c."enterpriseId" = e."id"))`),
    sqlCount(db.$queryRaw`SELECT count(*) AS n FROM "Product" WHERE "status" IN ('SUBMITTED', 'REVISION_REQUESTED')`),
    sqlCount(db.$queryRaw`SELECT count(*) AS n FROM "Certificate" WHERE "verifiedAt" IS NULL`),
    sqlCount(db.$queryRaw`SELECT count(*) AS n FROM "ExportReadinessAssessment" WHERE "verifiedAt" IS NULL`),
    sqlCount(db.$queryRaw`SELECT count(*) AS n FROM "EventParticipant" p JOIN "Event" e ON e."id" = p."eventId"
      WHERE p."status" = 'APPLIED' AND e."status" = 'PUBLISHED'`),
    sqlCount(db.$queryRaw`SELECT count(*) AS n FROM "Match" m JOIN "Event" e ON e."id" = m."eventId"
      WHERE m."status" = 'SUGGESTED' AND e."status" IN ('PUBLISHED', 'DRAFT')`),
    sqlCount(db.$queryRaw`SELECT count(*) AS n FROM "Meeting" WHERE "status" = 'HELD'
      AND "outcome" IN ('FOLLOW_UP', 'SAMPLE', 'PURCHASE_ORDER') AND "outcomeAt" < ${stale}`),
  ]);
  return { curation: enterprises + products, certificates, exportReadiness, registrations, matches, overdueFollowUps };
}

/** What the queues themselves list under the filter each desk link stands for. */
async function queueTotals(): Promise<DeskCounts> {
  const boardEvents = await db.event.findMany({ where: { status: { in: ["PUBLISHED", "DRAFT"] } }, select: { id: true } });
  const suggested = parseBoardFilter({ status: "SUGGESTED" });
  const boardTotals = await Promise.all(boardEvents.map((event) => listBoardMatches(event.id, suggested, 1).then((page) => page.total)));
  const followUps = await listFollowUps({ page: 1, pageSize: 50, now });
  expect(followUps.total, "the follow-up list fits one page here").toBeLessThanOrEqual(50);
  const [enterprises, products, certificates, assessments, registrations] = await Promise.all([
    listCurationQueue("open", 1),
    listProductQueue("open", 1),
    listCertificateQueue(1, parseQueueSearch({}, certificateQueueStatuses).search),
    listAssessments({ page: 1, filter: "awaiting" }),
    countAwaitingDecision(),
  ]);
  return {
    curation: enterprises.total + products.total,
    certificates: certificates.total,
    exportReadiness: assessments.total,
    registrations,
    matches: boardTotals.reduce((sum, total) => sum + total, 0),
    overdueFollowUps: followUps.items.filter((row) => row.stale).length,
  };
}

describe("staff desk counts", () => {
  beforeAll(async () => {
    await resetData();
    await seedDemoData(db);
  });

  it("equal the database's counts and the queues' totals on the demo data", async () => {
    const counts = await countDeskWork(now);
    expect(counts).toEqual(await databaseCounts());
    expect(counts).toEqual(await queueTotals());
    // The demo data has waiting work in most queues, so the comparison is not of zeros.
    expect(Object.values(counts).filter((value) => value > 0).length).toBeGreaterThanOrEqual(4);
  });

  it("follow the data as work arrives and is done", async () => {
    const before = await countDeskWork(now);

    // A draft enterprise is submitted; a certificate is verified.
    const draft = await db.enterprise.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true } });
    await db.enterprise.update({ where: { id: draft.id }, data: { status: "SUBMITTED" } });
    const certificate = await db.certificate.findFirstOrThrow({ where: { verifiedAt: null }, select: { id: true } });
    await db.certificate.update({ where: { id: certificate.id }, data: { verifiedAt: now } });

    // A held meeting's follow-up was last updated three weeks ago: overdue.
    const meeting = await db.meeting.findFirst({ where: { status: { in: ["SCHEDULED", "HELD"] } }, select: { id: true } });
    if (meeting) {
      await db.meeting.update({
        where: { id: meeting.id },
        data: { status: "HELD", outcome: "FOLLOW_UP", outcomeAt: new Date(now.getTime() - 21 * 24 * 60 * 60 * 1000) },
      });
    }

    const after = await countDeskWork(now);
    expect(after.curation).toBe(before.curation + 1);
    expect(after.certificates).toBe(before.certificates - 1);
    expect(after).toEqual(await databaseCounts());
    expect(after).toEqual(await queueTotals());
    if (meeting) expect(after.overdueFollowUps).toBeGreaterThan(0);
  });
});
