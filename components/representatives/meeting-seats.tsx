import { getTranslations } from "next-intl/server";
import type { MeetingSeatView } from "@/lib/representatives/queries";
import { SeatForm } from "./seat-form";

/** Who sits in a placed meeting, one line per party with its representative, each changeable by staff. */
export async function MeetingSeats({ eventId, meetingId, seats }: { eventId: string; meetingId: string; seats: MeetingSeatView[] | undefined }) {
  if (!seats || seats.length === 0) return null;
  const t = await getTranslations("Schedule");
  return (
    <div className="space-y-2 border-t border-line pt-2">
      <p className="text-sm font-semibold text-ink">{t("seatsLabel")}</p>
      <ul className="space-y-2">
        {seats.map((seat) => (
          <li key={seat.participantId}>
            <p className="text-sm">
              {seat.partyName}: <span className="font-semibold">{seatName(seat, t("seatContact", { position: 1 }))}</span>
            </p>
            {seat.choices.length > 1 ? <SeatForm eventId={eventId} meetingId={meetingId} seat={seat} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The seated person's name, or the organisation's contact for an unnamed first representative. */
export function seatName(seat: Pick<MeetingSeatView, "representativeName" | "representativePosition">, contact: string): string {
  return seat.representativeName ?? (seat.representativePosition === null ? "—" : contact);
}
