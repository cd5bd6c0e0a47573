// What the event day's forms send, checked. Errors are message keys under "LiveDay.errors". The
// participant asking a walk-in always comes from the session, never the form.
import { z } from "zod";
import { recordIdField } from "@/lib/http/record-id";

export const liveMeetingSchema = z.object({ meetingId: recordIdField("LiveDay.errors.meetingNotFound") });

/**
 * Who is absent: "<participantId>" for the whole participant, "<participantId>.<representativeId>"
 * for one of its representatives (one select on the board lists both).
 */
export const absentSchema = z
  .object({ who: z.string({ message: "LiveDay.errors.participantNotFound" }).regex(/^[a-z0-9]{1,40}(\.[a-z0-9]{1,40})?$/, "LiveDay.errors.participantNotFound") })
  .transform(({ who }) => {
    const [participantId = "", representativeId] = who.split(".");
    return representativeId ? { participantId, representativeId } : { participantId };
  });

export const staffWalkInSchema = z.object({
  eventId: recordIdField("LiveDay.errors.eventNotFound"),
  smeId: recordIdField("LiveDay.errors.pickSme"),
  buyerId: recordIdField("LiveDay.errors.pickBuyer"),
});

export const participantWalkInSchema = z.object({
  eventId: recordIdField("LiveDay.errors.eventNotFound"),
  targetId: recordIdField("LiveDay.errors.pickParticipant"),
});
