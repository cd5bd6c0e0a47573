// Pooled supply on real PostgreSQL: a buyer's 10,000 kg/month of bandeng presto that no single
// IKM can supply gets consortia, the best from one sentra; a second run changes nothing; a re-run
// after staff approved, vetoed or a member answered keeps every decision exactly while undecided
// proposals follow the new data; staff's "generate matches" stores the event's consortia too.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { generateMatchesAction } from "@/lib/matching/actions";
import { runConsortia } from "@/lib/matching/consortium-run";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { kbliId, seedStaff } from "./support/sourcing";

const options = { eventId: null, validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang" };
let counter = 0;

async function ikm(name: string, capacity: number, unit: string, place: { sentraId?: string; kecamatanCode?: string; grade?: "A" | "B" | "C" } = {}) {
  counter += 1;
  return db.enterprise.create({
    data: {
      slug: `ikm-${counter}-${name}`,
      legalName: `UD ${name}`,
      legalForm: "UD",
      kecamatanCode: place.kecamatanCode ?? "33.74.13",
      sentraId: place.sentraId ?? null,
      status: "PUBLISHED",
      primaryKbliId: await kbliId("10219"),
      monthlyCapacity: capacity,
      capacityUnit: unit,
      curationGrade: place.grade ?? "B",
      certificates: { create: { type: "HALAL", number: `ID33110000${counter}0001`, verifiedAt: new Date("2026-01-01T00:00:00Z") } },
    },
  });
}

async function seedWorld() {
  const sentra = await db.sentra.create({ data: { slug: "bandeng-krobokan", name: "Sentra Bandeng Presto Krobokan", description: "Sentra bandeng presto.", kecamatanCode: "33.74.13" } });
  const members = [
    await ikm("sari-laut", 4000, "kg", { sentraId: sentra.id, grade: "A" }),
    await ikm("juwita", 4, "ton", { sentraId: sentra.id }),
    await ikm("bu-nining", 3500, "kg", { sentraId: sentra.id }),
  ];
  const outside = [await ikm("tugu", 6000, "kg", { kecamatanCode: "33.74.16" }), await ikm("genuk", 5000, "kg", { kecamatanCode: "33.74.05" })];
  const buyer = await db.buyerOrganization.create({ data: { slug: "oleh-oleh", name: "Toko Oleh-oleh Pandanaran", kind: "RETAILER", city: "Semarang" } });
  const request = await db.sourcingRequest.create({
    data: {
      buyerId: buyer.id,
      title: "Bandeng presto 10 ton per bulan",
      description: "Bandeng presto duri lunak untuk tiga cabang toko, dikirim setiap bulan.",
      kbliId: await kbliId("10219"),
      quantityPerMonth: 10_000,
      unit: "kg",
      requiredCertificates: ["HALAL"],
    },
  });
  return { sentra, members, outside, buyer, request };
}

const rows = () =>
  db.consortium.findMany({
    where: { eventId: null },
    orderBy: { rank: "asc" },
    include: { members: { orderBy: { enterpriseId: "asc" }, select: { enterpriseId: true, share: true, capacity: true, response: true } } },
  });

let world: Awaited<ReturnType<typeof seedWorld>>;

beforeEach(async () => {
  await resetData();
  signInAs(null);
  world = await seedWorld();
});

describe("consortium run", () => {
  it("proposes the sentra's three IKM first for a volume no single IKM covers, shares within capacity", async () => {
    const report = await runConsortia(options);
    expect(report).toMatchObject({ demandsNeedingPool: 1, demandsPooled: 1, proposals: 3, created: 3, updated: 0, removed: 0, kept: 0 });
    const stored = await rows();
    expect(stored.map((row) => row.rank)).toEqual([1, 2, 3]);
    const [best] = stored;
    expect(best!.memberKey).toBe(world.members.map((member) => member.id).sort().join(","));
    expect(best!.sourcingRequestId).toBe(world.request.id);
    expect(best!.combinedCapacity).toBe(11_500);
    expect(best!.leadEnterpriseId).toBe(world.members[0]!.id);
    expect(best!.explanation).toContainEqual({ key: "consortium.sentra", values: { count: 3, place: "Sentra Bandeng Presto Krobokan", capacity: 11_500, unit: "kg", quantity: 10_000 } });
    for (const row of stored) {
      expect(row.members.reduce((sum, member) => sum + member.share, 0)).toBe(10_000);
      expect(row.combinedCapacity).toBeGreaterThanOrEqual(10_000);
      for (const member of row.members) expect(member.share).toBeLessThanOrEqual(member.capacity);
    }
    // The ton supplier counts in kg.
    expect(best!.members.find((member) => member.enterpriseId === world.members[1]!.id)?.capacity).toBe(4000);
  });

  it("a second run changes nothing", async () => {
    await runConsortia(options);
    const before = await rows();
    const again = await runConsortia(options);
    expect(again).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 0, proposals: 3 });
    expect(await rows()).toEqual(before);
  });

  it("a re-run keeps staff decisions and answers on consortia exactly, and refreshes the undecided", async () => {
    await runConsortia(options);
    const [first, second, third] = await rows();
    await db.consortium.update({ where: { id: first!.id }, data: { status: "APPROVED" } });
    await db.consortium.update({ where: { id: second!.id }, data: { status: "VETOED" } });
    await db.consortiumMember.updateMany({ where: { consortiumId: third!.id, enterpriseId: third!.members[0]!.enterpriseId }, data: { response: "ACCEPTED", respondedAt: new Date() } });
    const decided = await db.consortium.findMany({ where: { id: { in: [first!.id, second!.id, third!.id] } }, include: { members: true }, orderBy: { id: "asc" } });

    // The data changes: the buyer now needs 11,000 kg, a new large IKM joins the sentra.
    await db.sourcingRequest.update({ where: { id: world.request.id }, data: { quantityPerMonth: 11_000 } });
    await ikm("baru", 5000, "kg", { sentraId: world.sentra.id, grade: "A" });
    const report = await runConsortia(options);
    expect(report.kept).toBe(3);
    expect(report.created).toBeGreaterThan(0);
    expect(await db.consortium.findMany({ where: { id: { in: [first!.id, second!.id, third!.id] } }, include: { members: true }, orderBy: { id: "asc" } })).toEqual(decided);
    // The undecided ones stored now are for 11,000 kg; the decided ones still say 10,000.
    const undecided = await db.consortium.findMany({ where: { id: { notIn: [first!.id, second!.id, third!.id] } }, include: { members: true } });
    expect(undecided.length).toBeGreaterThan(0);
    for (const row of undecided) {
      expect(row.quantityPerMonth).toBe(11_000);
      expect(row.members.reduce((sum, member) => sum + member.share, 0)).toBe(11_000);
    }
    // Once more: nothing to do.
    expect(await runConsortia(options)).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 3 });
  });

  it("removes undecided proposals once one IKM covers the volume alone", async () => {
    await runConsortia(options);
    const [first] = await rows();
    await db.consortium.update({ where: { id: first!.id }, data: { status: "APPROVED" } });
    await db.enterprise.update({ where: { id: world.outside[0]!.id }, data: { monthlyCapacity: 12_000 } });
    const report = await runConsortia(options);
    expect(report).toMatchObject({ demandsNeedingPool: 0, created: 0, removed: 2, kept: 1 });
    expect((await rows()).map((row) => row.id)).toEqual([first!.id]);
  });

  it("staff generating an event's matches store its consortia too", async () => {
    const event = await db.event.create({
      data: {
        slug: "temu-bandeng",
        title: "Temu Usaha Bandeng",
        kind: "BUSINESS_MATCHING",
        quarter: "2027-Q1",
        description: "Acara uji.",
        venue: "Balai Kota",
        startsAt: new Date("2027-03-10T01:00:00Z"),
        endsAt: new Date("2027-03-10T08:00:00Z"),
        status: "PUBLISHED",
      },
    });
    for (const member of [...world.members, ...world.outside]) await db.eventParticipant.create({ data: { eventId: event.id, kind: "SME", status: "APPROVED", enterpriseId: member.id } });
    await db.eventParticipant.create({ data: { eventId: event.id, kind: "BUYER", status: "APPROVED", buyerId: world.buyer.id } });
    const staff = await seedStaff("kurator");
    signInAs(staff.session);
    const initial: FormState = { ok: false };
    expect(await generateMatchesAction(initial, form({ eventId: event.id }))).toEqual({ ok: true, message: "Matching.board.generated" });
    const stored = await db.consortium.findMany({ where: { eventId: event.id }, orderBy: { rank: "asc" } });
    expect(stored).toHaveLength(3);
    expect(stored[0]!.memberKey).toBe(world.members.map((member) => member.id).sort().join(","));
    expect(await db.consortium.count({ where: { eventId: null } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "match.generate" } });
    expect(audit.data).toMatchObject({ consortia: { created: 3, demandsNeedingPool: 1 } });
  });
});
