// The event day per person (issue 20, points 2 and 3): staff see who of each party sits in a
// meeting and can seat another of its people, refused when that person is busy then; check-in
// marks the person whose code is scanned (the participant's own code is its first
// representative's) and the participant counts as present from the first; each person has an
// agenda, a printed agenda and an .ics file of only the meetings where they sit.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { checkInByCodeAction, checkInFromListAction } from "@/lib/check-in/actions";
import { getParticipantByCode } from "@/lib/check-in/queries";
import { db } from "@/lib/db";
import { catalogs } from "@/lib/i18n/messages";
import { assignSeatAction } from "@/lib/representatives/actions";
import { loadPersonAgenda } from "@/lib/representatives/agenda";
import { getEventSeats, seatLinesOf } from "@/lib/representatives/queries";
import { moveMeetingAction } from "@/lib/meetings/actions";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { addParticipant, placeMeeting, seedEventDay, seedEventDayWithRina } from "./support/event-day";
import { seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

/** Buyer A of the event day with a second person, Rina. */
const dayWithRina = seedEventDayWithRina;

const buyerSeat = (meetingId: string, participantId: string) => db.meetingSeat.findFirstOrThrow({ where: { meetingId, participantId } });

describe("who sits where", () => {
  it("shows two meetings of one buyer in the same slot with two names, and lets staff seat another person; a busy one is refused and nothing changes", async () => {
    const day = await dayWithRina();
    const smeC = await addParticipant(day.event.id, { enterpriseId: (await seedSme("ikm-c", ["10794"])).enterprise.id });
    const parallel = await placeMeeting(day.event, smeC.id, day.pBuyerA.id, 0, 3);
    const seats = await getEventSeats(day.event.id);
    const buyerIn = (meetingId: string) => seats.get(meetingId)?.find((seat) => seat.participantId === day.pBuyerA.id);
    expect(buyerIn(day.m1.id)).toMatchObject({ representativeId: day.contact.id, representativeName: null, representativePosition: 1, partyName: `PT ${day.event.slug}-pembeli-a` });
    expect(buyerIn(parallel.id)).toMatchObject({ representativeId: day.rina.id, representativeName: "Rina Wulandari" });
    expect(buyerIn(day.m1.id)?.choices.map((choice) => choice.id)).toEqual([day.contact.id, day.rina.id]);
    const lines = await seatLinesOf(day.event.id, "Kontak organisasi");
    expect(lines.get(day.m1.id)).toContain(`Kontak organisasi (PT ${day.event.slug}-pembeli-a)`);
    expect(lines.get(parallel.id)).toContain(`Rina Wulandari (PT ${day.event.slug}-pembeli-a)`);

    const staff = await seedStaff("jadwal");
    signInAs(staff.session);
    // Rina is in the parallel meeting at slot 0: she cannot also sit in m1.
    const busy = await assignSeatAction(initial, form({ eventId: day.event.id, meetingId: day.m1.id, participantId: day.pBuyerA.id, representativeId: day.rina.id }));
    expect(busy).toMatchObject({ ok: false, fieldErrors: { representativeId: ["Schedule.errors.representativeBusy"] } });
    expect(catalogs.id.Schedule.errors.representativeBusy).toBe("Wakil ini sudah punya pertemuan lain pada waktu itu. Pilih wakil lain.");
    expect(await buyerSeat(day.m1.id, day.pBuyerA.id)).toMatchObject({ representativeId: day.contact.id });

    // At slot 1 Rina is free: she takes m2 over from the contact.
    const moved = await assignSeatAction(initial, form({ eventId: day.event.id, meetingId: day.m2.id, participantId: day.pBuyerA.id, representativeId: day.rina.id }));
    expect(moved).toEqual({ ok: true, message: "Schedule.seatAssigned" });
    expect(await buyerSeat(day.m2.id, day.pBuyerA.id)).toMatchObject({ representativeId: day.rina.id });
    expect(await db.auditLog.count({ where: { action: "meeting.seat-assign", entityId: day.m2.id, actorId: staff.user.id } })).toBe(1);

    // Another party's person, and a participant not in the meeting, are refused.
    const otherPerson = await db.eventRepresentative.findFirstOrThrow({ where: { participantId: day.pBuyerB.id } });
    expect(await assignSeatAction(initial, form({ eventId: day.event.id, meetingId: day.m2.id, participantId: day.pBuyerA.id, representativeId: otherPerson.id }))).toMatchObject({ ok: false });
    expect(await assignSeatAction(initial, form({ eventId: day.event.id, meetingId: day.m2.id, participantId: day.pBuyerB.id, representativeId: otherPerson.id }))).toMatchObject({ ok: false, message: "Schedule.errors.meetingNotFound" });
    expect(await buyerSeat(day.m2.id, day.pBuyerA.id)).toMatchObject({ representativeId: day.rina.id });

    // Participants cannot choose seats.
    signInAs(day.buyerA.session);
    expect(await assignSeatAction(initial, form({ eventId: day.event.id, meetingId: day.m2.id, participantId: day.pBuyerA.id, representativeId: day.contact.id }))).toMatchObject({ ok: false, message: "Errors.forbidden" });
  });
});

describe("placing by hand", () => {
  it("lets staff put a second meeting of a buyer into a slot it is busy in only while it has a free person then", async () => {
    const day = await seedEventDay();
    const smeC = await addParticipant(day.event.id, { enterpriseId: (await seedSme("ikm-c", ["10794"])).enterprise.id });
    const waiting = await db.meeting.create({ data: { eventId: day.event.id, smeParticipantId: smeC.id, buyerParticipantId: day.pBuyerA.id, status: "ACCEPTED" } });
    signInAs((await seedStaff("jadwal")).session);
    const move = () => moveMeetingAction(initial, form({ meetingId: waiting.id, slot: "0", table: "3" })).catch((error: unknown) => ({ redirect: String(error) }));
    expect(await move()).toMatchObject({ ok: false, fieldErrors: { slot: ["Schedule.errors.participantBusy"] } });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "ACCEPTED", startsAt: null });

    const rina = await db.eventRepresentative.create({ data: { participantId: day.pBuyerA.id, position: 2, name: "Rina Wulandari", phone: "081234567890" } });
    expect(await move()).toMatchObject({ redirect: expect.stringContaining("NEXT_REDIRECT") });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: "SCHEDULED", startsAt: day.m1.startsAt, tableNumber: 3 });
    expect(await buyerSeat(waiting.id, day.pBuyerA.id)).toMatchObject({ representativeId: rina.id });
  });
});

describe("check-in per person", () => {
  it("checks in the person whose code is scanned; the participant is present from the first of them", async () => {
    const day = await dayWithRina();
    signInAs((await seedStaff("pintu")).session);
    expect(await getParticipantByCode(day.event.id, day.rina.checkInCode!)).toMatchObject({ id: day.pBuyerA.id, representative: { id: day.rina.id, name: "Rina Wulandari", checkedInAt: null } });

    expect(await checkInByCodeAction(initial, form({ eventId: day.event.id, code: day.rina.checkInCode! }))).toEqual({ ok: true, message: "CheckIn.checkedInNow" });
    const afterRina = await db.eventRepresentative.findMany({ where: { participantId: day.pBuyerA.id }, orderBy: { position: "asc" } });
    expect(afterRina.map((person) => person.checkedInAt !== null)).toEqual([false, true]);
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pBuyerA.id } })).checkedInAt).not.toBeNull();
    expect(await checkInByCodeAction(initial, form({ eventId: day.event.id, code: day.rina.checkInCode! }))).toEqual({ ok: true, message: "CheckIn.alreadyCheckedInShort" });

    // The participant's own code is the contact's: scanning it later checks the contact in.
    expect(await getParticipantByCode(day.event.id, day.pBuyerA.checkInCode!)).toMatchObject({ representative: { id: day.contact.id, checkedInAt: null } });
    expect(await checkInByCodeAction(initial, form({ eventId: day.event.id, code: day.pBuyerA.checkInCode! }))).toEqual({ ok: true, message: "CheckIn.checkedInNow" });
    expect((await db.eventRepresentative.findUniqueOrThrow({ where: { id: day.contact.id } })).checkedInAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "participant.check-in", entityId: day.pBuyerA.id } })).toBe(2);

    // Another event's person is unknown here; the list checks a participant in by its first person.
    expect(await getParticipantByCode(day.event.id, "2222233333")).toBeNull();
    expect(await checkInFromListAction(initial, form({ eventId: day.event.id, participantId: day.pSmeA.id }))).toEqual({ ok: true, message: "CheckIn.checkedInNow" });
    expect(await db.eventRepresentative.findFirstOrThrow({ where: { participantId: day.pSmeA.id, position: 1 } })).toMatchObject({ checkedInAt: expect.any(Date) });
  });
});

async function downloadIcs(slug: string, query = ""): Promise<Response> {
  const { GET } = await import("@/app/(participant)/peserta/acara/[slug]/agenda.ics/route");
  return GET(new Request(`http://localhost/peserta/acara/${slug}/agenda.ics${query}`), { params: Promise.resolve({ slug }) });
}

describe("agenda per person", () => {
  it("shows, prints and downloads only the meetings where the chosen person sits, with that person's own code", async () => {
    const day = await dayWithRina();
    await db.meetingSeat.updateMany({ where: { meetingId: day.m2.id, participantId: day.pBuyerA.id }, data: { representativeId: day.rina.id } });
    const user = day.buyerA.session;

    const everyone = await loadPersonAgenda(user, day.event.slug, undefined);
    expect(everyone?.agenda.meetings.map((meeting) => meeting.id)).toEqual([day.m1.id, day.m2.id]);
    expect(everyone?.people.map((person) => person.name)).toEqual([null, "Rina Wulandari"]);
    expect(everyone?.checkIn?.code).toBe(day.pBuyerA.checkInCode);

    const rina = await loadPersonAgenda(user, day.event.slug, day.rina.id);
    expect(rina?.person?.id).toBe(day.rina.id);
    expect(rina?.agenda.meetings.map((meeting) => meeting.id)).toEqual([day.m2.id]);
    expect(rina?.checkIn?.code).toBe(day.rina.checkInCode);
    const contact = await loadPersonAgenda(user, day.event.slug, day.contact.id);
    expect(contact?.agenda.meetings.map((meeting) => meeting.id)).toEqual([day.m1.id]);
    expect(contact?.checkIn?.code).toBe(day.pBuyerA.checkInCode);

    // Another party's person is not this party's: the agenda stays the party's own, whole.
    const stranger = await db.eventRepresentative.findFirstOrThrow({ where: { participantId: day.pSmeA.id } });
    const foreign = await loadPersonAgenda(user, day.event.slug, stranger.id);
    expect(foreign?.person).toBeNull();
    expect(foreign?.agenda.meetings.map((meeting) => meeting.id)).toEqual([day.m1.id, day.m2.id]);

    signInAs(user);
    const ics = await downloadIcs(day.event.slug, `?wakil=${day.rina.id}`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-disposition")).toBe(`attachment; filename="agenda-${day.event.slug}-2.ics"`);
    const body = await ics.text();
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(body).toContain(`UID:meeting-${day.m2.id}@`);
    expect(body).not.toContain(day.m1.id);
    expect((await (await downloadIcs(day.event.slug)).text()).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
