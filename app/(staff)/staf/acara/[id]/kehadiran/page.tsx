import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { KindCounts } from "@/components/check-in/kind-counts";
import { ParticipantCells } from "@/components/check-in/participant-cells";
import { PeopleCheckIn } from "@/components/check-in/people-check-in";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { checkInCounts, getCheckInEvent, searchCheckIns } from "@/lib/check-in/queries";
import { isRecordId } from "@/lib/http/record-id";
import { parsePage } from "@/lib/pagination";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CheckIn");
  return { title: t("listTitle") };
}

/** Check-in at the desk: find a participant by name, check them (or each of their people) in or undo, see the counts. */
export default async function CheckInListPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/acara/[id]/kehadiran", `/staf/acara/${id}/kehadiran`);
  if (!isRecordId(id)) notFound();
  const event = await getCheckInEvent(id);
  if (!event) notFound();
  const search = await searchParams;
  const query = (Array.isArray(search.q) ? search.q[0] : search.q)?.trim().slice(0, 100) ?? "";
  const page = parsePage(search.page);
  const [t, tAdmin, counts, results] = await Promise.all([getTranslations("CheckIn"), getTranslations("EventAdmin"), checkInCounts(id), searchCheckIns(id, { query, page })]);
  return (
    <>
      <PageHeader title={t("listTitle")} lead={event.title}>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`/staf/acara/${id}`} className="text-brand-700 underline">
            {tAdmin("backToEvent")}
          </Link>
          <ButtonLink href={`/staf/acara/${id}/kehadiran/cetak`} variant="secondary">
            {t("printLink")}
          </ButtonLink>
        </div>
      </PageHeader>
      <PageBody>
        <div className="space-y-8">
          <KindCounts rows={counts} caption={t("countsCaption")} />
          <form role="search" method="get" className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <Field id="check-in-search" name="q" type="search" label={t("searchLabel")} hint={t("searchHint")} defaultValue={query} />
            </div>
            <button type="submit" className={buttonClassName("primary")}>
              {t("searchButton")}
            </button>
          </form>
          {results.items.length === 0 ? (
            <EmptyState title={t("noResultsTitle")} text={query ? t("noResultsText", { query }) : t("noParticipants")} />
          ) : (
            <Table caption={t("resultsCaption", { count: results.total })}>
              <thead>
                <tr>
                  <Th>{t("nameColumn")}</Th>
                  <Th>{t("kindLabel")}</Th>
                  <Th>{t("meetingsColumn")}</Th>
                  <Th>{t("statusColumn")}</Th>
                </tr>
              </thead>
              <tbody>
                {results.items.map((participant) => (
                  <tr key={participant.id}>
                    <ParticipantCells participant={participant} />
                    <Td>
                      <PeopleCheckIn eventId={id} participant={participant} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination page={results.page} pageCount={results.pageCount} pathname={`/staf/acara/${id}/kehadiran`} query={{ q: query || undefined }} />
        </div>
      </PageBody>
    </>
  );
}
