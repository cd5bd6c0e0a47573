// What the meeting request and schedule forms send, checked. Errors are message keys under
// "MeetingRequests.errors" and "Schedule.errors". The requesting participant always comes from the
// session (lib/events/participation.ts), never the form.
import { z } from "zod";
import { recordIdField } from "@/lib/http/record-id";

export const sendRequestSchema = z.object({
  eventId: recordIdField("MeetingRequests.errors.eventNotFound"),
  targetId: recordIdField("MeetingRequests.errors.pickParticipant"),
});

export const respondRequestSchema = z.object({
  meetingId: recordIdField("MeetingRequests.errors.notFound"),
  answer: z.enum(["ACCEPTED", "DECLINED"], { message: "MeetingRequests.errors.answerInvalid" }),
});

export const meetingIdSchema = z.object({ meetingId: recordIdField("Schedule.errors.meetingNotFound") });

export const mustHappenSchema = z.object({
  meetingId: recordIdField("Schedule.errors.meetingNotFound"),
  mustHappen: z.enum(["true", "false"], { message: "Schedule.errors.meetingNotFound" }).transform((value) => value === "true"),
});

export const scheduleEventSchema = z.object({
  eventId: recordIdField("Schedule.errors.eventNotFound"),
  /** Re-place published meetings too (staff confirmed it). */
  force: z.literal("on").optional().transform((value) => value === "on"),
});

export const moveMeetingSchema = z.object({
  meetingId: recordIdField("Schedule.errors.meetingNotFound"),
  slot: z.string({ message: "Schedule.errors.slotInvalid" }).regex(/^\d{1,4}$/, "Schedule.errors.slotInvalid").transform(Number),
  table: z.string({ message: "Schedule.errors.tableInvalid" }).trim().regex(/^\d{1,4}$/, "Schedule.errors.tableInvalid").transform(Number).pipe(z.number().min(1, "Schedule.errors.tableInvalid")),
});

/** Staff's group meeting: a host (buyer or partner) and two or more SMEs, ticked on the schedule page. */
export const createGroupMeetingSchema = z.object({
  eventId: recordIdField("Schedule.errors.eventNotFound"),
  hostId: recordIdField("Schedule.errors.pickHost"),
  memberIds: z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(recordIdField("Schedule.errors.pickMembers")).max(50, "Schedule.errors.pickMembers"))
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).min(2, "Schedule.errors.pickMembers")),
});

export type SendRequestInput = z.infer<typeof sendRequestSchema>;
export type RespondRequestInput = z.infer<typeof respondRequestSchema>;
export type MoveMeetingInput = z.infer<typeof moveMeetingSchema>;
export type CreateGroupMeetingInput = z.infer<typeof createGroupMeetingSchema>;
