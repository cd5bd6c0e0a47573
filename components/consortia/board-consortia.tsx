import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { MatchStatusBadge, ResponseBadge, ScorePill } from "@/components/matching/match-badges";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { approveConsortiumAction, vetoConsortiumAction } from "@/lib/consortia/actions";
import type { ConsortiumView } from "@/lib/consortia/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { ConsortiumExplanation, ConsortiumMembers } from "./consortium-members";

const statusOf = { PROPOSED: "SUGGESTED", APPROVED: "APPROVED", VETOED: "VETOED" } as const;

/** The board's "Konsorsium" section: proposals per demand with score, explanation, members and the decisions. */
export function BoardConsortia({ consortia, editable }: { consortia: ConsortiumView[]; editable: boolean }) {
  const t = useTranslations("Matching.consortium.board");
  const locale = useLocale() as AppLocale;
  return (
    <section aria-labelledby="consortia-heading" className="space-y-4" data-testid="board-consortia">
      <div>
        <h2 id="consortia-heading" className="text-2xl font-bold text-brand-900">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("lead")}</p>
      </div>
      {consortia.length === 0 ? (
        <EmptyState title={t("heading")} text={t("empty")} />
      ) : (
        <ul className="space-y-4">
          {consortia.map((consortium) => {
            const headingId = `consortium-${consortium.id}`;
            const name = `${consortium.buyer.name}, ${t("rank", { rank: consortium.rank })}`;
            return (
              <li key={consortium.id} className="rounded-lg border border-line bg-white p-4 shadow-sm" aria-labelledby={headingId} data-testid="consortium-card">
                <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
                  <ScorePill score={consortium.score} />
                  <div className="min-w-0 flex-1 space-y-3">
                    <h3 id={headingId} className="text-lg font-semibold text-brand-900">
                      {t("demand", { buyer: consortium.buyer.name, quantity: consortium.quantityPerMonth, unit: consortium.unit })}
                    </h3>
                    <p className="text-sm text-muted">
                      {consortium.sourcingRequest?.title ?? t("profileDemand")} · {t("rank", { rank: consortium.rank })} · {t("capacity", { capacity: consortium.combinedCapacity, unit: consortium.unit })}
                    </p>
                    <div className="flex flex-wrap gap-2">
                      <MatchStatusBadge status={statusOf[consortium.status]} />
                      {consortium.edited ? <Badge>{t("edited")}</Badge> : null}
                      <ResponseBadge side="buyer" response={consortium.buyerResponse} />
                      {consortium.meetingRequest ? <Badge tone="accent">{t("meetingRequested", { date: formatDateTime(consortium.meetingRequest.createdAt, locale) })}</Badge> : null}
                    </div>
                    <ConsortiumExplanation consortium={consortium} />
                    <ConsortiumMembers consortium={consortium} answers={consortium.status === "APPROVED"} />
                  </div>
                </div>
                {editable && !consortium.meetingRequest ? (
                  <div className="mt-4 flex flex-wrap items-start gap-2 border-t border-line pt-4">
                    {consortium.status !== "APPROVED" ? (
                      <MatchButtonForm action={approveConsortiumAction} fields={{ consortiumId: consortium.id }} label={t("approve")} pendingLabel={t("saving")} variant="primary" accessibleLabel={`${t("approve")}: ${name}`} />
                    ) : null}
                    {consortium.status !== "VETOED" ? (
                      <MatchButtonForm action={vetoConsortiumAction} fields={{ consortiumId: consortium.id }} label={t("veto")} pendingLabel={t("saving")} variant="danger" accessibleLabel={`${t("veto")}: ${name}`} />
                    ) : null}
                    <Link href={`/staf/pencocokan/konsorsium/${consortium.id}`} className="inline-flex items-center px-2 py-1 font-semibold text-brand-800 underline">
                      {t("edit")}
                      <span className="sr-only">: {name}</span>
                    </Link>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
