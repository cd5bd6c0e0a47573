// Agendas and check-in below the browser: a participant sees only its own meetings and only once
// the schedule is published and its registration approved; the .ics download holds exactly those
// meetings; check-in by QR code is idempotent and safe under simultaneous scans, refuses another
// event's code, and can be undone from the list.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { getEventGrid, getParticipantAgenda } from "@/lib/agenda/queries";
import { checkInByCodeAction, checkInFromListAction, undoCheckInAction } from "@/lib/check-in/actions";
import { checkInParticipant } from "@/lib/check-in/mutations";
import { checkInCounts, getBackupList, getParticipantByCode, searchCheckIns } from "@/lib/check-in/queries";
import { db } from "@/lib/db";
import { explanationText } from "@/lib/matching/engine/explain";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { seedEvent, seedEventDay } from "./support/event-day";
import { seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

async function downloadIcs(slug: string): Promise<Response> {
  const { GET } = await import("@/app/(participant)/peserta/acara/[slug]/agenda.ics/route");
  return GET(new Request(`http://localhost/peserta/acara/${slug}/agenda.ics`), { params: Promise.resolve({ slug }) });
}

describe("a participant's agenda", () => {
  it("lists only the participant's own placed meetings, in time order, with the other party", async () => {
    const day = await seedEventDay();
    const sme = await getParticipantAgenda({ kind: "SME", enterpriseId: day.smeA.enterprise.id }, day.event.slug);
    expect(sme?.state).toBe("ready");
    expect(sme?.meetings.map((meeting) => [meeting.id, meeting.tableNumber, meeting.other.name])).toEqual([
      [day.m1.id, 1, `PT ${day.event.slug}-pembeli-a`],
      [day.m3.id, 2, `PT ${day.event.slug}-pembeli-b`],
    ]);
    const buyer = await getParticipantAgenda({ kind: "BUYER", buyerId: day.buyerA.organization.id }, day.event.slug);
    expect(buyer?.meetings.map((meeting) => meeting.id)).toEqual([day.m1.id, day.m2.id]);
    expect(buyer?.meetings[0]?.matchReasons).toEqual([]);
    expect(buyer?.meetings[0]?.other).toMatchObject({ kind: "SME", name: `Merek ${day.event.slug}-ikm-a`, sector: { code: "10794" } });
  });

  it("explains a meeting that came from matching by the match's main reason", async () => {
    const day = await seedEventDay();
    const sector = { key: "sector", value: 1, weight: 40, points: 40, applicable: true, explanation: { key: "sector.subclass", values: { supplier: "10794", buyer: "10794" } } };
    const match = await db.match.create({ data: { eventId: day.event.id, enterpriseId: day.smeA.enterprise.id, buyerId: day.buyerA.organization.id, score: 40, components: [sector] } });
    await db.meeting.update({ where: { id: day.m1.id }, data: { matchId: match.id } });
    const agenda = await getParticipantAgenda({ kind: "SME", enterpriseId: day.smeA.enterprise.id }, day.event.slug);
    const reasons = agenda?.meetings[0]?.matchReasons ?? [];
    expect(agenda?.meetings[0]?.matchScore).toBe(40);
    expect(reasons.map((reason) => explanationText(reason, "id"))).toEqual(["Subgolongan KBLI sama: 10794 dan 10794."]);
  });

  it("shows no meetings before the schedule is published, nor to a participant not approved", async () => {
    const day = await seedEventDay("belum-terbit", { published: false });
    const unpublished = await getParticipantAgenda({ kind: "SME", enterpriseId: day.smeA.enterprise.id }, day.event.slug);
    expect(unpublished).toMatchObject({ state: "notPublished", meetings: [] });
    await db.event.update({ where: { id: day.event.id }, data: { schedulePublishedAt: new Date() } });
    await db.eventParticipant.update({ where: { id: day.pSmeA.id }, data: { status: "WAITLISTED" } });
    const waitlisted = await getParticipantAgenda({ kind: "SME", enterpriseId: day.smeA.enterprise.id }, day.event.slug);
    expect(waitlisted).toMatchObject({ state: "notApproved", meetings: [] });
    const stranger = await getParticipantAgenda({ kind: "BUYER", buyerId: "tidakada" }, day.event.slug);
    expect(stranger).toMatchObject({ state: "notRegistered", meetings: [] });
  });

  it("downloads the own meetings as an .ics file, and answers 404 without a published agenda", async () => {
    const day = await seedEventDay();
    signInAs(day.smeA.session);
    const response = await downloadIcs(day.event.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="agenda-temu-hari-ini\.ics"$/);
    const body = await response.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(body).toContain(`UID:meeting-${day.m1.id}@localhost:3000`);
    expect(body).toContain(`UID:meeting-${day.m3.id}@localhost:3000`);
    expect(body).not.toContain(day.m2.id);
    expect(body.replace(/\r\n /g, "")).toContain(`SUMMARY:Temu Usaha: PT ${day.event.slug}-pembeli-a\\, meja 1`);
    expect(body).toContain("LOCATION:Gedung Pertemuan Balai Kota");

    await db.event.update({ where: { id: day.event.id }, data: { schedulePublishedAt: null } });
    expect((await downloadIcs(day.event.slug)).status).toBe(404);
    // Nor is there one for an SME outside the event.
    signInAs((await seedSme("lain", ["10794"])).session);
    expect((await downloadIcs(day.event.slug)).status).toBe(404);
  });

  it("gives the staff grid every placed meeting on its slot and table", async () => {
    const day = await seedEventDay();
    const grid = await getEventGrid(day.event.id);
    expect(grid?.slots).toHaveLength(6);
    expect(grid?.meetings.map((meeting) => [meeting.tableNumber, meeting.smeName, meeting.buyerName])).toEqual([
      [1, `Merek ${day.event.slug}-ikm-a`, `PT ${day.event.slug}-pembeli-a`],
      [1, `Merek ${day.event.slug}-ikm-b`, `PT ${day.event.slug}-pembeli-a`],
      [2, `Merek ${day.event.slug}-ikm-a`, `PT ${day.event.slug}-pembeli-b`],
      [2, `Merek ${day.event.slug}-ikm-b`, `PT ${day.event.slug}-pembeli-b`],
    ]);
  });
});

describe("check-in", () => {
  it("checks a participant in by its QR code once; a second scan changes nothing", async () => {
    const day = await seedEventDay();
    const staff = await seedStaff("pintu");
    signInAs(staff.session);
    const code = day.pSmeA.checkInCode ?? "";
    const first = await checkInByCodeAction(initial, form({ eventId: day.event.id, code }));
    expect(first).toEqual({ ok: true, message: "CheckIn.checkedInNow" });
    const saved = await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pSmeA.id } });
    expect(saved.checkedInAt).not.toBeNull();

    const second = await checkInByCodeAction(initial, form({ eventId: day.event.id, code: code.toUpperCase() }));
    expect(second).toEqual({ ok: true, message: "CheckIn.alreadyCheckedInShort" });
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pSmeA.id } })).checkedInAt).toEqual(saved.checkedInAt);
    expect(await db.auditLog.count({ where: { action: "participant.check-in", entityId: day.pSmeA.id, actorId: staff.user.id } })).toBe(1);
  });

  it("checks in once when several phones scan the same code at the same moment", async () => {
    const day = await seedEventDay();
    const code = day.pBuyerA.checkInCode ?? "";
    const results = await Promise.all(Array.from({ length: 6 }, () => checkInParticipant(null, day.event.id, { code })));
    expect(results.filter((result) => !result.alreadyCheckedIn)).toHaveLength(1);
    expect(new Set(results.map((result) => result.checkedInAt.getTime())).size).toBe(1);
    expect(await db.auditLog.count({ where: { action: "participant.check-in", entityId: day.pBuyerA.id } })).toBe(1);
  });

  it("refuses another event's code, an unknown code and a participant not approved", async () => {
    const day = await seedEventDay();
    const other = await seedEvent("acara-lain", { startsAt: new Date() });
    signInAs((await seedStaff("pintu")).session);
    const code = day.pSmeA.checkInCode ?? "";
    expect(await checkInByCodeAction(initial, form({ eventId: other.id, code }))).toMatchObject({ ok: false, message: "CheckIn.errors.unknown" });
    expect(await getParticipantByCode(other.id, code)).toBeNull();
    expect(await checkInByCodeAction(initial, form({ eventId: day.event.id, code: "2222233333" }))).toMatchObject({ ok: false, message: "CheckIn.errors.unknown" });
    expect(await checkInByCodeAction(initial, form({ eventId: day.event.id, code: "bukan-kode!" }))).toMatchObject({ ok: false, fieldErrors: { code: expect.any(Array) } });
    await db.eventParticipant.update({ where: { id: day.pSmeB.id }, data: { status: "REJECTED" } });
    expect(await checkInByCodeAction(initial, form({ eventId: day.event.id, code: day.pSmeB.checkInCode ?? "" }))).toMatchObject({ ok: false, message: "CheckIn.errors.notApproved" });
    expect(await db.eventParticipant.count({ where: { checkedInAt: { not: null } } })).toBe(0);
  });

  it("is for staff only", async () => {
    const day = await seedEventDay();
    signInAs(day.smeA.session);
    expect(await checkInByCodeAction(initial, form({ eventId: day.event.id, code: day.pSmeA.checkInCode ?? "" }))).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await db.eventParticipant.count({ where: { checkedInAt: { not: null } } })).toBe(0);
  });

  it("finds participants by their people's names, counts present per kind, and undoes a mistaken check-in", async () => {
    const day = await seedEventDay();
    signInAs((await seedStaff("meja")).session);
    const found = await searchCheckIns(day.event.id, { query: `pembeli ${day.event.slug}-pembeli-b`, page: 1 });
    expect(found.items.map((item) => item.id)).toEqual([day.pBuyerB.id]);
    expect(found.items[0]?.meetings.map((meeting) => meeting.tableNumber)).toEqual([2, 2]);

    expect(await checkInFromListAction(initial, form({ eventId: day.event.id, participantId: day.pBuyerB.id }))).toMatchObject({ ok: true });
    expect(await checkInCounts(day.event.id)).toEqual([
      { kind: "SME", approved: 2, present: 0 },
      { kind: "BUYER", approved: 2, present: 1 },
      { kind: "PARTNER", approved: 0, present: 0 },
    ]);
    expect(await undoCheckInAction(initial, form({ eventId: day.event.id, participantId: day.pBuyerB.id }))).toEqual({ ok: true, message: "CheckIn.undone" });
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pBuyerB.id } })).checkedInAt).toBeNull();
    expect(await undoCheckInAction(initial, form({ eventId: day.event.id, participantId: day.pBuyerB.id }))).toEqual({ ok: true, message: "CheckIn.notCheckedIn" });

    const backup = await getBackupList(day.event.id);
    expect(backup.map((item) => item.name)).toEqual([`Merek ${day.event.slug}-ikm-a`, `Merek ${day.event.slug}-ikm-b`, `PT ${day.event.slug}-pembeli-a`, `PT ${day.event.slug}-pembeli-b`]);
  });
});
