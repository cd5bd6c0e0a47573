import { useTranslations } from "next-intl";
import type { CheckInParticipant, CheckInPerson } from "@/lib/check-in/queries";
import { formatCheckInCode } from "@/lib/events/check-in-code";
import { CheckInStatus } from "./check-in-status";

/** A person's name at the desk: their own, or the organisation's contact for an unnamed first one. */
export function usePersonName(): (person: Pick<CheckInPerson, "name">) => string {
  const t = useTranslations("CheckIn");
  return (person) => person.name ?? t("contactPerson");
}

type Participant = Pick<CheckInParticipant, "id" | "name" | "checkedInAt" | "people">;

/**
 * The desk list's check-in cell: one participant's state and button as before, or, when it sent
 * several people, each of them with their own state, "Catat kehadiran" and undo.
 */
export function PeopleCheckIn({ eventId, participant }: { eventId: string; participant: Participant }) {
  const t = useTranslations("CheckIn");
  const personName = usePersonName();
  if (participant.people.length <= 1) {
    return <CheckInStatus eventId={eventId} participantId={participant.id} name={participant.name} checkedInAt={participant.checkedInAt} allowUndo />;
  }
  return (
    <ul aria-label={t("peopleOf", { name: participant.name })} className="space-y-4">
      {participant.people.map((person) => (
        <li key={person.id} className="space-y-1">
          <p className="font-semibold">{personName(person)}</p>
          <CheckInStatus
            eventId={eventId}
            participantId={participant.id}
            representativeId={person.id}
            name={t("personOf", { person: personName(person), name: participant.name })}
            checkedInAt={person.checkedInAt}
            allowUndo
          />
        </li>
      ))}
    </ul>
  );
}

/** The printed backup list's code cell: the participant's code, or each person's own code with a box to tick. */
export function PeopleCodes({ participant }: { participant: Pick<CheckInParticipant, "checkInCode" | "people"> }) {
  const t = useTranslations("CheckIn");
  const personName = usePersonName();
  if (participant.people.length <= 1) return <>{participant.checkInCode ? formatCheckInCode(participant.checkInCode) : "—"}</>;
  return (
    <ul className="space-y-1">
      {participant.people.map((person) => (
        <li key={person.id} className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block size-4 shrink-0 border-2 border-ink text-xs leading-none">
            {person.checkedInAt ? "✓" : ""}
          </span>
          <span className="font-sans">{personName(person)}:</span>
          <span>{person.checkInCode ? formatCheckInCode(person.checkInCode) : "—"}</span>
          <span className="sr-only">{person.checkedInAt ? t("present") : t("notPresent")}</span>
        </li>
      ))}
    </ul>
  );
}
