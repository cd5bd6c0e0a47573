// Group meetings (issue 20): one meeting of a host (a buyer, or a partner bank) with several SMEs
// at one table. buyerParticipantId is the host, smeParticipantId the lead SME, and every further
// SME a MEMBER seat; the database then keeps every party's seat on the meeting's time and refuses
// a party in two places at once (lib/meetings/schedule-store.ts).
//
// A consortium's accepted meeting request (lib/consortia/answers.ts) becomes such a meeting once
// the consortium has an event and its buyer and members are approved participants of it: when
// the request is made, and again whenever the schedule is generated (for requests made before
// the approvals). The meeting's key (eventId, lead, host, groupKey = the consortium's id) is
// unique, so making it twice makes it once. Staff may also make one by hand on the schedule page.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { CreateGroupMeetingInput } from "./schemas";

export type ConsortiumMeetingState = "created" | "exists" | "notReady" | "tooLarge";

async function insertGroupMeeting(
  tx: DbClient,
  actorId: string,
  { eventId, hostId, leadId, memberIds, groupKey, consortiumId }: { eventId: string; hostId: string; leadId: string; memberIds: string[]; groupKey: string; consortiumId: string | null },
): Promise<string | null> {
  const key = { eventId, smeParticipantId: leadId, buyerParticipantId: hostId, groupKey };
  // ON CONFLICT DO NOTHING: two makers at once leave one meeting and no error.
  const { count } = await tx.meeting.createMany({ data: [{ ...key, consortiumId, status: "ACCEPTED" }], skipDuplicates: true });
  if (count === 0) return null;
  const meeting = await tx.meeting.findUniqueOrThrow({ where: { eventId_smeParticipantId_buyerParticipantId_groupKey: key }, select: { id: true } });
  // Seats are added while the meeting is not yet placed, so no member can be busy yet.
  await tx.meetingSeat.createMany({ data: memberIds.map((participantId) => ({ meetingId: meeting.id, participantId, role: "MEMBER" as const })) });
  await recordAudit(tx, { actorId, action: "schedule.group-meeting", entityType: "Meeting", entityId: meeting.id, data: { eventId, hostId, leadId, memberIds, consortiumId } });
  return meeting.id;
}

/** Makes the consortium's group meeting if it can be made and does not exist yet. */
export async function ensureConsortiumMeeting(tx: DbClient, actorId: string, consortiumId: string): Promise<ConsortiumMeetingState> {
  const consortium = await tx.consortium.findUnique({
    where: { id: consortiumId },
    select: { id: true, eventId: true, buyerId: true, event: { select: { tableSeats: true } }, meetingRequest: { select: { memberIds: true } } },
  });
  if (!consortium?.eventId || !consortium.event || !consortium.meetingRequest) return "notReady";
  const memberIds = consortium.meetingRequest.memberIds;
  const participants = await tx.eventParticipant.findMany({
    where: { eventId: consortium.eventId, status: "APPROVED", OR: [{ buyerId: consortium.buyerId }, { enterpriseId: { in: memberIds } }] },
    select: { id: true, buyerId: true, enterpriseId: true },
  });
  const host = participants.find((participant) => participant.buyerId === consortium.buyerId);
  const members = memberIds.map((enterpriseId) => participants.find((participant) => participant.enterpriseId === enterpriseId));
  if (!host || members.some((member) => member === undefined) || members.length === 0) return "notReady";
  if (members.length + 1 > consortium.event.tableSeats) return "tooLarge";
  // The request lists the lead first.
  const [lead, ...others] = members.map((member) => member!.id);
  const created = await insertGroupMeeting(tx, actorId, { eventId: consortium.eventId, hostId: host.id, leadId: lead!, memberIds: others, groupKey: consortium.id, consortiumId: consortium.id });
  return created ? "created" : "exists";
}

export type ConsortiumMeetingsReport = { created: number; tooLarge: number };

/** Every consortium of the event with a meeting request: its group meeting, where it can be made. */
export async function ensureConsortiumMeetings(tx: DbClient, actorId: string, eventId: string): Promise<ConsortiumMeetingsReport> {
  const consortia = await tx.consortium.findMany({
    where: { eventId, meetingRequest: { isNot: null }, meetings: { none: {} } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const report: ConsortiumMeetingsReport = { created: 0, tooLarge: 0 };
  for (const consortium of consortia) {
    const state = await ensureConsortiumMeeting(tx, actorId, consortium.id);
    if (state === "created") report.created++;
    if (state === "tooLarge") report.tooLarge++;
  }
  return report;
}

/** Staff make a group meeting by hand: a host (buyer or partner) and two or more SMEs of the event. */
export async function createGroupMeeting(tx: DbClient, actorId: string, input: CreateGroupMeetingInput): Promise<{ meetingId: string }> {
  const event = await tx.event.findUnique({ where: { id: input.eventId }, select: { id: true, status: true, tableSeats: true } });
  if (!event) throw new UserFacingError("Schedule.errors.eventNotFound");
  if (event.status === "COMPLETED" || event.status === "CANCELLED") throw new UserFacingError("Schedule.errors.eventClosed");
  if (input.memberIds.length + 1 > event.tableSeats) throw new UserFacingError("Schedule.errors.groupTooLarge", "memberIds");
  const host = await tx.eventParticipant.findFirst({ where: { id: input.hostId, eventId: event.id, status: "APPROVED", kind: { in: ["BUYER", "PARTNER"] } }, select: { id: true } });
  if (!host) throw new UserFacingError("Schedule.errors.pickHost", "hostId");
  const members = await tx.eventParticipant.count({ where: { id: { in: input.memberIds }, eventId: event.id, status: "APPROVED", kind: "SME" } });
  if (members !== input.memberIds.length) throw new UserFacingError("Schedule.errors.pickMembers", "memberIds");
  // The same host with the same SMEs is the same group, in whatever order they were ticked: the
  // key and the lead follow the ids' order, so a second submit meets the unique key.
  const sorted = [...input.memberIds].sort();
  const [lead, ...others] = sorted;
  const groupKey = `staf:${sorted.join(",")}`;
  const meetingId = await insertGroupMeeting(tx, actorId, { eventId: event.id, hostId: host.id, leadId: lead!, memberIds: others, groupKey, consortiumId: null });
  if (!meetingId) throw new UserFacingError("Schedule.errors.groupExists");
  return { meetingId };
}
