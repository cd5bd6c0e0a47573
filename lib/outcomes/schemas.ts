import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { rupiahField } from "@/lib/forms/fields";
import { recordIdSchema } from "@/lib/http/record-id";
import { outcomeOrder, valueRequiredOutcomes } from "./stages";

export const outcomeNoteMax = 500;

export const recordOutcomeSchema = z
  .object({
    meetingId: recordIdSchema,
    outcome: z.enum(outcomeOrder, { message: "Outcomes.errors.outcomeRequired" }),
    value: rupiahField({ invalid: "Outcomes.errors.valueInvalid", negative: "Outcomes.errors.valueNegative", tooLarge: "Outcomes.errors.valueTooLarge" }),
    note: z
      .string()
      .trim()
      .max(outcomeNoteMax, { message: "Outcomes.errors.noteTooLong" })
      .optional()
      .transform((value) => value || null),
  })
  .check(
    crossFieldRule<{ outcome: (typeof outcomeOrder)[number]; value: bigint | null }>(["outcome", "value"], (input, issue) => {
      if (valueRequiredOutcomes.includes(input.outcome) && (input.value === null || input.value === 0n)) issue("value", "Outcomes.errors.valueRequired");
    }),
  );

export type RecordOutcomeInput = z.infer<typeof recordOutcomeSchema>;

export const noShowSchema = z.object({
  eventId: recordIdSchema,
  meetingId: recordIdSchema,
  noShow: z.enum(["1", "0"]).transform((value) => value === "1"),
});

export type NoShowInput = z.infer<typeof noShowSchema>;

export const attendanceReasonMax = 300;

/** Staff let a meeting take a result although not both sides were checked in, saying why. */
export const attendanceOverrideSchema = z.object({
  eventId: recordIdSchema,
  meetingId: recordIdSchema,
  reason: z
    .string({ message: "EventReport.errors.reasonRequired" })
    .trim()
    .min(5, { message: "EventReport.errors.reasonRequired" })
    .max(attendanceReasonMax, { message: "EventReport.errors.reasonTooLong" }),
});

export type AttendanceOverrideInput = z.infer<typeof attendanceOverrideSchema>;
