// Match's parents (event, enterprise, buyer, sourcing request) are kept by triggers, not by
// per-row foreign keys (prisma/migrations/*_match_parents_by_statement): the child side is checked
// once per statement, the parent side cascades. These tests hold the triggers to what the
// constraints did: a deleted parent takes its matches along, a match for a missing parent (or
// one deleted concurrently) fails with 23503 and writes nothing, and Prisma reports it as before
// (P2003 naming the old constraint).
import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { sqlState } from "@/lib/db-errors";
import { db, getConnection } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Demand } from "@/lib/matching/engine/types";
import { storeSuggestions } from "@/lib/matching/store";
import { resetData } from "./reset";

let serial = 0;

async function family() {
  serial += 1;
  const kbli = await db.kbli.findFirstOrThrow({ where: { code: "13134", level: "SUBCLASS" }, select: { id: true } });
  const enterprise = await db.enterprise.create({
    data: { slug: `ikm-induk-${serial}`, legalName: `UD Induk ${serial}`, legalForm: "UD", kecamatanCode: "33.74.04", status: "PUBLISHED", primaryKbliId: kbli.id },
  });
  const buyer = await db.buyerOrganization.create({ data: { slug: `pembeli-induk-${serial}`, name: `Toko Induk ${serial}`, kind: "RETAILER", city: "Semarang" } });
  const request = await db.sourcingRequest.create({
    data: { buyerId: buyer.id, title: "Kain", description: "Kain batik tulis untuk toko.", kbliId: kbli.id, quantityPerMonth: 80, unit: "pcs" },
  });
  const event = await db.event.create({
    data: {
      slug: `temu-induk-${serial}`,
      title: "Temu Usaha Uji",
      kind: "BUSINESS_MATCHING",
      quarter: "2026-Q3",
      description: "Uji",
      venue: "Balai Kota",
      startsAt: new Date("2026-09-16T08:00:00+07:00"),
      endsAt: new Date("2026-09-16T16:00:00+07:00"),
    },
  });
  const match = (eventId: string | null, requestId: string | null = request.id) =>
    db.match.create({ data: { eventId, enterpriseId: enterprise.id, buyerId: buyer.id, sourcingRequestId: requestId, score: 70, components: [] } });
  return { enterprise, buyer, request, event, match };
}

/** The error of a write that must fail, for its code and meta. */
async function failure(write: Promise<unknown>): Promise<unknown> {
  return write.then(
    () => {
      throw new Error("the write succeeded");
    },
    (error: unknown) => error,
  );
}

function expectForeignKeyError(error: unknown, constraint: string) {
  expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
  const known = error as Prisma.PrismaClientKnownRequestError;
  expect(known.code).toBe("P2003");
  expect(sqlState(known)).toBe("23503");
  expect(JSON.stringify(known.meta)).toContain(constraint);
}

const missingId = "c000000000000missingparent";

beforeEach(async () => {
  await resetData();
});

describe("Match's parents, kept by statement-level triggers", () => {
  it("deleting an enterprise, a buyer, a request or an event removes exactly its matches", async () => {
    const a = await family();
    const b = await family();
    const keep = await b.match(null);
    const city = await a.match(null);
    const profile = await a.match(null, null);
    const inEvent = await a.match(a.event.id);

    await db.sourcingRequest.delete({ where: { id: a.request.id } });
    expect(await db.match.findMany({ where: { id: { in: [city.id, inEvent.id] } } })).toEqual([]);
    expect(await db.match.count({ where: { id: profile.id } })).toBe(1);

    const again = await a.match(a.event.id, null);
    await db.event.delete({ where: { id: a.event.id } });
    expect(await db.match.count({ where: { id: again.id } })).toBe(0);
    expect(await db.match.count({ where: { id: profile.id } })).toBe(1);

    await db.enterprise.delete({ where: { id: a.enterprise.id } });
    expect(await db.match.count({ where: { id: profile.id } })).toBe(0);

    const c = await family();
    const ofBuyer = await c.match(null, null);
    await db.buyerOrganization.delete({ where: { id: c.buyer.id } });
    expect(await db.match.count({ where: { id: ofBuyer.id } })).toBe(0);
    // Matches of other parents stay.
    expect(await db.match.findMany({ select: { id: true } })).toEqual([{ id: keep.id }]);
  });

  it("a parent whose id changes takes its matches along (ON UPDATE CASCADE)", async () => {
    const a = await family();
    const match = await a.match(null);
    await db.$executeRaw`UPDATE "Enterprise" SET id = 'c000000000000renamedparent' WHERE id = ${a.enterprise.id}`;
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id } })).enterpriseId).toBe("c000000000000renamedparent");
  });

  it("a match for a missing parent fails with P2003 / 23503, naming the constraint, and writes nothing", async () => {
    const a = await family();
    const attempts: [string, Prisma.MatchUncheckedCreateInput][] = [
      ["Match_enterpriseId_fkey", { enterpriseId: missingId, buyerId: a.buyer.id, score: 50, components: [] }],
      ["Match_buyerId_fkey", { enterpriseId: a.enterprise.id, buyerId: missingId, score: 50, components: [] }],
      ["Match_sourcingRequestId_fkey", { enterpriseId: a.enterprise.id, buyerId: a.buyer.id, sourcingRequestId: missingId, score: 50, components: [] }],
      ["Match_eventId_fkey", { eventId: missingId, enterpriseId: a.enterprise.id, buyerId: a.buyer.id, score: 50, components: [] }],
    ];
    for (const [constraint, data] of attempts) {
      expectForeignKeyError(await failure(db.match.create({ data })), constraint);
    }
    expect(await db.match.count()).toBe(0);

    // An update that points a match at a missing parent fails the same way and changes nothing.
    const match = await a.match(null);
    expectForeignKeyError(await failure(db.match.update({ where: { id: match.id }, data: { buyerId: missingId } })), "Match_buyerId_fkey");
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id } })).buyerId).toBe(a.buyer.id);
    // An update that leaves the keys alone needs no parent check (and passes).
    await db.match.update({ where: { id: match.id }, data: { score: 71 } });
  });

  it("a matching run's statement with one missing parent among many writes none of its rows", async () => {
    const a = await family();
    const demand = { requestId: a.request.id, buyerId: a.buyer.id } as Demand;
    const ghost = { requestId: null, buyerId: missingId } as Demand;
    const suggestion = { supplierId: a.enterprise.id, score: 60, components: [] };
    const error = await failure(db.$transaction((tx) => storeSuggestions(tx, null, [demand, ghost], [[suggestion], [suggestion]])));
    expect(sqlState(error)).toBe("23503");
    expect(await db.match.count()).toBe(0);
  });

  it("a parent deleted while a match for it is being written: the match fails with 23503, or goes with the parent", async () => {
    const connection = getConnection();
    const a = await family();
    const b = await family();
    const insert = (client: pg.Client, enterpriseId: string) =>
      client.query(`INSERT INTO "Match" (id, "enterpriseId", "buyerId", score, components, "updatedAt") VALUES ($1, $2, $3, 50, '[]', now())`, [
        `c0000000000000race${enterpriseId.slice(-7)}`,
        enterpriseId,
        a.buyer.id,
      ]);
    if (connection.kind === "embedded") {
      // One connection: the deletion is committed before the insert, which then finds no parent.
      await db.enterprise.delete({ where: { id: a.enterprise.id } });
      expect(sqlState(await failure(db.match.create({ data: { enterpriseId: a.enterprise.id, buyerId: a.buyer.id, score: 50, components: [] } })))).toBe("23503");
      expect(await db.match.count()).toBe(0);
      return;
    }
    const deleter = new pg.Client({ connectionString: connection.url });
    const writer = new pg.Client({ connectionString: connection.url });
    await Promise.all([deleter.connect(), writer.connect()]);
    const waiting = async (client: pg.Client) => {
      const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      return async () => {
        for (let tries = 0; tries < 200; tries += 1) {
          const [row] = await db.$queryRaw<{ waiting: boolean }[]>`SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = ${pid}`;
          if (row?.waiting) return;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        throw new Error("the second transaction never waited for the first");
      };
    };
    try {
      // The deletion first: the insert waits for it, then finds no parent.
      await deleter.query("BEGIN");
      await deleter.query(`DELETE FROM "Enterprise" WHERE id = $1`, [a.enterprise.id]);
      const writerWaits = await waiting(writer);
      await writer.query("BEGIN");
      const inserted = insert(writer, a.enterprise.id).then(
        () => null,
        (error: unknown) => error,
      );
      await writerWaits();
      await deleter.query("COMMIT");
      expect(((await inserted) as { code?: string } | null)?.code).toBe("23503");
      await writer.query("ROLLBACK");

      // The insert first: the deletion waits for it, then takes the new match along.
      await writer.query("BEGIN");
      await insert(writer, b.enterprise.id);
      const deleterWaits = await waiting(deleter);
      await deleter.query("BEGIN");
      const deleted = deleter.query(`DELETE FROM "Enterprise" WHERE id = $1`, [b.enterprise.id]);
      await deleterWaits();
      await writer.query("COMMIT");
      expect((await deleted).rowCount).toBe(1);
      await deleter.query("COMMIT");
      expect(await db.match.count()).toBe(0);
    } finally {
      await Promise.all([deleter.end(), writer.end()]);
    }
  });
});
