// Curating a consortium and its answers, on real PostgreSQL with the demo data's Krobokan bandeng
// sentra: staff approve, veto and edit (recomputed by the engine, refused when it no longer covers
// the volume or breaks the hard filters); a member answers only its own approved consortium; a
// decline lets staff pick a replacement from the candidates; when every member and the buyer
// accept, exactly one meeting request exists, even when the last two answer at the same moment.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { approveConsortiumAction, buyerAnswerConsortiumAction, editConsortiumAction, smeAnswerConsortiumAction, vetoConsortiumAction } from "@/lib/consortia/actions";
import { answerConsortium } from "@/lib/consortia/answers";
import { consortiumCandidates } from "@/lib/consortia/curation";
import { db } from "@/lib/db";
import { FrontCache } from "@/lib/public-cache/front-cache";
import { registerFrontCache } from "@/lib/public-cache/front-registry";
import { runConsortia } from "@/lib/matching/consortium-run";
import { type Explanation, explanationText } from "@/lib/matching/engine/explain";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_BUYER_EMAIL } from "@/lib/seed/demo-data/sourcing";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { kbliId, seedBuyer } from "./support/sourcing";

const initial: FormState = { ok: false };
const run = () => runConsortia({ eventId: null, validOn: new Date(), officeCity: "Semarang" });

interface Party {
  id: string;
}
let staff: Party;
let buyer: Party & { buyerId: string };
let requestId = "";

async function as<T>(user: Party | null, call: () => Promise<T>): Promise<T> {
  signInAs(user);
  return call();
}

/** The demand's best proposal with its members' owners. */
async function best() {
  return db.consortium.findFirstOrThrow({
    where: { sourcingRequestId: requestId },
    orderBy: { rank: "asc" },
    include: { members: { include: { enterprise: { select: { ownerId: true } } }, orderBy: { enterpriseId: "asc" } } },
  });
}
const owner = (member: { enterprise: { ownerId: string | null } }): Party => ({ id: member.enterprise.ownerId! });

describe("consortium curation and answers", () => {
  beforeAll(async () => {
    await resetData();
    await seedDemoData(db);
    staff = await db.user.findUniqueOrThrow({ where: { email: "staf@temu-usaha.test" }, select: { id: true } });
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_BUYER_EMAIL }, select: { id: true, buyerOrganizationId: true } });
    buyer = { id: user.id, buyerId: user.buyerOrganizationId! };
    const request = await db.sourcingRequest.create({
      data: { buyerId: buyer.buyerId, title: "Bandeng presto 10 ton per bulan", description: "Bandeng presto duri lunak, dikirim setiap bulan.", kbliId: await kbliId("10219"), quantityPerMonth: 10_000, unit: "kg" },
    });
    requestId = request.id;
  });

  beforeEach(async () => {
    await db.consortium.deleteMany();
    await run();
  });

  it("staff approve and veto, audited; a second approval is refused; members are told", async () => {
    const consortium = await best();
    expect(consortium.members.every((member) => member.enterprise.ownerId)).toBe(true);
    expect(await as(staff, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })))).toEqual({ ok: true, message: "Matching.consortium.approved" });
    expect(await as(staff, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })))).toMatchObject({ ok: false, message: "Matching.consortium.errors.alreadyApproved" });
    expect((await db.consortium.findUniqueOrThrow({ where: { id: consortium.id } })).status).toBe("APPROVED");
    const notified = await db.notification.findMany({ where: { dedupeKey: { startsWith: `consortium-approved:${consortium.id}:` } }, select: { userId: true } });
    expect(new Set(notified.map((row) => row.userId))).toEqual(new Set([...consortium.members.map((member) => member.enterprise.ownerId!), buyer.id]));
    expect(await as(staff, () => vetoConsortiumAction(initial, form({ consortiumId: consortium.id })))).toEqual({ ok: true, message: "Matching.consortium.vetoed" });
    expect(await db.auditLog.count({ where: { entityId: consortium.id, action: { in: ["consortium.approve", "consortium.veto"] } } })).toBe(2);
    // Neither a member nor the buyer may decide.
    expect(await as(owner(consortium.members[0]!), () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })))).toMatchObject({ ok: false });
    expect(await as(buyer, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })))).toMatchObject({ ok: false });
    expect((await db.consortium.findUniqueOrThrow({ where: { id: consortium.id } })).status).toBe("VETOED");
  });

  it("an approval and an answer refresh the public sentra pages, which list approved consortia", async () => {
    const front = registerFrontCache(new FrontCache({ maxBytes: 1_000_000, maxEntries: 10, maxAgeMs: 10_000 }));
    const sentraPage = "/anonim/id/katalog/sentra/bandeng-presto-krobokan";
    const fill = () => front.set(sentraPage, { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: Buffer.from("<h1>Sentra</h1>") }, front.generation, 60_000);
    const consortium = await best();
    fill();
    expect(await as(staff, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })))).toEqual({ ok: true, message: "Matching.consortium.approved" });
    expect(front.get(sentraPage)).toBeUndefined();
    fill();
    expect(await as(owner(consortium.members[0]!), () => smeAnswerConsortiumAction(initial, form({ consortiumId: consortium.id, answer: "ACCEPTED" })))).toMatchObject({ ok: true });
    expect(front.get(sentraPage)).toBeUndefined();
  });

  afterAll(() => {
    registerFrontCache({ clear: () => undefined });
  });

  it("a member answers only its own consortium, only once approved; an outsider is refused", async () => {
    const consortium = await best();
    const member = consortium.members[0]!;
    const accept = { consortiumId: consortium.id, answer: "ACCEPTED" };
    expect(await as(owner(member), () => smeAnswerConsortiumAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.consortium.errors.notApproved" });
    expect(await as(buyer, () => buyerAnswerConsortiumAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.consortium.errors.notApproved" });
    await as(staff, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })));
    const outsider = await db.enterprise.findFirstOrThrow({ where: { status: "PUBLISHED", ownerId: { not: null }, id: { notIn: consortium.members.map((item) => item.enterpriseId) } }, select: { ownerId: true } });
    expect(await as({ id: outsider.ownerId! }, () => smeAnswerConsortiumAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.consortium.errors.notFound" });
    const otherBuyer = await seedBuyer("pembeli-lain");
    expect(await as(otherBuyer.user, () => buyerAnswerConsortiumAction(initial, form(accept)))).toMatchObject({ ok: false, message: "Matching.consortium.errors.notFound" });
    expect(await as(owner(member), () => smeAnswerConsortiumAction(initial, form({ consortiumId: consortium.id, answer: "MAYBE" })))).toMatchObject({ ok: false });
    expect(await as(owner(member), () => smeAnswerConsortiumAction(initial, form(accept)))).toEqual({ ok: true, message: "Matching.consortium.accepted" });
    const after = await best();
    expect(after.members.map((item) => item.response)).toEqual(consortium.members.map((item) => (item.id === member.id ? "ACCEPTED" : "PENDING")));
    expect(after.buyerResponse).toBe("PENDING");
  });

  it("when every member and the buyer accept, exactly one meeting request names them all; nothing changes afterwards", async () => {
    const consortium = await best();
    await as(staff, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })));
    const accept = { consortiumId: consortium.id, answer: "ACCEPTED" };
    expect(await as(buyer, () => buyerAnswerConsortiumAction(initial, form(accept)))).toEqual({ ok: true, message: "Matching.consortium.accepted" });
    for (const [index, member] of consortium.members.entries()) {
      const last = index === consortium.members.length - 1;
      expect(await as(owner(member), () => smeAnswerConsortiumAction(initial, form(accept)))).toEqual({ ok: true, message: last ? "Matching.consortium.meetingRequested" : "Matching.consortium.accepted" });
    }
    const request = await db.consortiumMeetingRequest.findUniqueOrThrow({ where: { consortiumId: consortium.id } });
    expect(request.buyerId).toBe(buyer.buyerId);
    expect(request.memberIds[0]).toBe(consortium.leadEnterpriseId);
    expect([...request.memberIds].sort()).toEqual(consortium.memberKey.split(","));
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `consortium-meeting:${consortium.id}:` } } })).toBe(consortium.members.length + 1);
    expect(await as(owner(consortium.members[0]!), () => smeAnswerConsortiumAction(initial, form({ ...accept, answer: "DECLINED" })))).toMatchObject({ ok: false, message: "Matching.consortium.errors.meetingExists" });
    expect(await as(staff, () => vetoConsortiumAction(initial, form({ consortiumId: consortium.id })))).toMatchObject({ ok: false, message: "Matching.consortium.errors.meetingExists" });
    expect(await db.consortiumMeetingRequest.count()).toBe(1);
  });

  it("the last two members accepting at the same moment leave exactly one meeting request", async () => {
    const consortium = await best();
    await as(staff, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })));
    const [first, second, ...rest] = consortium.members;
    for (let round = 0; round < 5; round += 1) {
      await db.consortiumMeetingRequest.deleteMany();
      await db.consortium.update({ where: { id: consortium.id }, data: { buyerResponse: "ACCEPTED" } });
      await db.consortiumMember.updateMany({ where: { consortiumId: consortium.id }, data: { response: "PENDING" } });
      await db.consortiumMember.updateMany({ where: { id: { in: rest.map((member) => member.id) } }, data: { response: "ACCEPTED" } });
      const input = { consortiumId: consortium.id, answer: "ACCEPTED" as const };
      const results = await Promise.all(
        [first!, second!].map((member) => db.$transaction((tx) => answerConsortium(tx, { side: "sme", userId: member.enterprise.ownerId!, enterpriseId: member.enterpriseId }, input))),
      );
      expect(results.filter((result) => result.meetingRequested)).toHaveLength(1);
      expect(await db.consortiumMeetingRequest.count({ where: { consortiumId: consortium.id } })).toBe(1);
    }
  });

  it("staff edit: a member removed and a candidate added, the lead changed; recomputed, kept by a re-run", async () => {
    const consortium = await best();
    const candidates = await as(staff, () => db.$transaction((tx) => consortiumCandidates(tx, consortium.id)));
    const current = consortium.memberKey.split(",");
    expect(current.every((id) => candidates.some((candidate) => candidate.id === id))).toBe(true);
    // Replace the smallest member by the largest outside candidate that still covers the volume.
    const smallest = [...consortium.members].sort((a, b) => a.capacity - b.capacity)[0]!;
    const rest = consortium.members.filter((member) => member.id !== smallest.id);
    const restCapacity = rest.reduce((sum, member) => sum + member.capacity, 0);
    const replacement = candidates.filter((candidate) => !current.includes(candidate.id)).find((candidate) => restCapacity + candidate.capacity >= consortium.quantityPerMonth);
    expect(replacement).toBeDefined();
    const memberIds = [...rest.map((member) => member.enterpriseId), replacement!.id];
    expect(await as(staff, () => editConsortiumAction(initial, form({ consortiumId: consortium.id, memberIds, leadId: replacement!.id })))).toEqual({ ok: true, message: "Matching.consortium.edited" });
    const edited = await best().then(() => db.consortium.findUniqueOrThrow({ where: { id: consortium.id }, include: { members: true } }));
    expect(edited).toMatchObject({ edited: true, leadEnterpriseId: replacement!.id, memberKey: [...memberIds].sort().join(","), combinedCapacity: restCapacity + replacement!.capacity });
    expect(edited.members.reduce((sum, member) => sum + member.share, 0)).toBe(consortium.quantityPerMonth);
    for (const member of edited.members) expect(member.share).toBeLessThanOrEqual(member.capacity);
    const text = (edited.explanation as unknown as Explanation[]).map((part) => explanationText(part, "id")).join(" ");
    expect(text).toContain(`kapasitas gabungan ${(restCapacity + replacement!.capacity).toLocaleString("id-ID")} kg/bulan`);
    expect(await db.auditLog.count({ where: { entityId: consortium.id, action: "consortium.edit" } })).toBe(1);
    // A re-run leaves the edited proposal exactly as it is.
    await run();
    expect(await db.consortium.findUniqueOrThrow({ where: { id: consortium.id }, include: { members: true } })).toEqual(edited);
  });

  it("an edit that no longer covers the volume, breaks the hard filters or has a lead outside is refused and changes nothing", async () => {
    const consortium = await best();
    const before = await db.consortium.findUniqueOrThrow({ where: { id: consortium.id }, include: { members: true } });
    const ids = consortium.members.map((member) => member.enterpriseId);
    // The three smallest candidates together fall short of the volume.
    const candidates = await db.$transaction((tx) => consortiumCandidates(tx, consortium.id));
    const short = [...candidates].sort((a, b) => a.capacity - b.capacity).slice(0, 3);
    expect(short.reduce((sum, candidate) => sum + candidate.capacity, 0)).toBeLessThan(consortium.quantityPerMonth);
    const cases: [Record<string, unknown>, string][] = [
      [{ memberIds: short.map((candidate) => candidate.id), leadId: short[0]!.id }, "Matching.consortium.errors.notCovered"],
      [{ memberIds: [ids[0]], leadId: ids[0] }, "Matching.consortium.errors.size"],
      [{ memberIds: ids, leadId: (await db.enterprise.findFirstOrThrow({ where: { id: { notIn: ids } } })).id }, "Matching.consortium.errors.lead"],
    ];
    // A published IKM of another line of business (batik) breaks the hard filters.
    const batik = await db.enterprise.findFirstOrThrow({ where: { status: "PUBLISHED", primaryKbli: { code: { startsWith: "13" } } }, select: { id: true } });
    cases.push([{ memberIds: [...ids.slice(0, 4), batik.id], leadId: ids[0] }, "Matching.consortium.errors.ineligible"]);
    for (const [fields, message] of cases) {
      const result = await as(staff, () => editConsortiumAction(initial, form({ consortiumId: consortium.id, ...fields } as never)));
      expect(result.ok).toBe(false);
      expect([result.message, ...Object.values(result.fieldErrors ?? {}).flat()]).toContain(message);
    }
    expect(await db.consortium.findUniqueOrThrow({ where: { id: consortium.id }, include: { members: true } })).toEqual(before);
  });

  it("an edit into a set another proposal holds: an untouched one gives way, a decided one refuses the edit", async () => {
    const [first, second] = await db.consortium.findMany({ where: { sourcingRequestId: requestId }, orderBy: { rank: "asc" }, include: { members: true } });
    const fields = { consortiumId: first!.id, memberIds: second!.memberKey.split(","), leadId: second!.leadEnterpriseId };
    await as(staff, () => vetoConsortiumAction(initial, form({ consortiumId: second!.id })));
    expect(await as(staff, () => editConsortiumAction(initial, form(fields)))).toMatchObject({ ok: false, message: "Matching.consortium.errors.duplicate" });
    expect(await db.consortium.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ memberKey: first!.memberKey, edited: false });
    await db.consortium.update({ where: { id: second!.id }, data: { status: "PROPOSED" } });
    expect(await as(staff, () => editConsortiumAction(initial, form(fields)))).toEqual({ ok: true, message: "Matching.consortium.edited" });
    expect(await db.consortium.findUnique({ where: { id: second!.id } })).toBeNull();
    expect(await db.consortium.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ memberKey: second!.memberKey, edited: true });
  });

  it("a member's decline lets staff put a candidate in its place; the others who keep their share keep their answer", async () => {
    const consortium = await best();
    await as(staff, () => approveConsortiumAction(initial, form({ consortiumId: consortium.id })));
    const decliner = [...consortium.members].sort((a, b) => a.capacity - b.capacity)[0]!;
    expect(await as(owner(decliner), () => smeAnswerConsortiumAction(initial, form({ consortiumId: consortium.id, answer: "DECLINED" })))).toEqual({ ok: true, message: "Matching.consortium.declined" });
    const candidates = await db.$transaction((tx) => consortiumCandidates(tx, consortium.id));
    const rest = consortium.members.filter((member) => member.id !== decliner.id);
    const restCapacity = rest.reduce((sum, member) => sum + member.capacity, 0);
    const replacement = candidates.find((candidate) => !consortium.memberKey.split(",").includes(candidate.id) && restCapacity + candidate.capacity >= consortium.quantityPerMonth)!;
    const memberIds = [...rest.map((member) => member.enterpriseId), replacement.id];
    expect(await as(staff, () => editConsortiumAction(initial, form({ consortiumId: consortium.id, memberIds, leadId: consortium.leadEnterpriseId === decliner.enterpriseId ? replacement.id : consortium.leadEnterpriseId })))).toMatchObject({ ok: true });
    const after = await db.consortium.findUniqueOrThrow({ where: { id: consortium.id }, include: { members: true } });
    expect(after.status).toBe("APPROVED");
    expect(after.members.map((member) => member.enterpriseId).sort()).toEqual([...memberIds].sort());
    expect(after.members.find((member) => member.enterpriseId === replacement.id)!.response).toBe("PENDING");
    expect(after.buyerResponse).toBe("PENDING");
    // The replacement hears of it.
    const replacementOwner = await db.enterprise.findUniqueOrThrow({ where: { id: replacement.id }, select: { ownerId: true } });
    expect(await db.notification.count({ where: { userId: replacementOwner.ownerId!, dedupeKey: { startsWith: `consortium-approved:${consortium.id}:` } } })).toBe(1);
  });
});
