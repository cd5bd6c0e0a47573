// Whether an organisation can take one more meeting at a time: it holds at most as many meetings
// at once as it has representatives (the database's rule, MeetingSeat_representative_no_overlap).
import "server-only";
import type { DbClient } from "@/lib/db";

/** The participants among `participantIds` whose every representative has another meeting during [startsAt, endsAt). */
export async function participantsAtCapacity(tx: DbClient, participantIds: readonly string[], exceptMeetingId: string, slot: { startsAt: Date; endsAt: Date }): Promise<string[]> {
  const ids = [...participantIds];
  const [busy, people] = await Promise.all([
    tx.meetingSeat.groupBy({
      by: ["participantId"],
      where: { participantId: { in: ids }, active: true, meetingId: { not: exceptMeetingId }, startsAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
      _count: { _all: true },
    }),
    tx.eventRepresentative.groupBy({ by: ["participantId"], where: { participantId: { in: ids } }, _count: { _all: true } }),
  ]);
  const capacity = new Map(people.map((row) => [row.participantId, row._count._all]));
  return busy.filter((row) => row._count._all >= (capacity.get(row.participantId) ?? 1)).map((row) => row.participantId);
}
