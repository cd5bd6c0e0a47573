import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { FormState } from "@/lib/auth/form-state";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import type { OwnMatch } from "@/lib/matching/queries";
import { enterpriseName, parseComponents, topComponents } from "@/lib/matching/engine/stored";
import { ReasonList } from "./explanation-list";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { ScorePill } from "./match-badges";

type Props = {
  match: OwnMatch;
  side: "sme" | "buyer";
  respond: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** One approved match as its SME or buyer sees it: who, why, where things stand, and Terima/Tolak. */
export function OwnMatchCard({ match, side, respond }: Props) {
  const t = useTranslations("Matching.own");
  const tMeeting = useTranslations("Matching.meetingStatus");
  const locale = useLocale() as AppLocale;
  const other = side === "sme" ? match.buyer.name : enterpriseName(match.enterprise);
  const mine = side === "sme" ? match.smeResponse : match.buyerResponse;
  const theirs = side === "sme" ? match.buyerResponse : match.smeResponse;
  const meeting = match.meetings[0];
  const reasons = topComponents(parseComponents(match.components), 4);
  const headingId = `own-match-${match.id}`;

  const open = match.event?.status === "PUBLISHED" || match.event?.status === "DRAFT";
  let state: string;
  if (meeting) state = tMeeting(meeting.status);
  else if (!open) state = t("eventPast");
  else if (mine === "DECLINED") state = t("declinedByYou");
  else if (theirs === "DECLINED") state = t("declinedByOther");
  else if (mine === "PENDING") state = t("waitingYou");
  else state = t(`${side}.waitingOther`);

  return (
    <li className="rounded-lg border border-line bg-white p-4 shadow-sm" aria-labelledby={headingId}>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <ScorePill score={match.score} />
        <div className="min-w-0 flex-1 space-y-3">
          <div>
            <p className="text-sm font-semibold text-muted">{t(`${side}.other`)}</p>
            <h3 id={headingId} className="text-lg font-semibold text-brand-900">
              {side === "buyer" ? (
                <Link href={`/katalog/pemasok/${match.enterprise.slug}`} className="underline">
                  {other}
                </Link>
              ) : (
                other
              )}
            </h3>
            {match.event ? <p className="text-sm text-muted">{t("event", { title: match.event.title, date: formatDate(match.event.startsAt, locale) })}</p> : null}
            {match.sourcingRequest ? <p className="text-sm text-muted">{match.sourcingRequest.title}</p> : null}
          </div>
          {reasons.length > 0 ? (
            <div>
              <p className="text-sm font-semibold text-ink">{t("why")}</p>
              <ReasonList components={reasons} />
            </div>
          ) : null}
          <div className="rounded-md border border-line bg-slate-50 p-3" data-testid="match-state">
            <p className="font-semibold text-ink">{state}</p>
            {meeting?.startsAt ? (
              <p className="mt-1 text-sm">
                {meeting.tableNumber ? t("meetingAtTable", { time: formatDateTime(meeting.startsAt, locale), table: meeting.tableNumber }) : formatDateTime(meeting.startsAt, locale)}
              </p>
            ) : null}
            {meeting && !meeting.startsAt && open ? <p className="mt-1 text-sm text-muted">{t("meetingNote")}</p> : null}
          </div>
          {!meeting && open ? (
            <div className="space-y-2">
              <div className="flex flex-wrap gap-2">
                {mine !== "ACCEPTED" ? (
                  <MatchButtonForm action={respond} fields={{ matchId: match.id, answer: "ACCEPTED" }} label={t("accept")} pendingLabel={t("accepting")} variant="primary" accessibleLabel={`${t("accept")}: ${other}`} />
                ) : null}
                {mine !== "DECLINED" ? (
                  <MatchButtonForm action={respond} fields={{ matchId: match.id, answer: "DECLINED" }} label={t("decline")} pendingLabel={t("declining")} variant="secondary" accessibleLabel={`${t("decline")}: ${other}`} />
                ) : null}
              </div>
              {mine !== "PENDING" ? <p className="text-sm text-muted">{t("changeNote")}</p> : null}
            </div>
          ) : null}
        </div>
      </div>
    </li>
  );
}
