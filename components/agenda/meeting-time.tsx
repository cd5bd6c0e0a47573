import { useFormatter } from "next-intl";

/** "Rab, 16 Des 09.00–09.20 WIB": a meeting's day and time in Jakarta time. */
export function MeetingTime({ startsAt, endsAt, withDay = true }: { startsAt: Date; endsAt: Date; withDay?: boolean }) {
  const format = useFormatter();
  const text = format.dateTimeRange(startsAt, endsAt, withDay ? { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } : { hour: "2-digit", minute: "2-digit" });
  return (
    <time dateTime={startsAt.toISOString()} className="tabular-nums">
      {text} WIB
    </time>
  );
}

/** "09.15": a clock time in Jakarta time. */
export function ClockTime({ at }: { at: Date }) {
  const format = useFormatter();
  return <time dateTime={at.toISOString()}>{format.dateTime(at, { hour: "2-digit", minute: "2-digit" })}</time>;
}
