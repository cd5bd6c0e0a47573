import { useLocale, useTranslations } from "next-intl";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { AgendaMeeting } from "@/lib/agenda/queries";
import { rupiahInputValue } from "@/lib/forms/fields";
import type { AppLocale } from "@/lib/i18n/config";
import { explanationText } from "@/lib/matching/engine/explain";
import { MeetingTime } from "./meeting-time";
import { OtherParty } from "./other-party";

/** The participant's meetings in time order; once a meeting has started, its result form. */
export function AgendaMeetings({ meetings, now }: { meetings: AgendaMeeting[]; now: Date }) {
  const t = useTranslations("Agenda");
  const tOutcome = useTranslations("Outcomes");
  const locale = useLocale() as AppLocale;
  return (
    <ol className="space-y-4">
      {meetings.map((meeting) => {
        const started = meeting.startsAt <= now;
        return (
          <Card as="li" key={meeting.id} className="space-y-4">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="space-y-1">
                <p className="text-lg font-bold text-brand-900">
                  <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
                </p>
                <p className="font-semibold">{t("table", { table: meeting.tableNumber })}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                {meeting.status === "NO_SHOW" ? <Badge tone="danger">{t("noShow")}</Badge> : null}
                {meeting.matchScore !== null ? <Badge tone="info">{t("fromMatch", { score: meeting.matchScore })}</Badge> : null}
              </div>
            </div>
            <p>
              <span className="block text-sm text-muted">{t("with")}</span>
              <OtherParty other={meeting.other} />
            </p>
            {meeting.group.length > 0 ? (
              <p>
                <span className="block text-sm text-muted">{t("groupAlso")}</span>
                <span className="font-semibold text-ink">{meeting.group.join(", ")}</span>
              </p>
            ) : null}
            {meeting.matchReasons.length > 0 ? (
              <div className="text-sm">
                <p className="font-semibold">{t("whyMatched")}</p>
                <ul className="list-disc pl-5 text-muted">
                  {meeting.matchReasons.map((reason) => (
                    <li key={reason.key}>{explanationText(reason, locale)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            {started && meeting.status !== "NO_SHOW" && !meeting.groupMember ? (
              <section aria-labelledby={`outcome-heading-${meeting.id}`} className="space-y-3 rounded-md border border-line p-3">
                <h3 id={`outcome-heading-${meeting.id}`} className="font-semibold text-brand-800">
                  {tOutcome("heading")}
                </h3>
                {meeting.otherOutcome ? <p className="text-sm">{tOutcome("otherRecorded", { name: meeting.other.name, outcome: tOutcome(`outcome.${meeting.otherOutcome}`) })}</p> : null}
                {meeting.attended ? (
                  <OutcomeForm
                    meetingId={meeting.id}
                    outcome={meeting.ownOutcome}
                    value={rupiahInputValue(meeting.ownValueRupiah)}
                    note={meeting.ownNote}
                    label={tOutcome("formLabel", { name: meeting.other.name })}
                  />
                ) : (
                  <p className="text-sm text-muted">{tOutcome("needsAttendance")}</p>
                )}
              </section>
            ) : null}
          </Card>
        );
      })}
    </ol>
  );
}
