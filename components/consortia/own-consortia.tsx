import { useTranslations } from "next-intl";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { ResponseBadge, ScorePill } from "@/components/matching/match-badges";
import { EmptyState } from "@/components/ui/empty-state";
import type { FormState } from "@/lib/auth/form-state";
import type { ConsortiumView } from "@/lib/consortia/queries";
import { ConsortiumExplanation, ConsortiumMembers } from "./consortium-members";

type Respond = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * A member SME's or a buyer's consortia. The SME sees the buyer and its own share, the other
 * members once approved; the buyer sees each approved consortium as one offer. Both answer an
 * approved one until its meeting request exists.
 */
export function OwnConsortia({ consortia, side, enterpriseId, respond }: { consortia: ConsortiumView[]; side: "sme" | "buyer"; enterpriseId?: string; respond: Respond }) {
  const t = useTranslations("Matching.consortium");
  if (consortia.length === 0) return <EmptyState title={t("own.heading")} text={t("own.empty")} />;
  return (
    <ul className="space-y-4">
      {consortia.map((consortium) => {
        const mine = side === "sme" ? consortium.members.find((member) => member.enterpriseId === enterpriseId) : undefined;
        const answer = side === "sme" ? (mine?.response ?? "PENDING") : consortium.buyerResponse;
        const approved = consortium.status === "APPROVED";
        const headingId = `own-consortium-${consortium.id}`;
        const name = t("board.demand", { buyer: consortium.buyer.name, quantity: consortium.quantityPerMonth, unit: consortium.unit });
        return (
          <li key={consortium.id} className="rounded-lg border border-line bg-white p-4 shadow-sm" aria-labelledby={headingId} data-testid="own-consortium">
            <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
              <ScorePill score={consortium.score} />
              <div className="min-w-0 flex-1 space-y-3">
                <h2 id={headingId} className="text-lg font-semibold text-brand-900">
                  {name}
                </h2>
                <p className="text-sm text-muted">
                  {consortium.sourcingRequest?.title ?? t("board.profileDemand")} · {t("board.capacity", { capacity: consortium.combinedCapacity, unit: consortium.unit })}
                </p>
                {mine ? <p className="font-semibold">{t("own.yourShare", { share: mine.share, quantity: consortium.quantityPerMonth, unit: consortium.unit })}</p> : null}
                <div className="flex flex-wrap gap-2">
                  <ResponseBadge side={side} response={answer} />
                </div>
                {approved ? (
                  <>
                    <ConsortiumExplanation consortium={consortium} />
                    <ConsortiumMembers consortium={consortium} />
                  </>
                ) : (
                  <p className="text-sm text-muted">
                    {t("own.awaitingApproval")} {t("own.othersHidden")}
                  </p>
                )}
                {consortium.meetingRequest ? <p role="status">{t("own.meetingRequested")}</p> : null}
              </div>
            </div>
            {approved && !consortium.meetingRequest ? (
              <div className="mt-4 flex flex-wrap gap-2 border-t border-line pt-4">
                {answer !== "ACCEPTED" ? (
                  <MatchButtonForm action={respond} fields={{ consortiumId: consortium.id, answer: "ACCEPTED" }} label={t("own.accept")} pendingLabel={t("board.saving")} variant="primary" accessibleLabel={`${t("own.accept")}: ${name}`} />
                ) : null}
                {answer !== "DECLINED" ? (
                  <MatchButtonForm action={respond} fields={{ consortiumId: consortium.id, answer: "DECLINED" }} label={t("own.decline")} pendingLabel={t("board.saving")} variant="danger" accessibleLabel={`${t("own.decline")}: ${name}`} />
                ) : null}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
