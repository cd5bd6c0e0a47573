// The database's rules for the event day (issue 20): every participant has a first representative;
// every meeting has a seat per party, following its time; one person is never in two meetings at
// once, so an organisation holds at most as many meetings at once as it has representatives; a
// group meeting's member seats obey the same rule.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sqlState } from "@/lib/db-errors";
import { addParticipant, placeMeeting, seedEvent } from "./support/event-day";
import { seedBuyer, seedSme } from "./support/sourcing";

async function world(slug: string) {
  const event = await seedEvent(slug, { startsAt: new Date(Date.now() + 86_400_000) });
  const buyer = await addParticipant(event.id, { buyerId: (await seedBuyer(`${slug}-pembeli`)).organization.id });
  const smes = [];
  for (const name of ["a", "b", "c"]) smes.push(await addParticipant(event.id, { enterpriseId: (await seedSme(`${slug}-ikm-${name}`, ["10794"])).enterprise.id }));
  return { event, buyer, smes };
}

const refusal = async (work: Promise<unknown>) => sqlState(await work.then(() => null, (error: unknown) => error));

describe("meeting seats and representatives", () => {
  it("gives every participant its first representative and every placed meeting a seat per side", async () => {
    const { event, buyer, smes } = await world("kursi-dasar");
    const representatives = await db.eventRepresentative.findMany({ where: { participantId: { in: [buyer.id, ...smes.map((s) => s.id)] } } });
    expect(representatives.map((r) => r.position)).toEqual([1, 1, 1, 1]);
    const meeting = await placeMeeting(event, smes[0]!.id, buyer.id, 0, 1);
    const seats = await db.meetingSeat.findMany({ where: { meetingId: meeting.id }, orderBy: { participantId: "asc" } });
    expect(seats).toHaveLength(2);
    for (const seat of seats) expect(seat).toMatchObject({ role: "SIDE", active: true, startsAt: meeting.startsAt, endsAt: meeting.endsAt });
    expect(new Set(seats.map((s) => s.representativeId)).size).toBe(2);

    await db.meeting.update({ where: { id: meeting.id }, data: { status: "CANCELLED" } });
    expect(await db.meetingSeat.count({ where: { meetingId: meeting.id, active: true } })).toBe(0);
  });

  it("lets a buyer with two representatives hold two meetings in one slot, and refuses a third", async () => {
    const { event, buyer, smes } = await world("kursi-dua");
    await expect(placeMeeting(event, smes[0]!.id, buyer.id, 0, 1)).resolves.toBeTruthy();
    expect(await refusal(placeMeeting(event, smes[1]!.id, buyer.id, 0, 2))).toBe("23P01");

    const second = await db.eventRepresentative.create({ data: { participantId: buyer.id, position: 2, name: "Rina Wulandari" } });
    const two = await placeMeeting(event, smes[1]!.id, buyer.id, 0, 2);
    expect(await db.meetingSeat.findFirstOrThrow({ where: { meetingId: two.id, participantId: buyer.id } })).toMatchObject({ representativeId: second.id });
    expect(await refusal(placeMeeting(event, smes[2]!.id, buyer.id, 0, 3))).toBe("23P01");
    expect(await db.meeting.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("holds group members to the same rule: a member busy in that slot cannot be seated", async () => {
    const { event, buyer, smes } = await world("kursi-grup");
    await placeMeeting(event, smes[2]!.id, buyer.id, 1, 1);
    const second = await db.eventRepresentative.create({ data: { participantId: buyer.id, position: 2 } });
    const group = await db.meeting.create({
      data: { eventId: event.id, smeParticipantId: smes[0]!.id, buyerParticipantId: buyer.id, groupKey: "konsorsium-1", status: "ACCEPTED" },
    });
    await db.meetingSeat.create({ data: { meetingId: group.id, participantId: smes[1]!.id } });
    const slot = await placeMeeting(event, smes[0]!.id, buyer.id, 0, 2);
    await db.meeting.delete({ where: { id: slot.id } });
    const { startsAt, endsAt } = slot;

    await db.meeting.update({ where: { id: group.id }, data: { status: "SCHEDULED", startsAt, endsAt, tableNumber: 2 } });
    const seats = await db.meetingSeat.findMany({ where: { meetingId: group.id } });
    expect(seats.map((s) => [s.role, s.active]).sort()).toEqual([["MEMBER", true], ["SIDE", true], ["SIDE", true]]);

    // Member C is in a meeting at slot 1: the group cannot move there with C.
    await db.meetingSeat.create({ data: { meetingId: group.id, participantId: smes[2]!.id } });
    const slot1 = await db.meetingSeat.findFirstOrThrow({ where: { participantId: smes[2]!.id, active: true, meetingId: { not: group.id } } });
    expect(await refusal(db.meeting.update({ where: { id: group.id }, data: { startsAt: slot1.startsAt, endsAt: slot1.endsAt } }))).toBe("23P01");
    expect(await db.meetingSeat.findFirstOrThrow({ where: { meetingId: group.id, participantId: buyer.id } })).toMatchObject({ startsAt });
    expect(second.position).toBe(2);
  });
});
