// The check-in desk and its printed backup list show every meeting a participant sits in, a group
// meeting too (issue 20): a member who is not one of the meeting's two sides still sees its time,
// table and the other parties.
import { beforeEach, describe, expect, it } from "vitest";
import { getBackupList } from "@/lib/check-in/queries";
import { db } from "@/lib/db";
import { resetData } from "./reset";
import { addParticipant, placeMeeting, seedEvent } from "./support/event-day";
import { seedBuyer, seedSme } from "./support/sourcing";

describe("check-in list with group meetings", () => {
  beforeEach(async () => {
    await resetData();
  });

  it("lists a group meeting for the host, the lead and every member, naming the other parties", async () => {
    const event = await seedEvent("hadir-grup", { startsAt: new Date(Date.now() + 86_400_000) });
    const buyer = await seedBuyer("hadir-grup-pembeli");
    const host = await addParticipant(event.id, { buyerId: buyer.organization.id });
    const smes = [];
    for (const name of ["a", "b", "c"]) smes.push(await addParticipant(event.id, { enterpriseId: (await seedSme(`hadir-grup-ikm-${name}`, ["10794"])).enterprise.id }));
    const group = await placeMeeting(event, smes[0]!.id, host.id, 2, 3);
    await db.meeting.update({ where: { id: group.id }, data: { groupKey: "grup-1" } });
    for (const member of smes.slice(1)) await db.meetingSeat.create({ data: { meetingId: group.id, participantId: member.id } });

    const list = await getBackupList(event.id);
    const names = new Map(list.map((participant) => [participant.id, participant.name]));
    for (const participant of [host, ...smes]) {
      const entry = list.find((row) => row.id === participant.id)!;
      expect(entry.meetings).toHaveLength(1);
      expect(entry.meetings[0]).toMatchObject({ startsAt: group.startsAt, tableNumber: 3 });
      const others = [host, ...smes].filter((other) => other.id !== participant.id).map((other) => names.get(other.id)!);
      expect(entry.meetings[0]!.otherName.split(", ").sort()).toEqual(others.sort());
    }
  });
});
