// Issue 17's event detours, below the browser on real PostgreSQL: results only for attended
// meetings (or with staff's stated reason), and the report counts only those as held; a saved
// result comes back with its note and its value with thousands dots, and saving again does not
// repeat the note; the buyer's agenda says whose result it shows; the desk finds a participant by
// the code on the agenda; the matching summary counts an accepted pair as ready; a completed
// event can be reopened on the same Jakarta day only; an event in progress is listed as such.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { getParticipantAgenda } from "@/lib/agenda/queries";
import { searchCheckIns } from "@/lib/check-in/queries";
import { db } from "@/lib/db";
import { getEventReport } from "@/lib/event-report/queries";
import { formatCheckInCode } from "@/lib/events/check-in-code";
import { changeEventStatus } from "@/lib/events/mutations";
import { getEventResults, listEvents } from "@/lib/events/queries";
import { buyerRespondAction, smeRespondAction } from "@/lib/matching/actions";
import { boardSummary, listBoardEvents, resolveBoardEvent } from "@/lib/matching/queries";
import { overrideAttendanceAction, recordOutcomeAction } from "@/lib/outcomes/actions";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { addParticipant, checkIn, seedEvent, seedEventDay } from "./support/event-day";
import { seedBuyer, seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

async function record(user: SessionUser, meetingId: string, fields: Record<string, string>) {
  signInAs(user);
  return recordOutcomeAction(initial, form({ meetingId, value: "", note: "", ...fields }));
}

async function override(user: SessionUser, eventId: string, meetingId: string, reason: string) {
  signInAs(user);
  return overrideAttendanceAction(initial, form({ eventId, meetingId, reason }));
}

const meetingRow = (id: string) => db.meeting.findUniqueOrThrow({ where: { id } });

describe("results need attendance", () => {
  it("refuses a result for a meeting nobody (or only one side) checked in to, and changes nothing", async () => {
    const day = await seedEventDay();
    const before = await meetingRow(day.m1.id);
    expect(await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "5.000.000" })).toMatchObject({ ok: false, message: "Outcomes.errors.notAttended" });
    await checkIn(day.pSmeA.id);
    expect(await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "5.000.000" })).toMatchObject({ ok: false, message: "Outcomes.errors.notAttended" });
    expect(await meetingRow(day.m1.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "meeting.outcome" } })).toBe(0);
    // The agenda says why there is no form yet.
    const agenda = await getParticipantAgenda({ kind: "SME", enterpriseId: day.smeA.enterprise.id }, day.event.slug);
    expect(agenda?.meetings.find((meeting) => meeting.id === day.m1.id)?.attended).toBe(false);

    await checkIn(day.pBuyerA.id);
    expect(await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "5.000.000" })).toEqual({ ok: true, message: "Outcomes.saved" });
  });

  it("takes a result when staff allow it with a reason (stored and audited); a bad reason or a non-staff caller changes nothing", async () => {
    const day = await seedEventDay();
    const staff = await seedStaff("meja");
    expect(await override(staff.session, day.event.id, day.m1.id, "  ")).toMatchObject({ ok: false, fieldErrors: { reason: ["EventReport.errors.reasonRequired"] } });
    expect(await override(staff.session, day.event.id, day.m1.id, "x".repeat(301))).toMatchObject({ ok: false, fieldErrors: { reason: ["EventReport.errors.reasonTooLong"] } });
    expect(await override(day.smeA.session, day.event.id, day.m1.id, "Kami memang bertemu")).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await meetingRow(day.m1.id)).toMatchObject({ attendanceOverrideReason: null, attendanceOverrideAt: null });

    const reason = "Kartu peserta hilang; petugas melihat pertemuan di meja 1.";
    expect(await override(staff.session, day.event.id, day.m1.id, reason)).toEqual({ ok: true, message: "EventReport.overridden" });
    expect((await meetingRow(day.m1.id)).attendanceOverrideReason).toBe(reason);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "meeting.attendance-override", entityId: day.m1.id } });
    expect(audit).toMatchObject({ actorId: staff.user.id, data: { eventId: day.event.id, reason } });
    // A second allowance for the same meeting changes nothing.
    expect(await override(staff.session, day.event.id, day.m1.id, "Lagi")).toMatchObject({ ok: false });

    expect(await record(day.buyerA.session, day.m1.id, { outcome: "PURCHASE_ORDER", value: "3.000.000" })).toEqual({ ok: true, message: "Outcomes.saved" });
  });

  it("counts as held only meetings attended or allowed by staff", async () => {
    const day = await seedEventDay();
    const staff = await seedStaff("laporan");
    await checkIn(day.pSmeA.id, day.pBuyerB.id);
    await record(day.smeA.session, day.m3.id, { outcome: "DEAL", value: "4.000.000" });
    await override(staff.session, day.event.id, day.m1.id, "Daftar hadir kertas menunjukkan keduanya.");
    await record(day.buyerA.session, day.m1.id, { outcome: "FOLLOW_UP" });
    // A result written before the rule (nobody checked in to m2) is not counted as held.
    await db.meeting.update({ where: { id: day.m2.id }, data: { status: "HELD", outcome: "DEAL", buyerOutcome: "DEAL", dealValueRupiah: 9_000_000n } });

    const report = await getEventReport(day.event.id);
    expect(report?.totals).toEqual({ scheduled: 4, held: 2, noShows: 0, notRecorded: 2, deals: 1, dealValueRupiah: 4_000_000n });
  });
});

describe("a saved result, reloaded", () => {
  it("comes back with its note and the value with thousands dots; saving again replaces the side's note instead of repeating it", async () => {
    const day = await seedEventDay();
    await checkIn(day.pSmeA.id, day.pBuyerA.id);
    await record(day.smeA.session, day.m1.id, { outcome: "SAMPLE", value: "2.500.000", note: "Sampel 10 pak" });
    const agenda = async () => (await getParticipantAgenda({ kind: "SME", enterpriseId: day.smeA.enterprise.id }, day.event.slug))?.meetings.find((meeting) => meeting.id === day.m1.id);
    expect(await agenda()).toMatchObject({ ownOutcome: "SAMPLE", ownValueRupiah: 2_500_000n, ownNote: "Sampel 10 pak", attended: true });

    // The reloaded form sends back what it shows.
    expect(await record(day.smeA.session, day.m1.id, { outcome: "SAMPLE", value: "2.500.000", note: "Sampel 10 pak" })).toMatchObject({ ok: true });
    expect((await meetingRow(day.m1.id)).notes).toBe("IKM: Sampel 10 pak");
    await record(day.buyerA.session, day.m1.id, { outcome: "FOLLOW_UP", note: "Menunggu harga grosir" });
    await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "7.000.000", note: "Sepakat 100 pak" });
    expect((await meetingRow(day.m1.id)).notes).toBe("IKM: Sepakat 100 pak\nPembeli: Menunggu harga grosir");
  });

  it("shows the buyer the SME's result as the SME's, apart from the buyer's own empty record", async () => {
    const day = await seedEventDay();
    await checkIn(day.pSmeA.id, day.pBuyerA.id);
    await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "7.000.000" });
    const buyer = await getParticipantAgenda({ kind: "BUYER", buyerId: day.buyerA.organization.id }, day.event.slug);
    expect(buyer?.meetings.find((meeting) => meeting.id === day.m1.id)).toMatchObject({ ownOutcome: null, ownValueRupiah: null, otherOutcome: "DEAL", other: { kind: "SME" } });
  });
});

describe("the check-in desk", () => {
  it("finds a participant by the code printed on the agenda, typed in any case with or without the dash", async () => {
    const day = await seedEventDay();
    const code = day.pBuyerB.checkInCode!;
    for (const typed of [formatCheckInCode(code).toUpperCase(), code, ` ${formatCheckInCode(code)} `]) {
      const found = await searchCheckIns(day.event.id, { query: typed, page: 1 });
      expect(found.items.map((participant) => participant.id)).toEqual([day.pBuyerB.id]);
    }
    expect((await searchCheckIns(day.event.id, { query: "zzzzz-zzzzz", page: 1 })).total).toBe(0);
  });
});

describe("the matching summary", () => {
  it("counts a pair both sides accepted as ready for scheduling (its meeting request waits for a slot)", async () => {
    const event = await seedEvent("temu-cocok", { startsAt: new Date(Date.now() + 7 * 24 * 3600_000) });
    const sme = await seedSme("cocok-ikm", ["10794"]);
    const buyer = await seedBuyer("cocok-pembeli");
    await addParticipant(event.id, { enterpriseId: sme.enterprise.id });
    await addParticipant(event.id, { buyerId: buyer.organization.id });
    const match = await db.match.create({ data: { eventId: event.id, enterpriseId: sme.enterprise.id, buyerId: buyer.organization.id, score: 80, components: [], status: "APPROVED" } });
    expect(await boardSummary(event.id)).toMatchObject({ APPROVED: 1, ready: 0, unsent: 0 });
    signInAs(sme.session);
    expect(await smeRespondAction(initial, form({ matchId: match.id, answer: "ACCEPTED" }))).toMatchObject({ ok: true });
    expect(await boardSummary(event.id)).toMatchObject({ ready: 0 });
    signInAs(buyer.session);
    expect(await buyerRespondAction(initial, form({ matchId: match.id, answer: "ACCEPTED" }))).toMatchObject({ ok: true });
    expect(await db.meeting.findFirstOrThrow({ where: { matchId: match.id } })).toMatchObject({ status: "ACCEPTED" });
    expect(await boardSummary(event.id)).toMatchObject({ ready: 1, unsent: 0, meetings: 1 });
    // Once the scheduler places it, it is no longer waiting.
    await db.meeting.updateMany({ where: { matchId: match.id }, data: { status: "SCHEDULED" } });
    expect(await boardSummary(event.id)).toMatchObject({ ready: 0 });
  });
});

describe("the matching board's event picker", () => {
  it("lists every event not cancelled (more than 24), finds one by its title, and opens on the event its address names", async () => {
    const start = Date.now() + 30 * 24 * 3600_000;
    for (let index = 0; index < 30; index++) await seedEvent(`temu-pilih-${index}`, { startsAt: new Date(start + index * 24 * 3600_000) });
    const cancelled = await seedEvent("temu-batal", { startsAt: new Date(start) });
    await db.event.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
    const all = await listBoardEvents();
    expect(all).toHaveLength(30);
    expect(all.map((event) => event.slug)).not.toContain("temu-batal");
    expect((await listBoardEvents("PILIH-2")).map((event) => event.slug).sort()).toEqual(["temu-pilih-2", "temu-pilih-20", "temu-pilih-21", "temu-pilih-22", "temu-pilih-23", "temu-pilih-24", "temu-pilih-25", "temu-pilih-26", "temu-pilih-27", "temu-pilih-28", "temu-pilih-29"]);
    // Without a name the board opens on the next event; with one, on that event.
    expect((await resolveBoardEvent(undefined))?.slug).toBe("temu-pilih-0");
    expect((await resolveBoardEvent("temu-pilih-17"))?.slug).toBe("temu-pilih-17");
  });
});

describe("completing an event", () => {
  it("can be reopened by staff the same day in Jakarta, not the next", async () => {
    const day = await seedEventDay();
    const staff = await seedStaff("penutup");
    const now = new Date();
    await db.$transaction((tx) => changeEventStatus(tx, staff.user.id, day.event.id, "complete", now));
    expect(await db.event.findUniqueOrThrow({ where: { id: day.event.id } })).toMatchObject({ status: "COMPLETED", completedAt: now });
    await db.$transaction((tx) => changeEventStatus(tx, staff.user.id, day.event.id, "reopen", now));
    expect(await db.event.findUniqueOrThrow({ where: { id: day.event.id } })).toMatchObject({ status: "PUBLISHED", completedAt: null });

    await db.$transaction((tx) => changeEventStatus(tx, staff.user.id, day.event.id, "complete", now));
    const tomorrow = new Date(now.getTime() + 24 * 3600_000);
    await expect(db.$transaction((tx) => changeEventStatus(tx, staff.user.id, day.event.id, "reopen", tomorrow))).rejects.toMatchObject({ key: "EventAdmin.errors.reopenTooLate" });
    expect(await db.event.findUniqueOrThrow({ where: { id: day.event.id } })).toMatchObject({ status: "COMPLETED" });
    const audits = await db.auditLog.findMany({ where: { entityId: day.event.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audits.map((audit) => audit.action)).toEqual(["event.complete", "event.reopen", "event.complete"]);
  });
});

describe("the public list of events", () => {
  it("lists an event in progress under its own heading, not among the upcoming ones", async () => {
    const day = await seedEventDay();
    const later = await seedEvent("temu-nanti", { startsAt: new Date(Date.now() + 7 * 24 * 3600_000) });
    const listing = await listEvents({ page: 1 });
    expect(listing.ongoing.map((event) => event.id)).toEqual([day.event.id]);
    expect(listing.upcoming.map((event) => event.id)).toEqual([later.id]);
  });

  it("counts only attended meetings among a completed event's public results", async () => {
    const day = await seedEventDay();
    await checkIn(day.pSmeA.id, day.pBuyerA.id);
    await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "7.000.000" });
    await db.meeting.update({ where: { id: day.m2.id }, data: { status: "HELD", outcome: "DEAL", dealValueRupiah: 9_000_000n } });
    expect(await getEventResults(day.event.id)).toEqual({ meetingsHeld: 1, dealsRecorded: 1, dealValueRupiah: 7_000_000n });
  });
});
