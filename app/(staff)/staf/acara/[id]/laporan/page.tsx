import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/agenda/print-button";
import { PrintStyles } from "@/components/agenda/print-styles";
import { KindCounts } from "@/components/check-in/kind-counts";
import { FigureTable } from "@/components/event-report/figure-table";
import { ReportMeetings } from "@/components/event-report/report-meetings";
import { ReportSummary } from "@/components/event-report/report-summary";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { getEventReport, listReportMeetings } from "@/lib/event-report/queries";
import { isRecordId } from "@/lib/http/record-id";
import { parsePage } from "@/lib/pagination";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EventReport");
  return { title: t("metaTitle") };
}

export default async function EventReportPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/acara/[id]/laporan", `/staf/acara/${id}/laporan`);
  if (!isRecordId(id)) notFound();
  const page = parsePage((await searchParams).page);
  const [report, meetings, t, tAdmin] = await Promise.all([getEventReport(id), listReportMeetings(id, { page }), getTranslations("EventReport"), getTranslations("EventAdmin")]);
  if (!report) notFound();
  return (
    <>
      <PrintStyles />
      <PageHeader title={t("heading")} lead={report.event.title}>
        <div className="flex flex-wrap items-center gap-4">
          <Link href={`/staf/acara/${id}`} className="text-brand-700 underline print:hidden">
            {tAdmin("backToEvent")}
          </Link>
          <PrintButton label={t("printButton")} />
        </div>
      </PageHeader>
      <PageBody>
        <div className="space-y-10">
          <section aria-labelledby="summary-heading" className="space-y-4">
            <h2 id="summary-heading" className="text-2xl font-bold text-brand-900">
              {t("summaryHeading")}
            </h2>
            <ReportSummary totals={report.totals} />
            <p className="text-sm text-muted">{t("dealsNote")}</p>
          </section>
          <FigureTable caption={t("bySectorCaption")} keyLabel={t("sectorColumn")} rows={report.bySector} totals={report.totals} unknownLabel={t("unknownSector")} />
          <FigureTable caption={t("byKecamatanCaption")} keyLabel={t("kecamatanColumn")} rows={report.byKecamatan} totals={report.totals} unknownLabel={t("unknownKecamatan")} />
          <KindCounts rows={report.participants.map((row) => ({ kind: row.kind, approved: row.approved, present: row.checkedIn }))} caption={t("participantsCaption")} />
          <section aria-labelledby="meetings-heading" className="space-y-4 print:hidden">
            <h2 id="meetings-heading" className="text-2xl font-bold text-brand-900">
              {t("meetingsHeading")}
            </h2>
            <p className="text-muted">{t("meetingsLead")}</p>
            {meetings.items.length > 0 ? <ReportMeetings eventId={id} meetings={meetings.items} caption={t("meetingsCaption", { count: meetings.total })} /> : <p className="text-muted">{t("noMeetings")}</p>}
            <Pagination page={meetings.page} pageCount={meetings.pageCount} pathname={`/staf/acara/${id}/laporan`} />
          </section>
        </div>
      </PageBody>
    </>
  );
}
