import Link from "next/link";
import { useTranslations } from "next-intl";
import { approveMatchAction, pinMatchAction, sendToSchedulingAction, unpinMatchAction, vetoMatchAction } from "@/lib/matching/actions";
import type { BoardMatch } from "@/lib/matching/queries";
import { enterpriseName, parseComponents, topComponents } from "@/lib/matching/engine/stored";
import { Badge } from "@/components/ui/badge";
import { ReasonList } from "./explanation-list";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { MatchStatusBadge, MeetingBadge, ResponseBadge, ScorePill } from "./match-badges";
import { canSendToScheduling } from "@/lib/matching/sendable";

/** One pair on the staff board: score, names, badges, the top reasons and the decisions. Stacks on phones. */
export function BoardMatchCard({ match, editable }: { match: BoardMatch; editable: boolean }) {
  const t = useTranslations("Matching.board");
  const sme = enterpriseName(match.enterprise);
  const pair = `${sme} – ${match.buyer.name}`;
  const meeting = match.meetings[0];
  const reasons = topComponents(parseComponents(match.components), 3);
  const headingId = `match-${match.id}`;

  return (
    <li className="rounded-lg border border-line bg-white p-4 shadow-sm" aria-labelledby={headingId}>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
        <ScorePill score={match.score} />
        <div className="min-w-0 flex-1 space-y-3">
          <h3 id={headingId} className="text-lg font-semibold text-brand-900">
            <span className="sr-only">{t("smeLabel")}: </span>
            {sme}
            <span aria-hidden="true"> ↔ </span>
            <span className="sr-only">, {t("buyerLabel")}: </span>
            {match.buyer.name}
          </h3>
          <p className="text-sm text-muted">
            {t("requestLabel")}: {match.sourcingRequest?.title ?? t("profileDemand")}
          </p>
          <div className="flex flex-wrap gap-2">
            <MatchStatusBadge status={match.status} />
            {match.pinned ? <Badge tone="accent">{t("pinnedBadge")}</Badge> : null}
            {match.manual ? <Badge>{t("manualBadge")}</Badge> : null}
            <ResponseBadge side="sme" response={match.smeResponse} />
            <ResponseBadge side="buyer" response={match.buyerResponse} />
            {meeting ? <MeetingBadge status={meeting.status} /> : null}
          </div>
          {reasons.length > 0 ? (
            <div>
              <p className="text-sm font-semibold text-ink">{t("topReasons")}</p>
              <ReasonList components={reasons} />
            </div>
          ) : (
            <p className="text-sm text-muted">{t(match.manual ? "noReasons" : "noBreakdown")}</p>
          )}
          <p>
            <Link href={`/staf/pencocokan/${match.id}`} className="font-semibold text-brand-800 underline">
              {t("details")}
              <span className="sr-only">: {pair}</span>
            </Link>
          </p>
        </div>
      </div>
      {editable ? <MatchDecisions match={match} pair={pair} /> : null}
    </li>
  );
}

/** The decision buttons that fit the match's state; each names the pair for screen readers. */
export function MatchDecisions({ match, pair }: { match: Pick<BoardMatch, "id" | "status" | "pinned" | "meetings" | "smeResponse" | "buyerResponse">; pair: string }) {
  const t = useTranslations("Matching.board");
  const fields = { matchId: match.id };
  const hasMeeting = match.meetings.length > 0;
  const sendable = canSendToScheduling(match);
  return (
    <div className="mt-4 flex flex-wrap gap-2 border-t border-line pt-4">
      {match.status !== "APPROVED" ? (
        <MatchButtonForm action={approveMatchAction} fields={fields} label={t("approve")} pendingLabel={t("approving")} variant="primary" accessibleLabel={`${t("approve")}: ${pair}`} />
      ) : null}
      {match.status !== "VETOED" && !hasMeeting ? (
        <MatchButtonForm action={vetoMatchAction} fields={fields} label={t("veto")} pendingLabel={t("vetoing")} variant="danger" accessibleLabel={`${t("veto")}: ${pair}`} />
      ) : null}
      {match.pinned ? (
        <MatchButtonForm action={unpinMatchAction} fields={fields} label={t("unpin")} pendingLabel={t("unpinning")} accessibleLabel={`${t("unpin")}: ${pair}`} />
      ) : (
        <MatchButtonForm action={pinMatchAction} fields={fields} label={t("pin")} pendingLabel={t("pinning")} accessibleLabel={`${t("pin")}: ${pair}`} />
      )}
      {sendable ? (
        <MatchButtonForm action={sendToSchedulingAction} fields={fields} label={t("send")} pendingLabel={t("sending")} accessibleLabel={`${t("send")}: ${pair}`} />
      ) : null}
    </div>
  );
}
