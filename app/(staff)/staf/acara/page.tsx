import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EventStatusBadge } from "@/components/events/status-badges";
import { FilterLinks } from "@/components/inquiries/filter-links";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { listStaffEvents, parseStaffEventTab, staffEventTabs } from "@/lib/events/admin-queries";
import { formatDateTimeRange } from "@/lib/i18n/format";
import { parsePage } from "@/lib/pagination";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EventAdmin");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<{ page?: string | string[]; tab?: string | string[] }> };

export default async function StaffEventsPage({ searchParams }: PageProps) {
  await requireRoute("/staf/acara");
  const [t, locale, query] = await Promise.all([getTranslations("EventAdmin"), getLocale(), searchParams]);
  const tab = parseStaffEventTab(query.tab);
  const page = parsePage(query.page);
  const events = await listStaffEvents({ tab, page });
  if (page > events.pageCount) notFound();

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")}>
        <ButtonLink href="/staf/acara/baru">{t("create")}</ButtonLink>
      </PageHeader>
      <PageBody>
        <div className="space-y-6">
          <FilterLinks
            label={t("tabsLabel")}
            pathname="/staf/acara"
            param="tab"
            current={tab === "upcoming" ? undefined : tab}
            options={staffEventTabs.map((value) => ({ value: value === "upcoming" ? undefined : value, label: t(`tabs.${value}`) }))}
          />
          {events.total === 0 ? (
            <EmptyState title={t("emptyTitle")} text={t(`empty.${tab}`)} />
          ) : (
            <Table caption={t("listCaption")} captionHidden>
              <thead>
                <tr>
                  <Th>{t("columns.title")}</Th>
                  <Th>{t("columns.when")}</Th>
                  <Th>{t("columns.status")}</Th>
                  <Th>{t("columns.applications")}</Th>
                </tr>
              </thead>
              <tbody>
                {events.items.map((event) => (
                  <tr key={event.id}>
                    <Th scope="row">
                      <Link href={`/staf/acara/${event.id}`} className="text-brand-700 underline">
                        {event.title}
                      </Link>
                    </Th>
                    <Td>{formatDateTimeRange(event.startsAt, event.endsAt, locale)}</Td>
                    <Td>
                      <EventStatusBadge status={event.status} />
                    </Td>
                    <Td>{t("awaiting", { count: event._count.participants })}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <Pagination page={page} pageCount={events.pageCount} pathname="/staf/acara" query={{ tab: tab === "upcoming" ? undefined : tab }} />
        </div>
      </PageBody>
    </>
  );
}
