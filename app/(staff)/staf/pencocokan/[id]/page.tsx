import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { type Definition, DefinitionList } from "@/components/layout/definition-list";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { MatchDecisions } from "@/components/matching/board-match-card";
import { ComponentTable } from "@/components/matching/explanation-list";
import { MatchStatusBadge, MeetingBadge, ResponseBadge, ScorePill } from "@/components/matching/match-badges";
import { NoteForm } from "@/components/matching/note-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { formatDate } from "@/lib/i18n/format";
import { getMatchForStaff } from "@/lib/matching/queries";
import { enterpriseName, parseComponents } from "@/lib/matching/engine/stored";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Matching.detail");
  return { title: t("metaTitle") };
}

export default async function StaffMatchPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/pencocokan/[id]", `/staf/pencocokan/${id}`);
  if (!isRecordId(id)) notFound();
  const match = await getMatchForStaff(id);
  if (!match) notFound();

  const [t, tBoard, locale, query] = await Promise.all([getTranslations("Matching.detail"), getTranslations("Matching.board"), getLocale(), searchParams]);
  const sme = enterpriseName(match.enterprise);
  const pair = `${sme} – ${match.buyer.name}`;
  const components = parseComponents(match.components);
  const meeting = match.meetings[0];
  const editable = match.event ? match.event.status === "PUBLISHED" || match.event.status === "DRAFT" : false;
  const boardHref = match.event ? `/staf/pencocokan?acara=${encodeURIComponent(match.event.slug)}` : "/staf/pencocokan";
  const facts: Definition[] = [
    { term: t("event"), detail: match.event ? `${match.event.title} (${formatDate(match.event.startsAt, locale)})` : "—" },
    { term: tBoard("smeLabel"), detail: sme },
    { term: tBoard("buyerLabel"), detail: match.buyer.name },
    { term: tBoard("requestLabel"), detail: match.sourcingRequest?.title ?? tBoard("profileDemand") },
  ];

  return (
    <>
      <PageHeader title={pair} lead={t("lead")} />
      <PageBody>
        <div className="space-y-8">
          <p>
            <Link href={boardHref} className="font-semibold text-brand-800 underline">
              {t("backToBoard")}
            </Link>
          </p>
          {query.baru ? (
            <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 font-medium text-green-800">
              {t("created")}
            </p>
          ) : null}

          <Card as="section" aria-labelledby="pair-heading" className="space-y-4">
            <div className="flex flex-wrap items-start justify-between gap-4">
              <h2 id="pair-heading" className="text-xl font-bold text-brand-900">
                {t("factsHeading")}
              </h2>
              <ScorePill score={match.score} />
            </div>
            <div className="flex flex-wrap gap-2">
              <MatchStatusBadge status={match.status} />
              {match.pinned ? <Badge tone="accent">{tBoard("pinnedBadge")}</Badge> : null}
              {match.manual ? <Badge>{tBoard("manualBadge")}</Badge> : null}
              <ResponseBadge side="sme" response={match.smeResponse} />
              <ResponseBadge side="buyer" response={match.buyerResponse} />
            </div>
            <DefinitionList items={facts} />
          </Card>

          <section aria-labelledby="score-heading" className="space-y-4">
            <h2 id="score-heading" className="text-2xl font-bold text-brand-900">
              {t("scoreHeading")}
            </h2>
            {components.length > 0 ? <ComponentTable components={components} /> : <p className="text-muted">{t(match.manual ? "noComponents" : "noBreakdown")}</p>}
          </section>

          <Card as="section" aria-labelledby="meeting-heading" className="space-y-3">
            <h2 id="meeting-heading" className="text-xl font-bold text-brand-900">
              {t("meetingHeading")}
            </h2>
            {meeting ? <MeetingBadge status={meeting.status} /> : <p className="text-muted">{t("meetingNone")}</p>}
            {editable ? (
              <>
                <h3 className="pt-2 font-semibold text-ink">{t("decisionsHeading")}</h3>
                <MatchDecisions match={match} pair={pair} />
              </>
            ) : null}
          </Card>

          <Card as="section" aria-labelledby="note-heading" className="space-y-3">
            <h2 id="note-heading" className="text-xl font-bold text-brand-900">
              {t("noteHeading")}
            </h2>
            <NoteForm matchId={match.id} note={match.staffNote} />
          </Card>
        </div>
      </PageBody>
    </>
  );
}
