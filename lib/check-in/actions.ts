"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import { checkInParticipant, undoCheckIn } from "./mutations";
import { checkInByCodeSchema, participantCheckInSchema } from "./schemas";

function revalidateCheckIn(eventId: string, code?: string) {
  revalidatePath(`/staf/acara/${eventId}/kehadiran`);
  if (code) revalidatePath(`/staf/acara/${eventId}/hadir/${code}`);
}

/** What the QR code opens: "Catat kehadiran". A second scan answers "already here", changing nothing. */
export const checkInByCodeAction = defineFormAction({
  name: "checkIn.byCode",
  access: "event:manage",
  schema: checkInByCodeSchema,
  async run({ eventId, code }, actor) {
    const result = await checkInParticipant(actor?.id ?? null, eventId, { code });
    revalidateCheckIn(eventId, code);
    return { ok: true, message: result.alreadyCheckedIn ? "CheckIn.alreadyCheckedInShort" : "CheckIn.checkedInNow" };
  },
});

/** Check-in from the searchable list (a participant without their QR code). */
export const checkInFromListAction = defineFormAction({
  name: "checkIn.fromList",
  access: "event:manage",
  schema: participantCheckInSchema,
  async run({ eventId, participantId, representativeId }, actor) {
    const result = await checkInParticipant(actor?.id ?? null, eventId, { participantId, representativeId });
    revalidateCheckIn(eventId);
    return { ok: true, message: result.alreadyCheckedIn ? "CheckIn.alreadyCheckedInShort" : "CheckIn.checkedInNow" };
  },
});

export const undoCheckInAction = defineFormAction({
  name: "checkIn.undo",
  access: "event:manage",
  schema: participantCheckInSchema,
  async run({ eventId, participantId, representativeId }, actor) {
    const undone = await undoCheckIn(actor?.id ?? null, eventId, participantId, representativeId);
    revalidateCheckIn(eventId);
    return { ok: true, message: undone ? "CheckIn.undone" : "CheckIn.notCheckedIn" };
  },
});
