// Group meetings in the app (issue 20, point 2), on real PostgreSQL: a consortium's accepted
// meeting request becomes one group meeting (when requested, or when the schedule is generated
// for requests made before the approvals), once only, audited; a consortium with more parties
// than a table seats is refused with a message to staff; the scheduler places a group with every
// party's seat active at the same time and table, and agendas and the staff grid show it to all
// its parties; a manual move into a slot where a member is busy is refused, naming the member,
// and changes nothing; representatives let an organisation hold meetings at once; staff make a
// group meeting by hand (a partner bank with several SMEs).
import { beforeEach, describe, expect, it } from "vitest";
import { getEventGrid, getParticipantAgenda } from "@/lib/agenda/queries";
import type { FormState } from "@/lib/auth/form-state";
import { answerConsortium } from "@/lib/consortia/answers";
import { db } from "@/lib/db";
import { cancelMeetingsOfParticipants } from "@/lib/events/leave";
import { findParticipation } from "@/lib/events/participation";
import { eventSlots } from "@/lib/events/slots";
import { createGroupMeetingAction, generateScheduleAction, moveMeetingAction, publishScheduleAction } from "@/lib/meetings/actions";
import { ensureConsortiumMeeting } from "@/lib/meetings/groups";
import { listCounterparts } from "@/lib/meetings/queries";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { addParticipant, placeMeeting, seedEvent } from "./support/event-day";
import { seedBuyer, seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

async function world(slug: string, { approveMembers = true, members = 3 }: { approveMembers?: boolean; members?: number } = {}) {
  const event = await seedEvent(slug, { startsAt: new Date(Date.now() + 3 * 86_400_000), published: false });
  const buyer = await seedBuyer(`${slug}-pembeli`);
  const smes = [];
  for (let i = 0; i < members; i++) smes.push(await seedSme(`${slug}-ikm-${i}`, ["10219"]));
  const host = await addParticipant(event.id, { buyerId: buyer.organization.id });
  const parts = [];
  for (const sme of smes) parts.push(await addParticipant(event.id, { enterpriseId: sme.enterprise.id }, approveMembers ? "APPROVED" : "APPLIED"));
  const lead = smes[1]!.enterprise.id;
  const consortium = await db.consortium.create({
    data: {
      eventId: event.id,
      buyerId: buyer.organization.id,
      memberKey: smes.map((sme) => sme.enterprise.id).sort().join(","),
      rank: 1,
      score: 80,
      quantityPerMonth: 10_000,
      unit: "kg",
      combinedCapacity: 12_000,
      productLine: "1021",
      explanation: [],
      status: "APPROVED",
      leadEnterpriseId: lead,
      members: { create: smes.map((sme) => ({ enterpriseId: sme.enterprise.id, share: 3000, capacity: 4000, pairScore: 70, response: "ACCEPTED" as const })) },
    },
  });
  const staff = await seedStaff(`${slug}-staf`);
  return { event, buyer, smes, host, parts, consortium, staff, lead };
}

/** The buyer accepts last: the consortium's meeting request is made (lib/consortia/answers.ts). */
async function buyerAccepts(w: Awaited<ReturnType<typeof world>>) {
  return db.$transaction((tx) => answerConsortium(tx, { side: "buyer", userId: w.buyer.user.id, buyerId: w.buyer.organization.id }, { consortiumId: w.consortium.id, answer: "ACCEPTED" }));
}

const groupOf = (consortiumId: string) => db.meeting.findMany({ where: { consortiumId }, include: { seats: { orderBy: { participantId: "asc" } } } });

describe("group meetings", () => {
  beforeEach(async () => {
    await resetData();
  });

  it("turns a consortium's meeting request into one group meeting: host, lead, member seats; idempotent and audited", async () => {
    const w = await world("grup-konsorsium");
    expect(await buyerAccepts(w)).toEqual({ meetingRequested: true });
    const [meeting, ...more] = await groupOf(w.consortium.id);
    expect(more).toEqual([]);
    const lead = w.parts[1]!;
    expect(meeting).toMatchObject({ groupKey: w.consortium.id, status: "ACCEPTED", buyerParticipantId: w.host.id, smeParticipantId: lead.id });
    expect(meeting!.seats.map((seat) => [seat.participantId, seat.role]).sort()).toEqual(
      [[w.host.id, "SIDE"], [lead.id, "SIDE"], [w.parts[0]!.id, "MEMBER"], [w.parts[2]!.id, "MEMBER"]].sort(),
    );

    expect(await db.$transaction((tx) => ensureConsortiumMeeting(tx, w.staff.user.id, w.consortium.id))).toBe("exists");
    signInAs(w.staff.session);
    expect(await generateScheduleAction(initial, form({ eventId: w.event.id }))).toEqual({ ok: true, message: "Schedule.generated" });
    expect(await db.meeting.count({ where: { consortiumId: w.consortium.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "schedule.group-meeting", entityId: meeting!.id } })).toBe(1);
  });

  it("makes it at schedule generation when the members were approved after the request; refuses a group larger than a table seats", async () => {
    const w = await world("grup-nanti", { approveMembers: false });
    await buyerAccepts(w);
    expect(await groupOf(w.consortium.id)).toEqual([]);

    await db.eventParticipant.updateMany({ where: { id: { in: w.parts.map((part) => part.id) } }, data: { status: "APPROVED" } });
    await db.event.update({ where: { id: w.event.id }, data: { tableSeats: 3 } });
    signInAs(w.staff.session);
    expect(await generateScheduleAction(initial, form({ eventId: w.event.id }))).toEqual({ ok: true, message: "Schedule.generatedGroupsTooLarge", messageValues: { count: 1 } });
    expect(await groupOf(w.consortium.id)).toEqual([]);

    await db.event.update({ where: { id: w.event.id }, data: { tableSeats: 4 } });
    expect(await generateScheduleAction(initial, form({ eventId: w.event.id }))).toEqual({ ok: true, message: "Schedule.generated" });
    const [meeting] = await groupOf(w.consortium.id);
    expect(meeting).toMatchObject({ status: "SCHEDULED", groupKey: w.consortium.id });
  });

  it("places a group with every party's seat active at one time and table, shown on the host's and every member's agenda and on the staff grid", async () => {
    const w = await world("grup-jadwal");
    // A member is busy in slot 0 with another buyer: the group must go elsewhere.
    const other = await addParticipant(w.event.id, { buyerId: (await seedBuyer("grup-jadwal-lain")).organization.id });
    const busy = await db.meeting.create({ data: { eventId: w.event.id, smeParticipantId: w.parts[2]!.id, buyerParticipantId: other.id, status: "ACCEPTED", mustHappen: true } });
    signInAs(w.staff.session);
    await expect(moveMeetingAction(initial, form({ meetingId: busy.id, slot: "0", table: "1" }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: busy.id } })).toMatchObject({ status: "SCHEDULED", tableNumber: 1 });

    await buyerAccepts(w);
    expect(await generateScheduleAction(initial, form({ eventId: w.event.id }))).toMatchObject({ ok: true });
    const [meeting] = await groupOf(w.consortium.id);
    expect(meeting?.status).toBe("SCHEDULED");
    expect(meeting!.startsAt!.getTime()).not.toBe(eventSlots(w.event.sessions, w.event.slotMinutes)[0]!.startsAt.getTime());
    expect(meeting!.seats).toHaveLength(4);
    for (const seat of meeting!.seats) expect(seat).toMatchObject({ active: true, startsAt: meeting!.startsAt, endsAt: meeting!.endsAt });
    expect(new Set(meeting!.seats.map((seat) => seat.representativeId)).size).toBe(4);

    await publishScheduleAction(initial, form({ eventId: w.event.id }));
    const names = w.smes.map((sme) => sme.enterprise.brandName!);
    const hostAgenda = await getParticipantAgenda({ kind: "BUYER", buyerId: w.buyer.organization.id }, w.event.slug);
    expect(hostAgenda?.meetings.map((m) => [m.id, m.tableNumber, m.other.name, m.group])).toEqual([[meeting!.id, meeting!.tableNumber, names[1], [names[0], names[2]]]]);
    for (const [index, sme] of w.smes.entries()) {
      const agenda = await getParticipantAgenda({ kind: "SME", enterpriseId: sme.enterprise.id }, w.event.slug);
      const group = agenda!.meetings.find((m) => m.id === meeting!.id);
      expect(group).toMatchObject({ startsAt: meeting!.startsAt, tableNumber: meeting!.tableNumber, other: { kind: "BUYER", name: w.buyer.organization.name } });
      expect(new Set([group!.other.name, ...group!.group])).toEqual(new Set([w.buyer.organization.name, ...names.filter((_, i) => i !== index)]));
      expect(group!.groupMember).toBe(index !== 1);
    }
    // A member's calendar file names the host and the other members, at the same table.
    signInAs(w.smes[0]!.session);
    const { GET } = await import("@/app/(participant)/peserta/acara/[slug]/agenda.ics/route");
    const ics = await (await GET(new Request(`http://localhost/peserta/acara/${w.event.slug}/agenda.ics`), { params: Promise.resolve({ slug: w.event.slug }) })).text();
    expect(ics.replace(/\r\n /g, "")).toContain(`SUMMARY:Temu Usaha: ${w.buyer.organization.name}\\, ${names[1]}\\, ${names[2]}\\, meja ${meeting!.tableNumber}`);
    signInAs(w.staff.session);
    const grid = await getEventGrid(w.event.id);
    expect(grid?.meetings.find((m) => m.id === meeting!.id)).toMatchObject({ smeName: names[1], buyerName: w.buyer.organization.name, memberNames: [names[0], names[2]].sort() });
  });

  it("never seats a group where a member is busy: with the host free only then, the group waits and the rest is still scheduled", async () => {
    const w = await world("grup-tunggu");
    const slots = eventSlots(w.event.sessions, w.event.slotMinutes);
    const other = await addParticipant(w.event.id, { buyerId: (await seedBuyer("grup-tunggu-lain")).organization.id });
    await placeMeeting(w.event, w.parts[2]!.id, other.id, 0, 1).then((m) => db.meeting.update({ where: { id: m.id }, data: { placedByStaff: true } }));
    await db.eventParticipant.update({ where: { id: w.host.id }, data: { unavailableSlots: slots.slice(1).map((slot) => slot.startsAt) } });
    const single = await db.meeting.create({ data: { eventId: w.event.id, smeParticipantId: w.parts[0]!.id, buyerParticipantId: other.id, status: "ACCEPTED" } });
    await buyerAccepts(w);
    signInAs(w.staff.session);
    expect(await generateScheduleAction(initial, form({ eventId: w.event.id }))).toEqual({ ok: true, message: "Schedule.generated" });
    const [meeting] = await groupOf(w.consortium.id);
    expect(meeting).toMatchObject({ status: "ACCEPTED", startsAt: null });
    expect(meeting!.seats.every((seat) => !seat.active)).toBe(true);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: single.id } })).toMatchObject({ status: "SCHEDULED" });
  });

  it("lets a member leave a group, which goes on; the lead's leaving cancels it; a group is no 1:1 request in the counterpart list", async () => {
    const w = await world("grup-keluar");
    await buyerAccepts(w);
    const [meeting] = await groupOf(w.consortium.id);
    const mine = (await findParticipation({ kind: "SME", enterpriseId: w.smes[1]!.enterprise.id }, w.event.id))!;
    expect((await listCounterparts(mine, { q: "", page: 1 })).items.map((item) => [item.name, item.existing])).toEqual([[w.buyer.organization.name, null]]);

    await db.$transaction((tx) => cancelMeetingsOfParticipants(tx, w.staff.user.id, [w.parts[0]!.id]));
    const after = await db.meeting.findUniqueOrThrow({ where: { id: meeting!.id }, include: { seats: true } });
    expect(after.status).toBe("ACCEPTED");
    expect(after.seats.map((seat) => seat.participantId).sort()).toEqual([w.host.id, w.parts[1]!.id, w.parts[2]!.id].sort());
    await db.$transaction((tx) => cancelMeetingsOfParticipants(tx, w.staff.user.id, [w.parts[1]!.id]));
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting!.id } })).toMatchObject({ status: "CANCELLED" });
  });

  it("refuses a manual move into a slot where a member is busy, naming the member, and changes nothing", async () => {
    const w = await world("grup-pindah");
    await buyerAccepts(w);
    const [meeting] = await groupOf(w.consortium.id);
    const other = await addParticipant(w.event.id, { buyerId: (await seedBuyer("grup-pindah-lain")).organization.id });
    await placeMeeting(w.event, w.parts[2]!.id, other.id, 2, 3);
    signInAs(w.staff.session);
    await expect(moveMeetingAction(initial, form({ meetingId: meeting!.id, slot: "1", table: "1" }))).rejects.toThrow(/NEXT_REDIRECT/);
    const before = await db.meeting.findUniqueOrThrow({ where: { id: meeting!.id }, include: { seats: true } });

    const refused = await moveMeetingAction(initial, form({ meetingId: meeting!.id, slot: "2", table: "1" }));
    expect(refused).toMatchObject({ ok: false, message: "Schedule.errors.partyBusy", messageValues: { name: w.smes[2]!.enterprise.brandName } });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting!.id }, include: { seats: true } })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "schedule.move", entityId: meeting!.id } })).toBe(1);
  });

  it("lets a buyer with two representatives meet two SMEs in one slot, a third refused", async () => {
    const w = await world("grup-wakil");
    const [a, b, c] = w.parts;
    const meetings = [];
    for (const part of [a!, b!, c!]) meetings.push(await db.meeting.create({ data: { eventId: w.event.id, smeParticipantId: part.id, buyerParticipantId: w.host.id, status: "ACCEPTED" } }));
    signInAs(w.staff.session);
    await expect(moveMeetingAction(initial, form({ meetingId: meetings[0]!.id, slot: "0", table: "1" }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await moveMeetingAction(initial, form({ meetingId: meetings[1]!.id, slot: "0", table: "2" }))).toMatchObject({ ok: false, fieldErrors: { slot: ["Schedule.errors.participantBusy"] } });
    await db.eventRepresentative.create({ data: { participantId: w.host.id, position: 2, name: "Rina Wulandari" } });
    await expect(moveMeetingAction(initial, form({ meetingId: meetings[1]!.id, slot: "0", table: "2" }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await moveMeetingAction(initial, form({ meetingId: meetings[2]!.id, slot: "0", table: "3" }))).toMatchObject({ ok: false, fieldErrors: { slot: ["Schedule.errors.participantBusy"] } });
    expect(await db.meeting.count({ where: { eventId: w.event.id, status: "SCHEDULED" } })).toBe(2);
  });

  it("staff make a group meeting by hand: a partner bank with several SMEs, checked", async () => {
    const w = await world("grup-bank");
    const bank = await db.partnerOrganization.create({ data: { name: "Bank Jateng Cabang Semarang", kind: "HIMBARA_BANK", slug: "bank-jateng-grup" } });
    const partner = await db.eventParticipant.create({ data: { eventId: w.event.id, kind: "PARTNER", partnerOrganizationId: bank.id, status: "APPROVED" } });
    const [a, b, c] = w.parts.map((part) => part.id);
    signInAs(w.staff.session);
    expect(await createGroupMeetingAction(initial, form({ eventId: w.event.id, hostId: partner.id, memberIds: a! }))).toMatchObject({ ok: false, fieldErrors: { memberIds: ["Schedule.errors.pickMembers"] } });
    expect(await createGroupMeetingAction(initial, form({ eventId: w.event.id, hostId: a!, memberIds: [b!, c!] }))).toMatchObject({ ok: false, fieldErrors: { hostId: ["Schedule.errors.pickHost"] } });
    expect(await createGroupMeetingAction(initial, form({ eventId: w.event.id, hostId: partner.id, memberIds: [b!, partner.id] }))).toMatchObject({ ok: false, fieldErrors: { memberIds: ["Schedule.errors.pickMembers"] } });
    expect(await db.meeting.count({ where: { eventId: w.event.id } })).toBe(0);

    expect(await createGroupMeetingAction(initial, form({ eventId: w.event.id, hostId: partner.id, memberIds: [a!, b!, c!] }))).toEqual({ ok: true, message: "Schedule.groupCreated" });
    expect(await createGroupMeetingAction(initial, form({ eventId: w.event.id, hostId: partner.id, memberIds: [c!, b!, a!] }))).toMatchObject({ ok: false, message: "Schedule.errors.groupExists" });
    const meeting = await db.meeting.findFirstOrThrow({ where: { eventId: w.event.id }, include: { seats: true } });
    expect(meeting).toMatchObject({ buyerParticipantId: partner.id, smeParticipantId: [a!, b!, c!].sort()[0], status: "ACCEPTED" });
    expect(meeting.seats).toHaveLength(4);

    await db.event.update({ where: { id: w.event.id }, data: { tableSeats: 3 } });
    const [d] = [(await addParticipant(w.event.id, { enterpriseId: (await seedSme("grup-bank-ikm-d", ["10219"])).enterprise.id })).id];
    expect(await createGroupMeetingAction(initial, form({ eventId: w.event.id, hostId: partner.id, memberIds: [a!, b!, d!] }))).toMatchObject({ ok: false, fieldErrors: { memberIds: ["Schedule.errors.groupTooLarge"] } });

    expect(await generateScheduleAction(initial, form({ eventId: w.event.id }))).toMatchObject({ ok: true });
    // The group of four no longer fits a table of three: it waits; nothing is double-booked.
    expect(await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({ status: "ACCEPTED" });
  });
});
