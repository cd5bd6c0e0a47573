// Meeting requests between participants and the event's schedule, on real PostgreSQL: requests
// respect ownership, the pending limit (also when sent in parallel) and expiry; the schedule is
// built without conflicts, kept stable once published, keeps staff's hand placements, and the
// database refuses a participant in two meetings at once however many staff try at the same time.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { eventSlots } from "@/lib/events/slots";
import {
  cancelMeetingRequestAction,
  generateScheduleAction,
  moveMeetingAction,
  publishScheduleAction,
  respondMeetingRequestAction,
  sendMeetingRequestAction,
  unplaceMeetingAction,
} from "@/lib/meetings/actions";
import { decideParticipantsAction, withdrawRegistrationAction } from "@/lib/events/actions";
import { findParticipation } from "@/lib/events/participation";
import { getRequestsOverview, getScheduleBoard, listCounterparts } from "@/lib/meetings/queries";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { mailTo } from "./support/accounts";
import { seedBuyer, seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

async function as<T>(user: SessionUser | null, call: () => Promise<T>): Promise<T> {
  signInAs(user);
  return call();
}

const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
const at = (time: string) => new Date(`${day}T${time}:00+07:00`);

/** A published event ahead with one 09:00-10:00 session (three 20-minute slots) and two tables. */
async function seedEvent({ tables = 2, pendingRequestLimit = 10 }: { tables?: number; pendingRequestLimit?: number } = {}) {
  return db.event.create({
    data: {
      slug: `temu-jadwal-${Math.random().toString(36).slice(2, 8)}`,
      title: "Temu Usaha Jadwal",
      kind: "BUSINESS_MATCHING",
      quarter: "2027-Q1",
      description: "Acara uji.",
      venue: "Balai Kota",
      startsAt: at("08:00"),
      endsAt: at("15:00"),
      status: "PUBLISHED",
      slotMinutes: 20,
      tableCount: tables,
      pendingRequestLimit,
      sessions: { create: [{ startsAt: at("09:00"), endsAt: at("10:00") }] },
    },
  });
}

async function join(eventId: string, kind: "SME" | "BUYER", partyId: string, status: "APPROVED" | "APPLIED" = "APPROVED") {
  return db.eventParticipant.create({ data: { eventId, kind, status, ...(kind === "SME" ? { enterpriseId: partyId } : { buyerId: partyId }) } });
}

async function world() {
  const event = await seedEvent();
  const [smeA, smeB, buyerX, buyerY, buyerApplied] = [await seedSme("ikm-a", ["13134"]), await seedSme("ikm-b", ["10710"]), await seedBuyer("toko-x"), await seedBuyer("toko-y"), await seedBuyer("toko-daftar")];
  const parts = {
    a: await join(event.id, "SME", smeA.enterprise.id),
    b: await join(event.id, "SME", smeB.enterprise.id),
    x: await join(event.id, "BUYER", buyerX.organization.id),
    y: await join(event.id, "BUYER", buyerY.organization.id),
    applied: await join(event.id, "BUYER", buyerApplied.organization.id, "APPLIED"),
  };
  const staff = await seedStaff("penjadwal");
  return { event, smeA, smeB, buyerX, buyerY, parts, staff };
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("meeting requests", () => {
  it("an SME asks a buyer, the buyer is emailed and accepts; a second request for the pair is refused", async () => {
    const w = await world();
    const sent = await as(w.smeA.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId: w.parts.x.id })));
    expect(sent).toEqual({ ok: true, message: "MeetingRequests.sent" });
    const meeting = await db.meeting.findFirstOrThrow({ where: { eventId: w.event.id } });
    expect(meeting).toMatchObject({ smeParticipantId: w.parts.a.id, buyerParticipantId: w.parts.x.id, status: "REQUESTED", requestedById: w.parts.a.id });
    expect(meeting.expiresAt!.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    expect((await mailTo(w.buyerX.user.email)).map((mail) => mail.subject)).toContain("Merek ikm-a mengajak Anda bertemu di Temu Usaha Jadwal");

    // Neither the requester nor a third party can answer it.
    expect(await as(w.smeA.session, () => respondMeetingRequestAction(initial, form({ meetingId: meeting.id, answer: "ACCEPTED" })))).toMatchObject({ ok: false, message: "MeetingRequests.errors.ownRequest" });
    expect(await as(w.buyerY.session, () => respondMeetingRequestAction(initial, form({ meetingId: meeting.id, answer: "ACCEPTED" })))).toMatchObject({ ok: false, message: "MeetingRequests.errors.notFound" });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("REQUESTED");

    expect(await as(w.buyerX.session, () => respondMeetingRequestAction(initial, form({ meetingId: meeting.id, answer: "ACCEPTED" })))).toEqual({ ok: true, message: "MeetingRequests.accepted" });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("ACCEPTED");
    expect((await mailTo(w.smeA.owner.email)).map((mail) => mail.subject)).toContain("toko-x menerima permintaan pertemuan Anda".replace("toko-x", "PT toko-x"));

    const again = await as(w.buyerX.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId: w.parts.a.id })));
    expect(again).toMatchObject({ ok: false, message: "MeetingRequests.errors.alreadyExists" });
    expect(await db.meeting.count()).toBe(1);
  });

  it("refuses a participant not approved, the same kind, or another event's participant, and changes nothing", async () => {
    const w = await world();
    const other = await seedEvent();
    const elsewhere = await join(other.id, "BUYER", w.buyerY.organization.id);
    for (const targetId of [w.parts.applied.id, w.parts.b.id, elsewhere.id, "tidakada"]) {
      const result = await as(w.smeA.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId })));
      expect(result).toMatchObject({ ok: false, fieldErrors: { targetId: ["MeetingRequests.errors.pickParticipant"] } });
    }
    const unregistered = await seedSme("ikm-luar", ["13134"]);
    expect(await as(unregistered.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId: w.parts.x.id })))).toMatchObject({ ok: false, message: "MeetingRequests.errors.notRegistered" });
    expect(await db.meeting.count()).toBe(0);
  });

  it("holds the pending limit when requests are sent in parallel, and frees a place when one is cancelled", async () => {
    const event = await seedEvent({ pendingRequestLimit: 2 });
    const sme = await seedSme("ikm-cepat", ["13134"]);
    await join(event.id, "SME", sme.enterprise.id);
    const buyers = await Promise.all(Array.from({ length: 6 }, (_, i) => seedBuyer(`pembeli-${i}`)));
    const targets = await Promise.all(buyers.map((buyer) => join(event.id, "BUYER", buyer.organization.id)));
    signInAs(sme.session);
    const results = await Promise.all(targets.map((target) => sendMeetingRequestAction(initial, form({ eventId: event.id, targetId: target.id }))));
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(results.filter((result) => !result.ok).every((result) => result.message === "MeetingRequests.errors.tooManyPending")).toBe(true);
    expect(await db.meeting.count({ where: { status: "REQUESTED" } })).toBe(2);

    const first = await db.meeting.findFirstOrThrow({ where: { status: "REQUESTED" } });
    expect(await cancelMeetingRequestAction(initial, form({ meetingId: first.id }))).toMatchObject({ ok: true });
    const free = targets.find((target) => results[targets.indexOf(target)]!.ok === false)!;
    expect(await sendMeetingRequestAction(initial, form({ eventId: event.id, targetId: free.id }))).toMatchObject({ ok: true });
  });

  it("an expired request cannot be answered, and may be sent again", async () => {
    const w = await world();
    await as(w.buyerX.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId: w.parts.a.id })));
    const meeting = await db.meeting.findFirstOrThrow();
    await db.meeting.update({ where: { id: meeting.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await as(w.smeA.session, () => respondMeetingRequestAction(initial, form({ meetingId: meeting.id, answer: "ACCEPTED" })))).toMatchObject({ ok: false, message: "MeetingRequests.errors.expired" });
    expect(await as(w.smeA.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId: w.parts.x.id })))).toMatchObject({ ok: true });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ status: "REQUESTED", requestedById: w.parts.a.id });
  });
});

async function acceptedMeeting(eventId: string, sme: string, buyer: string, extra: { mustHappen?: boolean } = {}) {
  return db.meeting.create({ data: { eventId, smeParticipantId: sme, buyerParticipantId: buyer, status: "ACCEPTED", ...extra } });
}

async function placements(eventId: string) {
  const rows = await db.meeting.findMany({ where: { eventId, status: "SCHEDULED" }, select: { id: true, smeParticipantId: true, buyerParticipantId: true, startsAt: true, tableNumber: true }, orderBy: { id: "asc" } });
  return rows;
}

describe("the pages' reads", () => {
  it("split a participant's requests, list whom it may ask, and show staff the board", async () => {
    const w = await world();
    await as(w.smeA.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId: w.parts.x.id })));
    await as(w.buyerY.session, () => sendMeetingRequestAction(initial, form({ eventId: w.event.id, targetId: w.parts.a.id })));
    const mine = (await findParticipation({ kind: "SME", enterpriseId: w.smeA.enterprise.id }, w.event.id))!;
    const overview = await getRequestsOverview(mine);
    expect(overview.outgoing.map((item) => item.other.name)).toEqual(["PT toko-x"]);
    expect(overview.incoming.map((item) => item.other.name)).toEqual(["PT toko-y"]);
    expect(overview).toMatchObject({ pendingSent: 1, pendingLimit: 10, agreed: [], closed: [] });

    const all = await listCounterparts(mine, { q: "", page: 1 });
    expect(all.items.map((item) => [item.name, item.existing])).toEqual([["PT toko-x", "REQUESTED"], ["PT toko-y", "REQUESTED"]]);
    expect((await listCounterparts(mine, { q: "TOKO-Y", page: 1 })).items.map((item) => item.name)).toEqual(["PT toko-y"]);

    const theirs = await db.meeting.findFirstOrThrow({ where: { requestedById: w.parts.y.id } });
    await as(w.smeA.session, () => respondMeetingRequestAction(initial, form({ meetingId: theirs.id, answer: "ACCEPTED" })));
    await as(w.staff.session, () => generateScheduleAction(initial, form({ eventId: w.event.id })));
    const board = (await getScheduleBoard(w.event.id))!;
    expect(board.slots).toHaveLength(3);
    expect(board.counts).toMatchObject({ requested: 1, scheduled: 1, accepted: 0 });
    expect(board.placed.map((meeting) => [meeting.sme.name, meeting.buyer.name, meeting.sme.place])).toEqual([["Merek ikm-a", "PT toko-y", expect.any(String)]]);
    // Participants see the place only once the schedule is published.
    expect((await getRequestsOverview(mine)).agreed[0]).toMatchObject({ status: "SCHEDULED", startsAt: null, tableNumber: null });
    await publishScheduleAction(initial, form({ eventId: w.event.id }));
    expect((await getRequestsOverview(mine)).agreed[0]?.tableNumber).toBe(board.placed[0]!.tableNumber);
  });
});

describe("a participant leaving the event", () => {
  it("cancels its meetings not yet held, by withdrawing or by staff's rejection, and frees their places", async () => {
    const w = await world();
    const { a, b, x, y } = w.parts;
    const ax = await acceptedMeeting(w.event.id, a.id, x.id);
    const by = await db.meeting.create({ data: { eventId: w.event.id, smeParticipantId: b.id, buyerParticipantId: y.id, status: "SCHEDULED", startsAt: at("09:00"), endsAt: at("09:20"), tableNumber: 1 } });
    const bx = await db.meeting.create({ data: { eventId: w.event.id, smeParticipantId: b.id, buyerParticipantId: x.id, status: "REQUESTED", requestedById: x.id, expiresAt: at("23:00") } });

    expect(await as(w.smeA.session, () => withdrawRegistrationAction(initial, form({ eventId: w.event.id })))).toMatchObject({ ok: true });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: ax.id } })).toMatchObject({ status: "CANCELLED" });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: by.id } })).toMatchObject({ status: "SCHEDULED" });

    // The decision redirects back to the participants page with its notice.
    await expect(as(w.staff.session, () => decideParticipantsAction(initial, form({ eventId: w.event.id, decision: "reject", participantIds: b.id, seenStatus: `${b.id}:APPROVED` })))).rejects.toThrow("NEXT_REDIRECT");
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("REJECTED");
    expect(await db.meeting.findUniqueOrThrow({ where: { id: by.id } })).toMatchObject({ status: "CANCELLED", startsAt: null, tableNumber: null });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: bx.id } })).status).toBe("CANCELLED");
  });
});

describe("the schedule", () => {
  it("places every accepted meeting without a participant twice in a slot, within the tables", async () => {
    const w = await world();
    const { a, b, x, y } = w.parts;
    for (const [sme, buyer] of [[a, x], [a, y], [b, x], [b, y]] as const) await acceptedMeeting(w.event.id, sme.id, buyer.id);
    expect(await as(w.staff.session, () => generateScheduleAction(initial, form({ eventId: w.event.id })))).toEqual({ ok: true, message: "Schedule.generated" });
    const placed = await placements(w.event.id);
    expect(placed).toHaveLength(4);
    const slots = eventSlots([{ startsAt: at("09:00"), endsAt: at("10:00") }], 20).map((slot) => slot.startsAt.getTime());
    const seen = new Set<string>();
    for (const meeting of placed) {
      expect(slots).toContain(meeting.startsAt!.getTime());
      expect(meeting.tableNumber).toBeGreaterThanOrEqual(1);
      expect(meeting.tableNumber).toBeLessThanOrEqual(2);
      for (const key of [`${meeting.smeParticipantId}@${meeting.startsAt!.getTime()}`, `${meeting.buyerParticipantId}@${meeting.startsAt!.getTime()}`, `table${meeting.tableNumber}@${meeting.startsAt!.getTime()}`]) {
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });

  it("keeps published meetings where they are on a re-run, places new ones around them, and moves them only when forced", async () => {
    const w = await world();
    const { a, b, x, y } = w.parts;
    await acceptedMeeting(w.event.id, a.id, x.id);
    await acceptedMeeting(w.event.id, b.id, y.id);
    await as(w.staff.session, () => generateScheduleAction(initial, form({ eventId: w.event.id })));
    expect(await publishScheduleAction(initial, form({ eventId: w.event.id }))).toMatchObject({ ok: true });
    for (const email of [w.smeA.owner.email, w.buyerY.user.email]) {
      expect((await mailTo(email)).map((mail) => mail.subject)).toContain("Jadwal pertemuan Anda di Temu Usaha Jadwal sudah terbit");
    }
    const before = await placements(w.event.id);

    await acceptedMeeting(w.event.id, a.id, y.id);
    await generateScheduleAction(initial, form({ eventId: w.event.id }));
    const after = await placements(w.event.id);
    expect(after).toHaveLength(3);
    for (const meeting of before) expect(after.find((row) => row.id === meeting.id)).toEqual(meeting);

    // A forced re-run may move them; it still places all three without conflicts.
    expect(await generateScheduleAction(initial, form({ eventId: w.event.id, force: "on" }))).toMatchObject({ ok: true });
    expect(await placements(w.event.id)).toHaveLength(3);
  });

  it("keeps a meeting staff moved by hand, and refuses a move into a participant's busy slot or a used table", async () => {
    const w = await world();
    const { a, b, x, y } = w.parts;
    const ax = await acceptedMeeting(w.event.id, a.id, x.id);
    const by = await acceptedMeeting(w.event.id, b.id, y.id);
    const ay = await acceptedMeeting(w.event.id, a.id, y.id);
    signInAs(w.staff.session);
    // Success redirects back to the schedule with its notice (the card moves to its new slot).
    await expect(moveMeetingAction(initial, form({ meetingId: ax.id, slot: "2", table: "2" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(await moveMeetingAction(initial, form({ meetingId: ay.id, slot: "2", table: "1" }))).toMatchObject({ ok: false, fieldErrors: { slot: ["Schedule.errors.participantBusy"] } });
    expect(await moveMeetingAction(initial, form({ meetingId: by.id, slot: "2", table: "2" }))).toMatchObject({ ok: false, fieldErrors: { table: ["Schedule.errors.tableTaken"] } });
    expect(await moveMeetingAction(initial, form({ meetingId: by.id, slot: "3", table: "1" }))).toMatchObject({ ok: false, fieldErrors: { slot: ["Schedule.errors.slotInvalid"] } });
    expect(await moveMeetingAction(initial, form({ meetingId: by.id, slot: "0", table: "3" }))).toMatchObject({ ok: false, fieldErrors: { table: ["Schedule.errors.tableInvalid"] } });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: by.id } })).toMatchObject({ status: "ACCEPTED", startsAt: null });

    await generateScheduleAction(initial, form({ eventId: w.event.id }));
    expect(await db.meeting.findUniqueOrThrow({ where: { id: ax.id } })).toMatchObject({ status: "SCHEDULED", startsAt: at("09:40"), tableNumber: 2, placedByStaff: true });
    expect(await db.meeting.count({ where: { eventId: w.event.id, status: "SCHEDULED" } })).toBe(3);

    await expect(unplaceMeetingAction(initial, form({ meetingId: ax.id }))).rejects.toThrow("NEXT_REDIRECT");
    expect(await db.meeting.findUniqueOrThrow({ where: { id: ax.id } })).toMatchObject({ status: "ACCEPTED", startsAt: null, tableNumber: null, placedByStaff: false });
  });

  it("of 100 parallel attempts to put one SME into one slot, exactly one succeeds and the others get a clear error", async () => {
    const event = await seedEvent({ tables: 100 });
    const sme = await seedSme("ikm-laris", ["13134"]);
    const smePart = await join(event.id, "SME", sme.enterprise.id);
    const buyers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => db.buyerOrganization.create({ data: { slug: `antre-${i}`, name: `PT Antre ${i}`, kind: "RETAILER", city: "Semarang" } })),
    );
    const meetings = [];
    for (const buyer of buyers) {
      const part = await join(event.id, "BUYER", buyer.id);
      meetings.push(await acceptedMeeting(event.id, smePart.id, part.id));
    }
    const staff = await seedStaff("ramai");
    signInAs(staff.session);
    const results = await Promise.allSettled(meetings.map((meeting, i) => moveMeetingAction(initial, form({ meetingId: meeting.id, slot: "0", table: String(i + 1) }))));
    // The one that succeeds redirects back to the schedule; the others answer with the field error.
    const succeeded = results.filter((result) => result.status === "rejected");
    expect(succeeded).toHaveLength(1);
    expect(String((succeeded[0] as PromiseRejectedResult).reason)).toContain("NEXT_REDIRECT");
    const refused = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    expect(refused).toHaveLength(99);
    for (const result of refused) expect(result).toMatchObject({ ok: false, fieldErrors: { slot: ["Schedule.errors.participantBusy"] } });
    expect(await db.meeting.count({ where: { eventId: event.id, status: "SCHEDULED" } })).toBe(1);
  });

  it("the database itself refuses overlapping meetings of one participant, written past the code at the same moment", async () => {
    const event = await seedEvent({ tables: 100 });
    const sme = await seedSme("ikm-langsung", ["13134"]);
    const smePart = await join(event.id, "SME", sme.enterprise.id);
    const meetings = [];
    for (let i = 0; i < 100; i += 1) {
      const buyer = await db.buyerOrganization.create({ data: { slug: `langsung-${i}`, name: `PT Langsung ${i}`, kind: "RETAILER", city: "Semarang" } });
      meetings.push(await acceptedMeeting(event.id, smePart.id, (await join(event.id, "BUYER", buyer.id)).id));
    }
    // Overlapping, not equal, times: the constraint compares ranges, not start times.
    const results = await Promise.allSettled(
      meetings.map((meeting, i) =>
        db.$executeRaw`UPDATE "Meeting" SET status = 'SCHEDULED', "startsAt" = ${new Date(at("09:00").getTime() + (i % 10) * 60_000)}, "endsAt" = ${new Date(at("09:20").getTime() + (i % 10) * 60_000)}, "tableNumber" = ${i + 1} WHERE id = ${meeting.id}`,
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.meeting.count({ where: { eventId: event.id, status: "SCHEDULED" } })).toBe(1);
  });
});
