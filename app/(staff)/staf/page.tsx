import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { AreaTasks } from "@/components/layout/area-tasks";
import { FigureGrid } from "@/components/ui/figure-grid";
import { eventTask } from "@/components/events/event-tasks";
import { requireRoute } from "@/lib/auth/session";
import { sourcingTask } from "@/lib/sourcing/tasks";
import { inquiryTask } from "@/lib/inquiries/tasks";
import { matchingTask } from "@/lib/matching/tasks";
import { CurationStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { listLiveEvents } from "@/lib/meetings/live-queries";
import { getStaffOverview } from "@/lib/staff/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Staff");
  return { title: t("metaTitle") };
}

function StatusTable({
  caption,
  counts,
  labels,
  locale,
}: {
  caption: string;
  counts: Partial<Record<CurationStatus, number>>;
  labels: { status: string; count: string; total: string };
  locale: AppLocale;
}) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{labels.status}</Th>
          <Th className="text-right">{labels.count}</Th>
        </tr>
      </thead>
      <tbody>
        {Object.values(CurationStatus).map((status) => (
          <tr key={status}>
            <Th scope="row">
              <CurationStatusBadge status={status} />
            </Th>
            <Td className="text-right tabular-nums">{formatNumber(counts[status] ?? 0, locale)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <Th scope="row">{labels.total}</Th>
          <Td className="text-right font-semibold tabular-nums">{formatNumber(total, locale)}</Td>
        </tr>
      </tfoot>
    </Table>
  );
}

export default async function StaffHomePage() {
  const user = await requireRoute("/staf");
  const [t, tTasks, tAssisted, tCommon, tFollowUps, tReports, tReferrals, tLive, locale, overview, liveEvents] = await Promise.all([
    getTranslations("Staff"),
    getTranslations("AreaTasks"),
    getTranslations("Assisted.task"),
    getTranslations("Common"),
    getTranslations("FollowUps"),
    getTranslations("Reports"),
    getTranslations("Referrals.tasks"),
    getTranslations("LiveDay"),
    getLocale(),
    getStaffOverview(),
    listLiveEvents(),
  ]);
  const labels = { status: tCommon("status"), count: tCommon("count"), total: tCommon("total") };
  const figures = [
    { label: t("buyers"), value: overview.buyerOrganizations },
    { label: t("openRequests"), value: overview.openSourcingRequests },
    { label: t("upcomingEvents"), value: overview.upcomingEvents },
  ];

  return (
    <>
      <PageHeader title={t("heading")} lead={t("welcome", { name: user.name })} />
      <PageBody>
        <div className="mb-8">
          <AreaTasks
            heading={tTasks("heading")}
            tasks={[
              // An event running today comes first: its live board is where the desk works.
              ...liveEvents.map((event) => ({ href: `/staf/acara/${event.id}/langsung`, title: tLive("deskOpen", { event: event.title }), text: tLive("deskText") })),
              { href: "/staf/kurasi", title: tTasks("staff.curationTitle"), text: tTasks("staff.curationText") },
              { href: "/staf/sertifikat", title: tTasks("staff.certificatesTitle"), text: tTasks("staff.certificatesText") },
              { href: "/staf/kesiapan-ekspor", title: tTasks("staff.readinessTitle"), text: tTasks("staff.readinessText") },
              { href: "/staf/ikm", title: tAssisted("title"), text: tAssisted("text") },
              await sourcingTask("staff"),
              await inquiryTask("staff"),
              await matchingTask("staff"),
              await eventTask("staff"),
              { href: "/staf/tindak-lanjut", title: tFollowUps("taskTitle"), text: tFollowUps("taskText") },
              { href: "/staf/dasbor", title: tReports("task.title"), text: tReports("task.text") },
              { href: "/staf/rujukan", title: tReferrals("staffTitle"), text: tReferrals("staffText") },
            ]}
          />
        </div>
        <FigureGrid label={t("figuresLabel")} columns="sm:grid-cols-3" figures={figures.map((figure) => ({ label: figure.label, value: formatNumber(figure.value, locale) }))} />
        <div className="mt-8 grid gap-8 lg:grid-cols-2">
          <StatusTable caption={t("enterprisesCaption")} counts={overview.enterprisesByStatus} labels={labels} locale={locale} />
          <StatusTable caption={t("productsCaption")} counts={overview.productsByStatus} labels={labels} locale={locale} />
        </div>
      </PageBody>
    </>
  );
}
