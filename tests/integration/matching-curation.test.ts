// Curating an event's matches and the two sides' answers, on real PostgreSQL: staff generate for
// an event's approved participants; approve, veto and pin are race-safe and audited; a manual
// match is scored and refused twice; an SME or buyer answers only its own approved match; when
// both accept (even at the same moment) exactly one meeting request exists; a decided match
// survives a re-run.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import {
  addManualMatchAction,
  approveMatchAction,
  buyerRespondAction,
  generateMatchesAction,
  pinMatchAction,
  saveNoteAction,
  saveWeightsAction,
  sendToSchedulingAction,
  smeRespondAction,
  vetoMatchAction,
} from "@/lib/matching/actions";
import { decideMatch } from "@/lib/matching/curation";
import { respondToMatch } from "@/lib/matching/responses";
import { parseComponents } from "@/lib/matching/engine/stored";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { seedBuyer, seedRequest, seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

async function as<T>(user: SessionUser | null, call: () => Promise<T>): Promise<T> {
  signInAs(user);
  return call();
}

/** An event with approved SMEs (batik, batik, tempe), an applied SME, and two approved buyers. */
async function seedEvent() {
  const event = await db.event.create({
    data: {
      slug: "temu-uji",
      title: "Temu Usaha Uji",
      kind: "BUSINESS_MATCHING",
      quarter: "2027-Q1",
      description: "Acara uji.",
      venue: "Balai Kota",
      startsAt: new Date("2027-03-10T01:00:00Z"),
      endsAt: new Date("2027-03-10T08:00:00Z"),
      status: "PUBLISHED",
    },
  });
  const batik = await seedSme("batik-a", ["13134"]);
  const batik2 = await seedSme("batik-b", ["13134"]);
  const tempe = await seedSme("tempe-c", ["10391"]);
  const applied = await seedSme("batik-daftar", ["13134"]);
  const retailer = await seedBuyer("toko-batik");
  const importer = await seedBuyer("importir-batik");
  await seedRequest(retailer.organization.id, "13134", { title: "Kain batik tulis" });
  await seedRequest(importer.organization.id, "13134", { title: "Batik cap" });
  const participant = (kind: "SME" | "BUYER", id: string, status: "APPROVED" | "APPLIED" = "APPROVED") =>
    db.eventParticipant.create({ data: { eventId: event.id, kind, status, ...(kind === "SME" ? { enterpriseId: id } : { buyerId: id }) } });
  const parts = {
    batik: await participant("SME", batik.enterprise.id),
    batik2: await participant("SME", batik2.enterprise.id),
    tempe: await participant("SME", tempe.enterprise.id),
    applied: await participant("SME", applied.enterprise.id, "APPLIED"),
    retailer: await participant("BUYER", retailer.organization.id),
    importer: await participant("BUYER", importer.organization.id),
  };
  const staff = await seedStaff("kurator");
  return { event, batik, batik2, tempe, applied, retailer, importer, parts, staff };
}

type World = Awaited<ReturnType<typeof seedEvent>>;
let world: World;

beforeEach(async () => {
  await resetData();
  signInAs(null);
  world = await seedEvent();
});

async function generate() {
  return as(world.staff.session, () => generateMatchesAction(initial, form({ eventId: world.event.id })));
}

async function matchOf(enterpriseId: string, buyerId: string) {
  return db.match.findFirstOrThrow({ where: { eventId: world.event.id, enterpriseId, buyerId } });
}

async function audits(action: string) {
  return db.auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });
}

describe("generating and curating an event's matches", () => {
  it("generates pairs of the event's approved participants only, and records the report", async () => {
    expect(await generate()).toEqual({ ok: true, message: "Matching.board.generated" });
    const rows = await db.match.findMany({ where: { eventId: world.event.id } });
    const enterprises = new Set(rows.map((row) => row.enterpriseId));
    expect(enterprises).toEqual(new Set([world.batik.enterprise.id, world.batik2.enterprise.id]));
    expect(rows).toHaveLength(4);
    const [audit] = await audits("match.generate");
    expect(audit).toMatchObject({ actorId: world.staff.user.id, entityType: "Event", entityId: world.event.id });
    expect(audit!.data).toMatchObject({ created: 4, suppliers: 3, demands: 2 });
  });

  it("an SME or a buyer cannot generate or approve", async () => {
    expect(await as(world.batik.session, () => generateMatchesAction(initial, form({ eventId: world.event.id })))).toMatchObject({ message: "Errors.forbidden" });
    await generate();
    const match = await matchOf(world.batik.enterprise.id, world.retailer.organization.id);
    expect(await as(world.retailer.session, () => approveMatchAction(initial, form({ matchId: match.id })))).toMatchObject({ message: "Errors.forbidden" });
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id } })).status).toBe("SUGGESTED");
  });

  it("of two approvals at once exactly one wins and is audited; veto and approve again both work", async () => {
    await generate();
    const match = await matchOf(world.batik.enterprise.id, world.retailer.organization.id);
    const actor = world.staff.user.id;
    const results = await Promise.allSettled([0, 1].map(() => db.$transaction((tx) => decideMatch(tx, actor, match.id, "approve"))));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ key: "Matching.errors.alreadyApproved" });
    expect(await audits("match.approve")).toHaveLength(1);

    expect(await as(world.staff.session, () => vetoMatchAction(initial, form({ matchId: match.id })))).toEqual({ ok: true, message: "Matching.board.vetoed" });
    expect(await as(world.staff.session, () => vetoMatchAction(initial, form({ matchId: match.id })))).toMatchObject({ ok: false, message: "Matching.errors.alreadyVetoed" });
    expect(await as(world.staff.session, () => approveMatchAction(initial, form({ matchId: match.id })))).toMatchObject({ ok: true });
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id } })).status).toBe("APPROVED");
    expect((await audits("match.veto")).map((row) => row.entityId)).toEqual([match.id]);

    expect(await as(world.staff.session, () => pinMatchAction(initial, form({ matchId: match.id })))).toMatchObject({ ok: true });
    expect(await as(world.staff.session, () => pinMatchAction(initial, form({ matchId: match.id })))).toMatchObject({ ok: false, message: "Matching.errors.alreadyPinned" });
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id } })).pinned).toBe(true);
    expect(await audits("match.pin")).toHaveLength(1);
  });

  it("keeps the note within 1,000 characters and audits it", async () => {
    await generate();
    const match = await matchOf(world.batik.enterprise.id, world.retailer.organization.id);
    const tooLong = await as(world.staff.session, () => saveNoteAction(initial, form({ matchId: match.id, note: "x".repeat(1001) })));
    expect(tooLong).toMatchObject({ ok: false, fieldErrors: { note: ["Matching.errors.noteTooLong"] } });
    expect(await as(world.staff.session, () => saveNoteAction(initial, form({ matchId: match.id, note: "  Cocok untuk gerai.  " })))).toMatchObject({ ok: true });
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id } })).staffNote).toBe("Cocok untuk gerai.");
    expect(await audits("match.note")).toHaveLength(1);
  });

  it("adds a scored manual match between approved participants, and refuses a duplicate or a non-participant", async () => {
    const add = (sme: string, buyer: string) =>
      as(world.staff.session, async () => {
        const result = await submit(addManualMatchAction, { eventId: world.event.id, smeParticipantId: sme, buyerParticipantId: buyer });
        return "redirect" in result ? { ok: true, ...result } : result;
      });
    const added = await add(world.parts.batik.id, world.parts.retailer.id);
    expect(added).toMatchObject({ ok: true, redirect: expect.stringContaining("/staf/pencocokan/") });
    const manual = await matchOf(world.batik.enterprise.id, world.retailer.organization.id);
    expect(manual).toMatchObject({ manual: true, status: "APPROVED" });
    expect(manual.score).toBeGreaterThan(0);
    expect(manual.sourcingRequestId).not.toBeNull();

    expect(await add(world.parts.batik.id, world.parts.retailer.id)).toMatchObject({ ok: false, message: "Matching.errors.duplicate" });
    expect(await add(world.parts.applied.id, world.parts.retailer.id)).toMatchObject({ ok: false, fieldErrors: { smeParticipantId: ["Matching.errors.pickSme"] } });
    // The tempe maker and a batik buyer: no score the engine would give, still added by staff's judgment.
    await add(world.parts.tempe.id, world.parts.importer.id);
    expect(await matchOf(world.tempe.enterprise.id, world.importer.organization.id)).toMatchObject({ manual: true, score: 0, components: [] });
    expect(await db.match.count({ where: { manual: true } })).toBe(2);
    expect(await audits("match.manual")).toHaveLength(2);

    // A later run keeps the manual match and does not add a second row of the same pair.
    await generate();
    expect(await db.match.count({ where: { enterpriseId: world.batik.enterprise.id, buyerId: world.retailer.organization.id } })).toBe(1);
  });
});

describe("answers of the SME and the buyer", () => {
  async function approved() {
    await generate();
    const match = await matchOf(world.batik.enterprise.id, world.retailer.organization.id);
    await as(world.staff.session, () => approveMatchAction(initial, form({ matchId: match.id })));
    return match;
  }

  it("each side answers only its own approved match; suggested and vetoed matches take no answer", async () => {
    await generate();
    const match = await matchOf(world.batik.enterprise.id, world.retailer.organization.id);
    const accept = { matchId: match.id, answer: "ACCEPTED" };
    expect(await as(world.batik.session, () => smeRespondAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.errors.notFound" });
    await as(world.staff.session, () => approveMatchAction(initial, form({ matchId: match.id })));
    expect(await as(world.batik2.session, () => smeRespondAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.errors.notFound" });
    expect(await as(world.importer.session, () => buyerRespondAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.errors.notFound" });
    expect(await as(world.retailer.session, () => smeRespondAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect(await db.match.findUniqueOrThrow({ where: { id: match.id } })).toMatchObject({ smeResponse: "PENDING", buyerResponse: "PENDING" });

    expect(await as(world.batik.session, () => smeRespondAction(initial, form(accept)))).toEqual({ ok: true, message: "Matching.respond.accepted" });
    await as(world.staff.session, () => vetoMatchAction(initial, form({ matchId: match.id })));
    expect(await as(world.retailer.session, () => buyerRespondAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.errors.notFound" });
    expect(await db.meeting.count()).toBe(0);

    // Once the event is over, an approved match takes no more answers.
    await as(world.staff.session, () => approveMatchAction(initial, form({ matchId: match.id })));
    await db.event.update({ where: { id: world.event.id }, data: { status: "COMPLETED" } });
    expect(await as(world.retailer.session, () => buyerRespondAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.errors.notFound" });
    expect((await db.match.findUniqueOrThrow({ where: { id: match.id } })).buyerResponse).toBe("PENDING");
  });

  it("when both accept, one meeting request links the match and the two participants; answers are then locked", async () => {
    const match = await approved();
    const accept = { matchId: match.id, answer: "ACCEPTED" };
    expect(await as(world.retailer.session, () => buyerRespondAction(initial, form(accept)))).toEqual({ ok: true, message: "Matching.respond.accepted" });
    // Declining after accepting is allowed while no meeting is requested; accepting again too.
    expect(await as(world.retailer.session, () => buyerRespondAction(initial, form({ ...accept, answer: "DECLINED" })))).toEqual({ ok: true, message: "Matching.respond.declined" });
    expect(await as(world.batik.session, () => smeRespondAction(initial, form(accept)))).toEqual({ ok: true, message: "Matching.respond.accepted" });
    expect(await db.meeting.count()).toBe(0);
    expect(await as(world.retailer.session, () => buyerRespondAction(initial, form(accept)))).toEqual({ ok: true, message: "Matching.respond.meetingRequested" });

    const meetings = await db.meeting.findMany();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ eventId: world.event.id, matchId: match.id, smeParticipantId: world.parts.batik.id, buyerParticipantId: world.parts.retailer.id, status: "ACCEPTED" });
    expect(await audits("meeting.request")).toHaveLength(1);
    expect(await audits("match.respond")).toHaveLength(4);

    expect(await as(world.batik.session, () => smeRespondAction(initial, form({ ...accept, answer: "DECLINED" })))).toMatchObject({ ok: false, message: "Matching.errors.meetingRequested" });
    expect(await as(world.staff.session, () => vetoMatchAction(initial, form({ matchId: match.id })))).toMatchObject({ ok: false, message: "Matching.errors.meetingExists" });
    expect(await as(world.staff.session, () => sendToSchedulingAction(initial, form({ matchId: match.id })))).toEqual({ ok: true, message: "Matching.board.alreadySent" });
    expect(await db.meeting.count()).toBe(1);
  });

  it("both sides accepting at the same moment leave exactly one meeting request", async () => {
    const match = await approved();
    for (let round = 0; round < 3; round += 1) {
      await db.meeting.deleteMany();
      await db.match.update({ where: { id: match.id }, data: { smeResponse: "PENDING", buyerResponse: "PENDING" } });
      const input = { matchId: match.id, answer: "ACCEPTED" as const };
      const results = await Promise.all([
        db.$transaction((tx) => respondToMatch(tx, { side: "sme", userId: world.batik.owner.id, enterpriseId: world.batik.enterprise.id }, input)),
        db.$transaction((tx) => respondToMatch(tx, { side: "buyer", userId: world.retailer.user.id, buyerId: world.retailer.organization.id }, input)),
      ]);
      expect(results.filter((result) => result.meetingRequested)).toHaveLength(1);
      expect(await db.meeting.count({ where: { matchId: match.id, status: "ACCEPTED" } })).toBe(1);
    }
  });

  it("a decided and answered match survives a re-run exactly", async () => {
    const match = await approved();
    await as(world.batik.session, () => smeRespondAction(initial, form({ matchId: match.id, answer: "ACCEPTED" })));
    const other = await matchOf(world.batik2.enterprise.id, world.importer.organization.id);
    await as(world.staff.session, () => vetoMatchAction(initial, form({ matchId: other.id })));
    const before = await db.match.findMany({ where: { id: { in: [match.id, other.id] } }, orderBy: { id: "asc" } });
    // The retailer's request closes: its undecided suggestions would go, the decided one stays.
    await db.sourcingRequest.updateMany({ where: { buyerId: world.retailer.organization.id }, data: { status: "CLOSED" } });
    await generate();
    expect(await db.match.findMany({ where: { id: { in: [match.id, other.id] } }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("staff can send one approved match to scheduling before the answers; a suggested one cannot be sent", async () => {
    await generate();
    const suggested = await matchOf(world.batik2.enterprise.id, world.retailer.organization.id);
    expect(await as(world.staff.session, () => sendToSchedulingAction(initial, form({ matchId: suggested.id })))).toMatchObject({ ok: false, message: "Matching.errors.notApproved" });
    const match = await matchOf(world.batik.enterprise.id, world.importer.organization.id);
    await as(world.staff.session, () => approveMatchAction(initial, form({ matchId: match.id })));
    expect(await as(world.staff.session, () => sendToSchedulingAction(initial, form({ matchId: match.id })))).toEqual({ ok: true, message: "Matching.board.sent" });
    expect(await db.meeting.findFirstOrThrow({ where: { matchId: match.id } })).toMatchObject({ smeParticipantId: world.parts.batik.id, buyerParticipantId: world.parts.importer.id, status: "ACCEPTED" });
    // The SME can no longer change its answer on a match whose meeting is already requested.
    expect(await as(world.batik.session, () => smeRespondAction(initial, form({ matchId: match.id, answer: "DECLINED" })))).toMatchObject({ message: "Matching.errors.meetingRequested" });
  });

  it("staff set the event's weights (bad input changes nothing, audited) and the next generation scores with them", async () => {
    const weights = { sector: "60", capacity: "20", certificates: "15", exportReadiness: "10", price: "10", location: "5", grade: "5", reciprocity: "5" };
    const save = (fields: Record<string, string>) => as(world.staff.session, () => saveWeightsAction(initial, form({ eventId: world.event.id, ...fields })));
    expect((await save({ ...weights, sector: "-1" })).fieldErrors).toEqual({ sector: ["Matching.errors.weightInvalid"] });
    expect((await save({ ...weights, price: "101" })).fieldErrors).toEqual({ price: ["Matching.errors.weightInvalid"] });
    const zero = Object.fromEntries(Object.keys(weights).map((key) => [key, "0"]));
    expect((await save(zero)).fieldErrors).toEqual({ sector: ["Matching.errors.weightsAllZero"] });
    expect((await as(world.batik.session, () => saveWeightsAction(initial, form({ eventId: world.event.id, ...weights })))).message).toBe("Errors.forbidden");
    expect((await db.event.findUniqueOrThrow({ where: { id: world.event.id } })).matchWeights).toBeNull();

    expect(await save(weights)).toMatchObject({ ok: true, message: "Matching.weights.saved" });
    expect((await db.event.findUniqueOrThrow({ where: { id: world.event.id } })).matchWeights).toMatchObject({ sector: 60, price: 10 });
    expect(await audits("match.weights")).toHaveLength(1);
    await generate();
    const match = await matchOf(world.batik.enterprise.id, world.retailer.organization.id);
    expect(parseComponents(match.components).find((component) => component.key === "sector")).toMatchObject({ weight: 60 });
  });
});
