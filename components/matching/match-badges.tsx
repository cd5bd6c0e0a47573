import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MatchResponse, MatchStatus, MeetingStatus } from "@/lib/generated/prisma/enums";

const statusTones: Record<MatchStatus, BadgeTone> = { SUGGESTED: "info", APPROVED: "success", VETOED: "danger" };
const responseTones: Record<MatchResponse, BadgeTone> = { PENDING: "neutral", ACCEPTED: "success", DECLINED: "danger" };

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const t = useTranslations("Matching.status");
  return <Badge tone={statusTones[status]}>{t(status)}</Badge>;
}

/** One side's answer, named: "IKM: Menerima". */
export function ResponseBadge({ side, response }: { side: "sme" | "buyer"; response: MatchResponse }) {
  const t = useTranslations("Matching");
  const text = t(`response.${response}`);
  return <Badge tone={responseTones[response]}>{side === "sme" ? t("board.smeResponse", { response: text }) : t("board.buyerResponse", { response: text })}</Badge>;
}

export function MeetingBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations("Matching.meetingStatus");
  return <Badge tone="accent">{t(status)}</Badge>;
}

/** The score as a number on its scale, so it never relies on a colour or a bar alone. */
export function ScorePill({ score }: { score: number }) {
  const t = useTranslations("Matching.board");
  return (
    <span className="inline-flex min-w-16 flex-col items-center rounded-md border border-brand-200 bg-brand-50 px-3 py-1 text-brand-900">
      <span className="text-xs text-muted">{t("score")}</span>
      <span className="text-2xl font-bold tabular-nums">
        {score}
        <span className="text-sm font-normal text-muted">/100</span>
      </span>
    </span>
  );
}
