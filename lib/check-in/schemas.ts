import { z } from "zod";
import { recordIdSchema } from "@/lib/http/record-id";
import { checkInCodeSchema } from "@/lib/events/check-in-code";

export const checkInByCodeSchema = z.object({ eventId: recordIdSchema, code: checkInCodeSchema });
/** From the desk list: the participant, and the person picked when it has several (absent: the participant as a whole). */
export const participantCheckInSchema = z.object({ eventId: recordIdSchema, participantId: recordIdSchema, representativeId: recordIdSchema.optional() });

export type CheckInByCodeInput = z.infer<typeof checkInByCodeSchema>;
export type ParticipantCheckInInput = z.infer<typeof participantCheckInSchema>;
