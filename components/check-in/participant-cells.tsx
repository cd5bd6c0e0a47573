import { Td, Th } from "@/components/ui/table";
import type { CheckInParticipant } from "@/lib/check-in/queries";
import { KindLabel } from "./kind-label";
import { MeetingTimes } from "./meeting-times";

/** A participant's row cells on the desk list and its printed backup: name with contacts, kind, meetings. */
export function ParticipantCells({ participant }: { participant: Pick<CheckInParticipant, "name" | "contacts" | "kind" | "meetings"> }) {
  return (
    <>
      <Th scope="row">
        {participant.name}
        <span className="block text-sm font-normal text-muted">{participant.contacts.join(", ")}</span>
      </Th>
      <Td>
        <KindLabel kind={participant.kind} />
      </Td>
      <Td>
        <MeetingTimes meetings={participant.meetings} withOther={false} />
      </Td>
    </>
  );
}
