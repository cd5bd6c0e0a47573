import { z } from "zod";
import { recordIdSchema } from "@/lib/http/record-id";
import { checkInCodeSchema } from "@/lib/events/check-in-code";

export const checkInByCodeSchema = z.object({ eventId: recordIdSchema, code: checkInCodeSchema });
export const participantCheckInSchema = z.object({ eventId: recordIdSchema, participantId: recordIdSchema });

export type CheckInByCodeInput = z.infer<typeof checkInByCodeSchema>;
export type ParticipantCheckInInput = z.infer<typeof participantCheckInSchema>;
