import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { FigureGrid } from "@/components/ui/figure-grid";
import { BoardMatchCard } from "@/components/matching/board-match-card";
import { BoardFilters } from "@/components/matching/board-filters";
import { EventPicker, GenerationPanel, ManualMatchPanel, SendReadyPanel } from "@/components/matching/board-panels";
import { WeightsPanel } from "@/components/matching/weights-form";
import { weightsFrom } from "@/lib/matching/engine/weights";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { formatNumber } from "@/lib/i18n/format";
import { boardSummary, lastGeneration, listBoardEvents, listBoardMatches, manualCandidates, resolveBoardEvent } from "@/lib/matching/queries";
import { boardQuery, parseBoardFilter } from "@/lib/matching/engine/schemas";
import { parsePage } from "@/lib/pagination";
import { BoardConsortia } from "@/components/consortia/board-consortia";
import { listBoardConsortia } from "@/lib/consortia/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Matching.board");
  return { title: t("metaTitle") };
}

type Query = Record<"acara" | "cariAcara" | "status" | "min" | "q" | "sort" | "page", string | string[] | undefined>;
type PageProps = { searchParams: Promise<Partial<Query>> };

export default async function MatchingBoardPage({ searchParams }: PageProps) {
  await requireRoute("/staf/pencocokan");
  const [t, locale, query] = await Promise.all([getTranslations("Matching.board"), getLocale(), searchParams]);
  const slug = Array.isArray(query.acara) ? query.acara[0] : query.acara;
  const eventSearch = (Array.isArray(query.cariAcara) ? query.cariAcara[0] : query.cariAcara)?.replace(/\0/g, "").trim().slice(0, 100) ?? "";
  const [event, events] = await Promise.all([resolveBoardEvent(slug?.trim() || undefined), listBoardEvents(eventSearch)]);
  if (slug && !event) notFound();

  if (!event) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("lead")} />
        <PageBody>
          <EmptyState title={t("noEventTitle")} text={t("noEventText")} />
        </PageBody>
      </>
    );
  }

  const filter = parseBoardFilter(query);
  const page = parsePage(query.page);
  const editable = event.status === "PUBLISHED" || event.status === "DRAFT";
  const [matches, summary, generation, candidates, consortia] = await Promise.all([
    listBoardMatches(event.id, filter, page),
    boardSummary(event.id),
    lastGeneration(event.id),
    editable ? manualCandidates(event.id) : Promise.resolve(null),
    listBoardConsortia(event.id),
  ]);
  if (page > matches.pageCount) notFound();
  const filtered = filter.status !== "all" || filter.minScore > 0 || filter.q !== "";
  const figures = (["SUGGESTED", "APPROVED", "VETOED", "ready", "meetings"] as const).map((key) => ({ key, label: t(`summary.${key}`), value: summary[key] }));

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="space-y-8">
          <EventPicker events={events} current={event} search={eventSearch} />
          {!editable ? <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">{t("eventClosedNote")}</p> : null}

          <FigureGrid label={t("summaryLabel")} columns="grid-cols-2 sm:grid-cols-5" figures={figures.map((figure) => ({ label: figure.label, value: formatNumber(figure.value, locale), testId: `summary-${figure.key}` }))} />

          {editable ? (
            <div className="grid gap-6 lg:grid-cols-2">
              <GenerationPanel eventId={event.id} generation={generation} />
              <SendReadyPanel eventId={event.id} ready={summary.unsent} />
            </div>
          ) : null}
          {editable ? <WeightsPanel eventId={event.id} weights={weightsFrom(event.matchWeights as Record<string, unknown> | null)} /> : null}

          <BoardFilters filter={filter} eventSlug={event.slug} />

          <section aria-labelledby="matches-heading">
            <h2 id="matches-heading" className="text-2xl font-bold text-brand-900">
              {t("listHeading")} <span className="text-base font-normal text-muted">({t("total", { count: matches.total })})</span>
            </h2>
            {matches.total === 0 ? (
              <div className="mt-4">
                {filtered ? <EmptyState title={t("emptyFilteredTitle")} text={t("emptyFilteredText")} /> : <EmptyState title={t("emptyTitle")} text={t("emptyText")} />}
              </div>
            ) : (
              <>
                <ul className="mt-4 space-y-4">
                  {matches.items.map((match) => (
                    <BoardMatchCard key={match.id} match={match} editable={editable} />
                  ))}
                </ul>
                <Pagination page={matches.page} pageCount={matches.pageCount} pathname="/staf/pencocokan" query={boardQuery(filter, event.slug)} />
              </>
            )}
          </section>

          <BoardConsortia consortia={consortia} editable={editable} />

          {candidates ? <ManualMatchPanel eventId={event.id} candidates={candidates} /> : null}

          <p className="flex flex-wrap gap-6">
            <Link href={`/staf/acara/${event.id}`} className="font-semibold text-brand-800 underline">
              {t("backToEvent", { event: event.title })}
            </Link>
            <Link href="/staf" className="font-semibold text-brand-800 underline">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
