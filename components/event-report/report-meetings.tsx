import { useLocale, useTranslations } from "next-intl";
import { ClockTime } from "@/components/agenda/meeting-time";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReportMeeting } from "@/lib/event-report/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatRupiah } from "@/lib/i18n/format";
import { setNoShowAction } from "@/lib/outcomes/actions";
import { AttendanceOverrideForm } from "./attendance-override-form";

/** The placed meetings with their state; staff mark a no-show (or take it back) here. */
export function ReportMeetings({ eventId, meetings, caption }: { eventId: string; meetings: ReportMeeting[]; caption: string }) {
  const t = useTranslations("EventReport");
  const tOutcome = useTranslations("Outcomes.outcome");
  const locale = useLocale() as AppLocale;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("meetingColumns.time")}</Th>
          <Th>{t("meetingColumns.table")}</Th>
          <Th>{t("meetingColumns.pair")}</Th>
          <Th>{t("meetingColumns.state")}</Th>
          <Th className="print:hidden">{t("meetingColumns.action")}</Th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => {
          const pair = `${meeting.smeName} – ${meeting.buyerName}`;
          return (
            <tr key={meeting.id}>
              <Td>
                <ClockTime at={meeting.startsAt} />
              </Td>
              <Td className="tabular-nums">{meeting.tableNumber}</Td>
              <Th scope="row">{pair}</Th>
              <Td>
                {t(`status.${meeting.status === "HELD" || meeting.status === "NO_SHOW" ? meeting.status : "SCHEDULED"}`)}
                {meeting.outcome ? (
                  <span className="block text-sm text-muted">
                    {tOutcome(meeting.outcome)}
                    {meeting.dealValueRupiah !== null ? ` · ${formatRupiah(meeting.dealValueRupiah, locale)}` : ""}
                  </span>
                ) : null}
                <span className="block text-sm text-muted">
                  {meeting.overrideReason ? t("attendance.overridden", { reason: meeting.overrideReason }) : meeting.attended ? t("attendance.both") : t("attendance.missing")}
                </span>
              </Td>
              <Td className="print:hidden">
                {meeting.status === "SCHEDULED" ? (
                  <>
                    <MatchButtonForm action={setNoShowAction} fields={{ eventId, meetingId: meeting.id, noShow: "1" }} label={t("markNoShow")} pendingLabel={t("saving")} accessibleLabel={t("markNoShowFor", { pair })} />
                    {!meeting.attended && !meeting.overrideReason ? <AttendanceOverrideForm eventId={eventId} meetingId={meeting.id} pair={pair} /> : null}
                  </>
                ) : meeting.status === "NO_SHOW" ? (
                  <MatchButtonForm action={setNoShowAction} fields={{ eventId, meetingId: meeting.id, noShow: "0" }} label={t("unmarkNoShow")} pendingLabel={t("saving")} variant="ghost" accessibleLabel={t("unmarkNoShowFor", { pair })} />
                ) : null}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
