// A matching run on real PostgreSQL, from load to stored suggestions: only sensible pairs of
// published enterprises are suggested (required certificates honoured), a second run changes
// nothing, a re-run after staff acted keeps every decision exactly and adds only the new
// suggestions, and two runs at once leave no duplicate.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { generateSuggestions } from "@/lib/matching/engine/batch";
import { loadDemands, loadSuppliers } from "@/lib/matching/load";
import { runMatching } from "@/lib/matching/run";
import { storeSuggestions } from "@/lib/matching/store";
import { parseComponents } from "@/lib/matching/engine/stored";
import { defaultWeights } from "@/lib/matching/engine/weights";
import { resetData } from "./reset";

const options = { eventId: null, validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang" };
let counter = 0;

async function kbli(code: string): Promise<number> {
  return (await db.kbli.findFirstOrThrow({ where: { code, level: "SUBCLASS" }, select: { id: true } })).id;
}

async function enterprise(code: string, status: CurationStatus = "PUBLISHED", halal = false) {
  counter += 1;
  return db.enterprise.create({
    data: {
      slug: `ikm-${counter}`,
      legalName: `UD Uji ${counter}`,
      legalForm: "UD",
      kecamatanCode: "33.74.04",
      status,
      primaryKbliId: await kbli(code),
      monthlyCapacity: 100 * counter,
      capacityUnit: "pcs",
      curationGrade: status === "PUBLISHED" ? "B" : null,
      certificates: halal ? { create: { type: "HALAL", number: `ID33110000${counter}0001`, verifiedAt: new Date() } } : undefined,
    },
  });
}

async function buyer(name: string, profileCodes: string[] = []) {
  counter += 1;
  return db.buyerOrganization.create({
    data: {
      slug: `pembeli-${counter}`,
      name,
      kind: "RETAILER",
      city: "Semarang",
      sourcingKbli: { create: await Promise.all(profileCodes.map(async (code) => ({ kbliId: await kbli(code) }))) },
    },
  });
}

async function matchRows() {
  return db.match.findMany({ where: { eventId: null }, orderBy: { id: "asc" } });
}

describe("matching run", () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await resetData();
    for (const [name, code, status, halal] of [
      ["batikA", "13134", "PUBLISHED", false],
      ["batikB", "13134", "PUBLISHED", true],
      ["tenun", "13121", "PUBLISHED", false],
      ["tempe", "10391", "PUBLISHED", true],
      ["draft", "13134", "DRAFT", true],
    ] as const) {
      ids[name] = (await enterprise(code, status, halal)).id;
    }
    const retailer = await buyer("Toko Batik");
    ids.retailer = retailer.id;
    ids.batikRequest = (
      await db.sourcingRequest.create({ data: { buyerId: retailer.id, title: "Kain batik tulis", description: "Kain batik tulis untuk toko.", kbliId: await kbli("13134"), quantityPerMonth: 300, unit: "pcs" } })
    ).id;
    const grocer = await buyer("Swalayan");
    ids.grocer = grocer.id;
    ids.halalRequest = (
      await db.sourcingRequest.create({
        data: { buyerId: grocer.id, title: "Batik halal", description: "Batik dengan sertifikat halal.", kbliId: await kbli("13134"), quantityPerMonth: 50, unit: "pcs", requiredCertificates: ["HALAL"] },
      })
    ).id;
    ids.profileBuyer = (await buyer("Distributor Tenun", ["13121"])).id;
  });

  it("suggests only sensible pairs of published enterprises, honouring required certificates", async () => {
    const report = await runMatching(options);
    expect(report).toMatchObject({ suppliers: 4, demands: 3, updated: 0, removed: 0, kept: 0 });
    const rows = await matchRows();
    expect(report.created).toBe(rows.length);
    const pairs = rows.map((row) => `${row.enterpriseId}>${row.sourcingRequestId ?? row.buyerId}`).sort();
    expect(pairs).toEqual(
      [
        `${ids.batikA}>${ids.batikRequest}`,
        `${ids.batikB}>${ids.batikRequest}`,
        `${ids.tenun}>${ids.batikRequest}`,
        `${ids.batikB}>${ids.halalRequest}`,
        `${ids.batikA}>${ids.profileBuyer}`,
        `${ids.batikB}>${ids.profileBuyer}`,
        `${ids.tenun}>${ids.profileBuyer}`,
      ].sort(),
    );
    const exact = rows.find((row) => row.enterpriseId === ids.batikA && row.sourcingRequestId === ids.batikRequest)!;
    const related = rows.find((row) => row.enterpriseId === ids.tenun && row.sourcingRequestId === ids.batikRequest)!;
    expect(exact.score).toBeGreaterThan(related.score);
    expect(parseComponents(exact.components)).toEqual(expect.arrayContaining([expect.objectContaining({ key: "sector", explanation: expect.objectContaining({ key: "sector.subclass" }) })]));
  });

  it("a second run with nothing changed changes nothing", async () => {
    const before = await matchRows();
    const report = await runMatching(options);
    expect(report).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(await matchRows()).toEqual(before);
  });

  it("a re-run keeps every staff decision exactly and adds only the new suggestions", async () => {
    const rows = await matchRows();
    const find = (enterprise: string, target: string) => rows.find((row) => row.enterpriseId === ids[enterprise] && (row.sourcingRequestId ?? row.buyerId) === ids[target])!;
    await db.match.update({ where: { id: find("batikA", "batikRequest").id }, data: { status: "APPROVED", staffNote: "Cocok untuk acara." } });
    await db.match.update({ where: { id: find("tenun", "batikRequest").id }, data: { status: "VETOED" } });
    await db.match.update({ where: { id: find("batikB", "profileBuyer").id }, data: { pinned: true } });
    await db.match.update({ where: { id: find("batikB", "halalRequest").id }, data: { status: "APPROVED", smeResponse: "ACCEPTED" } });
    const manual = await db.match.create({ data: { enterpriseId: ids.tempe!, buyerId: ids.grocer!, score: 0, components: [], manual: true, status: "APPROVED" } });
    const decided = await db.match.findMany({ where: { OR: [{ status: { not: "SUGGESTED" } }, { pinned: true }, { manual: true }] }, orderBy: { id: "asc" } });
    expect(decided).toHaveLength(5);

    // The world changes: two decided suppliers leave the catalog, a new one arrives.
    await db.enterprise.updateMany({ where: { id: { in: [ids.batikA!, ids.batikB!] } }, data: { status: "DRAFT" } });
    const newcomer = await enterprise("13134", "PUBLISHED", true);
    const report = await runMatching(options);

    expect(await db.match.findMany({ where: { id: { in: decided.map((row) => row.id) } }, orderBy: { id: "asc" } })).toEqual(decided);
    expect(await db.match.findUnique({ where: { id: manual.id } })).not.toBeNull();
    const after = await matchRows();
    const added = after.filter((row) => !rows.some((old) => old.id === row.id) && row.id !== manual.id);
    expect(added.map((row) => row.enterpriseId)).toEqual([newcomer.id, newcomer.id, newcomer.id]);
    expect(report).toMatchObject({ created: 3, kept: 5 });
    // The undecided suggestion of a supplier that left is gone; undecided ones still in the top K stay.
    expect(after.some((row) => row.enterpriseId === ids.batikA && row.sourcingRequestId === null && row.status === "SUGGESTED" && !row.pinned)).toBe(false);
    expect(after.some((row) => row.enterpriseId === ids.tenun && row.buyerId === ids.profileBuyer)).toBe(true);
  });

  it("two runs at once leave one row per pair", async () => {
    await db.match.deleteMany({ where: { status: "SUGGESTED", pinned: false, manual: false } });
    const scope = { eventId: null, today: options.validOn };
    const demands = await loadDemands(db, scope);
    const context = { validOn: options.validOn, officeCity: options.officeCity, weights: defaultWeights, historyPolicy: "penalise" as const };
    const { suggestions } = generateSuggestions(await loadSuppliers(db, scope), demands, context, 20);
    // Both transactions read before either writes, unless the store serialises them.
    const results = await Promise.all([0, 1].map(() => db.$transaction((tx) => storeSuggestions(tx, null, demands, suggestions))));
    const created = results.map((result) => result.created).sort();
    expect(created[0]).toBe(0);
    expect(created[1]).toBeGreaterThan(0);
    const rows = await matchRows();
    const keys = rows.map((row) => `${row.enterpriseId}|${row.buyerId}|${row.sourcingRequestId ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
