// What the representative forms send, checked. A representative is a person an organisation
// sends to an event: a name, and a phone/WhatsApp number or an email address (at least one), so
// the desk can reach them on the day. Errors are message keys of "EventRegistration.representatives".
// Pure.
import { z } from "zod";
import { normalizePhone } from "@/lib/enterprises/profile-contacts";
import { eventDayLimits } from "@/lib/events/schemas";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { recordIdField } from "@/lib/http/record-id";

export const representativeLimits = { nameMax: 120, emailMax: 200, ...eventDayLimits } as const;

const key = (name: string) => `EventRegistration.representatives.errors.${name}`;

const optionalTrimmed = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim());

const personFields = z.object({
  name: z
    .string({ message: key("name") })
    .trim()
    .min(2, key("name"))
    .max(representativeLimits.nameMax, key("name")),
  phone: optionalTrimmed.transform((value, context) => {
    if (value === "") return null;
    const checked = normalizePhone(value);
    if (!checked.ok) {
      context.addIssue({ code: "custom", message: key("phone") });
      return z.NEVER;
    }
    return checked.value;
  }),
  email: optionalTrimmed.transform((value, context) => {
    if (value === "") return null;
    const parsed = z.email().max(representativeLimits.emailMax).safeParse(value.toLowerCase());
    if (!parsed.success) {
      context.addIssue({ code: "custom", message: key("email") });
      return z.NEVER;
    }
    return parsed.data;
  }),
});

/** The person's name and at least one way to reach them. */
export const personSchema = personFields.check(
  crossFieldRule<z.infer<typeof personFields>>(["phone", "email"], (input, issue) => {
    if (input.phone === null && input.email === null) issue("phone", key("contactMissing"));
  }),
);
export type PersonInput = z.infer<typeof personSchema>;

const eventId = recordIdField(key("notFound"));
const representativeId = recordIdField(key("notFound"));
const participantId = recordIdField(key("notFound"));

/** A participant's own form: the event names their registration (found from the session). */
export const ownAddSchema = z.object({ eventId }).and(personSchema);
export const ownUpdateSchema = z.object({ eventId, representativeId }).and(personSchema);
export const ownRemoveSchema = z.object({ eventId, representativeId });

/** Staff's forms name the participant of the event. */
export const staffAddSchema = z.object({ eventId, participantId }).and(personSchema);
export const staffUpdateSchema = z.object({ eventId, participantId, representativeId }).and(personSchema);
export const staffRemoveSchema = z.object({ eventId, participantId, representativeId });

/** Staff choose who of a party sits in a placed meeting. */
export const seatAssignSchema = z.object({
  eventId,
  meetingId: recordIdField("Schedule.errors.meetingNotFound"),
  participantId,
  representativeId,
});
export type SeatAssignInput = z.infer<typeof seatAssignSchema>;
