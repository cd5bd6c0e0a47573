import { useTranslations } from "next-intl";
import { MeetingTime } from "@/components/agenda/meeting-time";
import type { ParticipantMeetingTime } from "@/lib/check-in/queries";

/** A participant's meetings as short lines: time, table, with whom. */
export function MeetingTimes({ meetings, withOther = true }: { meetings: ParticipantMeetingTime[]; withOther?: boolean }) {
  const t = useTranslations("CheckIn");
  if (meetings.length === 0) return <span className="text-muted">{t("noMeetings")}</span>;
  return (
    <ul className="space-y-0.5">
      {meetings.map((meeting) => (
        <li key={meeting.startsAt.getTime()}>
          <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} withDay={false} /> · {t("tableShort", { table: meeting.tableNumber })}
          {withOther ? <span className="text-muted"> · {meeting.otherName}</span> : null}
        </li>
      ))}
    </ul>
  );
}
