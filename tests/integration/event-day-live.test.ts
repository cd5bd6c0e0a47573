// The event day, live (issue 20, point 4), on real PostgreSQL through the server actions: each
// happening (a cancellation, a no-show, an absent participant or representative) frees the right
// seats and the freed time is refilled from the waiting list at once; a walk-in goes into the
// earliest common free slot; published meetings never move; every party is notified; nonsense is
// refused with a clear message and changes nothing; two staff acting at once never double-book.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { eventSlots } from "@/lib/events/slots";
import { cancelLiveMeetingAction, liveAbsentAction, liveNoShowAction, participantWalkInAction, staffWalkInAction } from "@/lib/meetings/live-actions";
import { getLiveBoard } from "@/lib/meetings/live-queries";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { addParticipant, placeMeeting, seedEvent } from "./support/event-day";
import { seedBuyer, seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };
const minute = 60_000;

async function as<T>(user: SessionUser, call: () => Promise<T>): Promise<T> {
  signInAs(user);
  return call();
}

/**
 * An event that began 30 minutes ago: six 20-minute slots, of which 0 and 1 have begun and 2..5
 * are ahead; four tables. SMEs A-D and buyers X and Y, all approved.
 */
async function world(slug = "hari-h") {
  const event = await seedEvent(slug, { startsAt: new Date(Date.now() - 30 * minute) });
  const slots = eventSlots(event.sessions, event.slotMinutes);
  const smes = { a: await seedSme(`${slug}-a`, ["10794"]), b: await seedSme(`${slug}-b`, ["10794"]), c: await seedSme(`${slug}-c`, ["10794"]), d: await seedSme(`${slug}-d`, ["10794"]) };
  const buyers = { x: await seedBuyer(`${slug}-x`), y: await seedBuyer(`${slug}-y`) };
  const p = {
    a: await addParticipant(event.id, { enterpriseId: smes.a.enterprise.id }),
    b: await addParticipant(event.id, { enterpriseId: smes.b.enterprise.id }),
    c: await addParticipant(event.id, { enterpriseId: smes.c.enterprise.id }),
    d: await addParticipant(event.id, { enterpriseId: smes.d.enterprise.id }),
    x: await addParticipant(event.id, { buyerId: buyers.x.organization.id }),
    y: await addParticipant(event.id, { buyerId: buyers.y.organization.id }),
  };
  const staff = await seedStaff(`${slug}-petugas`);
  return { event, slots, smes, buyers, p, staff };
}

/** Where every meeting is, to compare before and after. */
async function placements(eventId: string) {
  const rows = await db.meeting.findMany({ where: { eventId }, select: { id: true, status: true, startsAt: true, tableNumber: true }, orderBy: { id: "asc" } });
  return rows.map((row) => `${row.id}:${row.status}:${row.startsAt?.toISOString() ?? "-"}:${row.tableNumber ?? "-"}`);
}

const accepted = (eventId: string, smeParticipantId: string, buyerParticipantId: string, extra: { walkIn?: boolean } = {}) =>
  db.meeting.create({ data: { eventId, smeParticipantId, buyerParticipantId, status: "ACCEPTED", ...extra } });

const notificationsOf = (userId: string) => db.notification.findMany({ where: { userId }, select: { title: true, body: true, link: true }, orderBy: { createdAt: "asc" } });

beforeEach(async () => {
  await resetData();
});

describe("happenings on the event day", () => {
  it("a no-show frees both sides' seats ahead and the waiting request that fits only there takes the time at once; both of its parties are notified", async () => {
    const w = await world("tidak-hadir");
    const noShow = await placeMeeting(w.event, w.p.a.id, w.p.x.id, 2, 1);
    const kept = await placeMeeting(w.event, w.p.c.id, w.p.y.id, 3, 1);
    // Buyer X can only meet in slot 2, so B's accepted request waits for it.
    await db.eventParticipant.update({ where: { id: w.p.x.id }, data: { unavailableSlots: w.slots.filter((slot) => slot.index !== 2).map((slot) => slot.startsAt) } });
    const waiting = await accepted(w.event.id, w.p.b.id, w.p.x.id);
    const before = await placements(w.event.id);

    const result = await as(w.staff.session, () => submit(liveNoShowAction, { meetingId: noShow.id }));
    expect(result).toEqual({ redirect: `/staf/acara/${w.event.id}/langsung?selesai=noShowRefilled` });

    expect(await db.meeting.findUniqueOrThrow({ where: { id: noShow.id } })).toMatchObject({ status: "NO_SHOW", startsAt: null, tableNumber: null });
    expect(await db.meetingSeat.count({ where: { meetingId: noShow.id, active: true } })).toBe(0);
    const refilled = await db.meeting.findUniqueOrThrow({ where: { id: waiting.id } });
    expect(refilled).toMatchObject({ status: "SCHEDULED", startsAt: w.slots[2]!.startsAt });
    expect(await db.meetingSeat.count({ where: { meetingId: waiting.id, active: true } })).toBe(2);
    // The published meeting that was not touched stays exactly where it was.
    const after = await placements(w.event.id);
    expect(after.find((line) => line.startsWith(kept.id))).toBe(before.find((line) => line.startsWith(kept.id)));

    expect(await notificationsOf(w.smes.b.owner.id)).toEqual([expect.objectContaining({ title: expect.stringContaining("PT tidak-hadir-x"), link: "/peserta/acara/tidak-hadir/agenda" })]);
    expect((await notificationsOf(w.buyers.x.user.id)).map((notice) => notice.title)).toContain("Pertemuan baru di agenda Anda: Merek tidak-hadir-b");
    // The side that stayed is told the meeting is off; the freed slot is on the board.
    expect((await notificationsOf(w.smes.a.owner.id)).map((notice) => notice.title)).toEqual([expect.stringContaining(w.buyers.x.organization.name)]);
    expect(await db.auditLog.count({ where: { action: { in: ["live.no-show", "live.refill"] } } })).toBe(2);
    const board = await getLiveBoard(w.event.id);
    expect(board?.freed).toEqual([expect.objectContaining({ meetingId: noShow.id, reason: "noShow", startsAt: w.slots[2]!.startsAt, table: 1, stillFree: ["Merek tidak-hadir-a"] })]);
  });

  it("cancelling frees the slot; what makes no sense is refused with a clear message and changes nothing", async () => {
    const w = await world("batal");
    const ahead = await placeMeeting(w.event, w.p.a.id, w.p.x.id, 3, 2);
    const begun = await placeMeeting(w.event, w.p.b.id, w.p.x.id, 1, 1);
    const held = await placeMeeting(w.event, w.p.c.id, w.p.y.id, 0, 1);
    await db.meeting.update({ where: { id: held.id }, data: { status: "HELD" } });
    const before = await placements(w.event.id);

    const cancel = (meetingId: string) => as(w.staff.session, () => submit(cancelLiveMeetingAction, { meetingId }));
    expect(await cancel(held.id)).toMatchObject({ ok: false, message: "LiveDay.errors.alreadyHeld" });
    expect(await cancel(begun.id)).toMatchObject({ ok: false, message: "LiveDay.errors.meetingBegun" });
    expect(await as(w.staff.session, () => submit(liveNoShowAction, { meetingId: held.id }))).toMatchObject({ ok: false, message: "LiveDay.errors.alreadyHeld" });
    expect(await cancel("tidakada")).toMatchObject({ ok: false, message: "LiveDay.errors.meetingNotFound" });
    // A participant cannot act at the desk.
    expect(await as(w.smes.a.session, () => submit(cancelLiveMeetingAction, { meetingId: ahead.id }))).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect(await placements(w.event.id)).toEqual(before);

    expect(await cancel(ahead.id)).toEqual({ redirect: `/staf/acara/${w.event.id}/langsung?selesai=cancelled` });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: ahead.id } })).toMatchObject({ status: "CANCELLED", startsAt: null });
    expect(await cancel(ahead.id)).toMatchObject({ ok: false, message: "LiveDay.errors.alreadyCancelled" });
    expect(await db.auditLog.count({ where: { action: "live.cancel", entityId: ahead.id } })).toBe(1);
  });

  it("refuses every live change for an event that is not running today", async () => {
    const event = await seedEvent("besok", { startsAt: new Date(Date.now() + 86_400_000) });
    const sme = await seedSme("besok-a", ["10794"]);
    const buyer = await seedBuyer("besok-x");
    const a = await addParticipant(event.id, { enterpriseId: sme.enterprise.id });
    const x = await addParticipant(event.id, { buyerId: buyer.organization.id });
    const meeting = await placeMeeting(event, a.id, x.id, 2, 1);
    const staff = await seedStaff("besok-petugas");
    const before = await placements(event.id);
    expect(await as(staff.session, () => submit(liveNoShowAction, { meetingId: meeting.id }))).toMatchObject({ ok: false, message: "LiveDay.errors.notToday" });
    expect(await as(staff.session, () => staffWalkInAction(initial, form({ eventId: event.id, smeId: a.id, buyerId: x.id })))).toMatchObject({ ok: false, message: "LiveDay.errors.notToday" });
    expect(await as(sme.session, () => participantWalkInAction(initial, form({ eventId: event.id, targetId: x.id })))).toMatchObject({ ok: false, message: "LiveDay.errors.notToday" });
    expect(await as(staff.session, () => submit(liveAbsentAction, { who: x.id }))).toMatchObject({ ok: false, message: "LiveDay.errors.notToday" });
    expect(await placements(event.id)).toEqual(before);
    expect(await db.eventRepresentative.count({ where: { noShowAt: { not: null } } })).toBe(0);
  });

  it("an absent representative's meetings ahead move to a free colleague, or are cancelled for the day when nobody is free; a whole absent participant frees everything ahead", async () => {
    const w = await world("absen");
    const first = await db.eventRepresentative.findFirstOrThrow({ where: { participantId: w.p.x.id, position: 1 } });
    const m1 = await placeMeeting(w.event, w.p.a.id, w.p.x.id, 2, 1);
    const second = await db.eventRepresentative.create({ data: { participantId: w.p.x.id, position: 2, name: "Rina Wulandari" } });
    const m2 = await placeMeeting(w.event, w.p.b.id, w.p.x.id, 2, 2);
    const m3 = await placeMeeting(w.event, w.p.c.id, w.p.x.id, 4, 1);
    const seatOf = (meetingId: string) => db.meetingSeat.findFirstOrThrow({ where: { meetingId, participantId: w.p.x.id } });
    expect((await seatOf(m1.id)).representativeId).toBe(first.id);
    expect((await seatOf(m2.id)).representativeId).toBe(second.id);
    expect((await seatOf(m3.id)).representativeId).toBe(first.id);

    expect(await as(w.staff.session, () => submit(liveAbsentAction, { who: `${w.p.x.id}.${first.id}` }))).toEqual({ redirect: `/staf/acara/${w.event.id}/langsung?selesai=absent` });
    // Slot 2: the colleague is busy, so A's meeting is cancelled; slot 4: the colleague takes it.
    expect(await db.meeting.findUniqueOrThrow({ where: { id: m1.id } })).toMatchObject({ status: "CANCELLED", startsAt: null });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: m3.id } })).toMatchObject({ status: "SCHEDULED", startsAt: w.slots[4]!.startsAt, tableNumber: 1 });
    expect((await seatOf(m3.id)).representativeId).toBe(second.id);
    expect((await seatOf(m2.id)).representativeId).toBe(second.id);
    expect((await notificationsOf(w.smes.a.owner.id)).map((notice) => notice.body)).toEqual([expect.stringContaining("pihak lain tidak hadir")]);
    expect(await notificationsOf(w.smes.c.owner.id)).toEqual([]);
    expect(await as(w.staff.session, () => submit(liveAbsentAction, { who: `${w.p.x.id}.${first.id}` }))).toMatchObject({ ok: false, message: "LiveDay.errors.alreadyAbsent" });

    expect(await as(w.staff.session, () => submit(liveAbsentAction, { who: w.p.x.id }))).toEqual({ redirect: `/staf/acara/${w.event.id}/langsung?selesai=absent` });
    for (const meeting of [m2, m3]) expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ status: "CANCELLED" });
    // Nobody of X is left: a walk-in to X is refused, X is listed free nowhere.
    expect(await as(w.staff.session, () => staffWalkInAction(initial, form({ eventId: w.event.id, smeId: w.p.d.id, buyerId: w.p.x.id })))).toMatchObject({ ok: false, message: "LiveDay.errors.participantAbsent" });
    const board = await getLiveBoard(w.event.id);
    expect(board?.slots.some((slot) => slot.free.includes(`PT absen-x`))).toBe(false);
  });
});

describe("walk-in requests", () => {
  it("are placed into the earliest common free slot ahead, never moving a published meeting; the participant's own walk-in notifies both sides", async () => {
    const w = await world("walkin");
    await placeMeeting(w.event, w.p.a.id, w.p.x.id, 2, 1);
    await placeMeeting(w.event, w.p.b.id, w.p.x.id, 3, 1);
    await placeMeeting(w.event, w.p.c.id, w.p.y.id, 4, 1);
    const before = await placements(w.event.id);

    // C to X: X is busy in 2 and 3, C in 4: the earliest common free slot is 5.
    expect(await as(w.staff.session, () => staffWalkInAction(initial, form({ eventId: w.event.id, smeId: w.p.c.id, buyerId: w.p.x.id })))).toMatchObject({ ok: true, message: "LiveDay.done.walkInPlaced" });
    const staffWalkIn = await db.meeting.findFirstOrThrow({ where: { smeParticipantId: w.p.c.id, buyerParticipantId: w.p.x.id } });
    expect(staffWalkIn).toMatchObject({ status: "SCHEDULED", walkIn: true, startsAt: w.slots[5]!.startsAt, requestedById: null });

    // D, on its phone, to X: X is free in 4 (and D everywhere).
    expect(await as(w.smes.d.session, () => participantWalkInAction(initial, form({ eventId: w.event.id, targetId: w.p.x.id })))).toMatchObject({ ok: true, message: "LiveDay.done.walkInPlaced" });
    const own = await db.meeting.findFirstOrThrow({ where: { smeParticipantId: w.p.d.id, buyerParticipantId: w.p.x.id } });
    expect(own).toMatchObject({ status: "SCHEDULED", walkIn: true, startsAt: w.slots[4]!.startsAt, requestedById: w.p.d.id });
    const after = await placements(w.event.id);
    for (const line of before) expect(after).toContain(line);

    expect((await notificationsOf(w.buyers.x.user.id)).map((notice) => notice.title)).toEqual([expect.stringContaining("walkin-c"), expect.stringContaining("walkin-d")]);
    expect((await notificationsOf(w.smes.d.owner.id))[0]).toMatchObject({ link: "/peserta/acara/walkin/agenda", body: expect.stringContaining("meja") });

    // Asking again for the same pair is refused; so is asking someone of one's own side.
    expect(await as(w.smes.d.session, () => participantWalkInAction(initial, form({ eventId: w.event.id, targetId: w.p.x.id })))).toMatchObject({ ok: false, message: "LiveDay.errors.alreadyMeeting" });
    expect(await as(w.smes.d.session, () => participantWalkInAction(initial, form({ eventId: w.event.id, targetId: w.p.a.id })))).toMatchObject({ ok: false, message: "LiveDay.errors.pickParticipant" });
  });

  it("waits at the head of the waiting list when no common slot is free, and takes a slot freed later before the accepted requests", async () => {
    const w = await world("tunggu");
    const busy = await placeMeeting(w.event, w.p.a.id, w.p.x.id, 2, 1);
    // X is busy in 2 and unavailable in 3..5; B's accepted request to X waits too.
    await db.eventParticipant.update({ where: { id: w.p.x.id }, data: { unavailableSlots: w.slots.filter((slot) => slot.index > 2).map((slot) => slot.startsAt) } });
    const older = await accepted(w.event.id, w.p.b.id, w.p.x.id);
    expect(await as(w.staff.session, () => staffWalkInAction(initial, form({ eventId: w.event.id, smeId: w.p.c.id, buyerId: w.p.x.id })))).toMatchObject({ ok: true, message: "LiveDay.done.walkInWaiting" });
    const walkIn = await db.meeting.findFirstOrThrow({ where: { smeParticipantId: w.p.c.id, buyerParticipantId: w.p.x.id } });
    expect((await getLiveBoard(w.event.id))?.waiting.map((entry) => entry.id)).toEqual([walkIn.id, older.id]);

    expect(await as(w.staff.session, () => submit(cancelLiveMeetingAction, { meetingId: busy.id }))).toEqual({ redirect: `/staf/acara/${w.event.id}/langsung?selesai=cancelledRefilled` });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: walkIn.id } })).toMatchObject({ status: "SCHEDULED", startsAt: w.slots[2]!.startsAt });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: older.id } })).toMatchObject({ status: "ACCEPTED", startsAt: null });
  });

  it("a waiting group meeting placed live is on every party's agenda, and every party is notified with the others' names", async () => {
    const w = await world("grup");
    await placeMeeting(w.event, w.p.b.id, w.p.x.id, 2, 1);
    const group = await db.meeting.create({ data: { eventId: w.event.id, smeParticipantId: w.p.a.id, buyerParticipantId: w.p.x.id, groupKey: "konsorsium-grup", status: "ACCEPTED" } });
    await db.meetingSeat.create({ data: { meetingId: group.id, participantId: w.p.b.id } });

    // Any desk action refills: here a walk-in of C with Y, which goes first.
    expect(await as(w.staff.session, () => staffWalkInAction(initial, form({ eventId: w.event.id, smeId: w.p.c.id, buyerId: w.p.y.id })))).toMatchObject({ ok: true, message: "LiveDay.done.walkInPlaced" });
    // X and member B are busy in slot 2: the group goes to slot 3, all three seats active.
    expect(await db.meeting.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ status: "SCHEDULED", startsAt: w.slots[3]!.startsAt });
    expect(await db.meetingSeat.count({ where: { meetingId: group.id, active: true } })).toBe(3);
    const titles = async (userId: string) => (await notificationsOf(userId)).map((notice) => notice.title);
    expect(await titles(w.smes.a.owner.id)).toEqual(["Pertemuan baru di agenda Anda: PT grup-x, Merek grup-b"]);
    expect(await titles(w.smes.b.owner.id)).toEqual(["Pertemuan baru di agenda Anda: Merek grup-a, PT grup-x"]);
    expect(await titles(w.buyers.x.user.id)).toEqual(["Pertemuan baru di agenda Anda: Merek grup-a, Merek grup-b"]);
  });

  it("two staff placing walk-ins with the same buyer at the same moment never double-book it", async () => {
    const w = await world("serentak");
    await placeMeeting(w.event, w.p.a.id, w.p.x.id, 2, 1);
    // Three desk phones at once (one session: the request's cookie is shared by the calls).
    signInAs(w.staff.session);
    const results = await Promise.all(
      [w.p.b, w.p.c, w.p.d].map((sme) => staffWalkInAction(initial, form({ eventId: w.event.id, smeId: sme.id, buyerId: w.p.x.id }))),
    );
    for (const result of results) expect(result).toMatchObject({ ok: true, message: "LiveDay.done.walkInPlaced" });
    const meetings = await db.meeting.findMany({ where: { buyerParticipantId: w.p.x.id, status: "SCHEDULED" }, select: { startsAt: true } });
    const times = meetings.map((meeting) => meeting.startsAt!.getTime()).sort();
    expect(times).toEqual([2, 3, 4, 5].map((index) => w.slots[index]!.startsAt.getTime()));
  });
});
