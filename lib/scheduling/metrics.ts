// Figures about a schedule, computed from the plain instance and schedule (no scheduler state).
import { partiesOf, type Instance, type Schedule } from "./types";

export type ScheduleMetrics = {
  weight: number;
  scheduled: number;
  participantsWithRequests: number;
  participantsWithMeetings: number;
  /** Mean, over participants with a meeting, of the available slots between their first and last meeting with no meeting. */
  avgIdleSlots: number;
};

export function scheduleMetrics(instance: Instance, schedule: Schedule): ScheduleMetrics {
  const requests = new Map(instance.requests.map((request) => [request.id, request]));
  const availability = new Map(instance.participants.map((participant) => [participant.id, participant.available]));
  const withRequests = new Set<string>();
  for (const request of instance.requests) for (const id of partiesOf(request)) withRequests.add(id);
  const meetingSlots = new Map<string, number[]>();
  let weight = 0;
  let scheduled = 0;
  for (const meeting of schedule.meetings) {
    const request = requests.get(meeting.request);
    if (!request) continue;
    weight += request.weight;
    scheduled++;
    for (const id of new Set(partiesOf(request))) {
      const slots = meetingSlots.get(id);
      if (slots) slots.push(meeting.slot);
      else meetingSlots.set(id, [meeting.slot]);
    }
  }
  let idle = 0;
  for (const [id, slots] of meetingSlots) {
    const first = slots.reduce((a, b) => Math.min(a, b));
    const last = slots.reduce((a, b) => Math.max(a, b));
    const available = availability.get(id);
    const availableInSpan = available === undefined ? last - first + 1 : new Set(available.filter((s) => s >= first && s <= last)).size;
    idle += Math.max(0, availableInSpan - new Set(slots).size);
  }
  return {
    weight,
    scheduled,
    participantsWithRequests: withRequests.size,
    participantsWithMeetings: meetingSlots.size,
    avgIdleSlots: meetingSlots.size === 0 ? 0 : idle / meetingSlots.size,
  };
}
