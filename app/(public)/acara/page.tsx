import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/events/event-card";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listEvents } from "@/lib/events/queries";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const [t, tFind] = await Promise.all([getTranslations("Events"), getTranslations("Discoverability")]);
  return { title: t("metaTitle"), description: tFind("eventsDescription", { office: siteConfig().officeName }) };
}

type EventsPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function EventsPage({ searchParams }: EventsPageProps) {
  const page = parsePage((await searchParams).page);
  const now = new Date();
  const [t, { ongoing, upcoming, past }] = await Promise.all([getTranslations("Events"), listEvents({ page, now })]);
  if (page > past.pageCount) notFound();

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead", { office: siteConfig().officeName })} />
      <PageBody>
        <div className="space-y-12">
          {page === 1 && ongoing.length > 0 ? (
            <section aria-labelledby="ongoing-heading">
              <h2 id="ongoing-heading" className="text-2xl font-bold text-brand-900">
                {t("ongoingHeading")}
              </h2>
              <ul className="mt-4 grid gap-4 lg:grid-cols-2">
                {ongoing.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} now={now} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          {page === 1 ? (
            <section aria-labelledby="upcoming-heading">
              <h2 id="upcoming-heading" className="text-2xl font-bold text-brand-900">
                {t("upcomingHeading")}
              </h2>
              <div className="mt-4">
                {upcoming.length > 0 ? (
                  <ul className="grid gap-4 lg:grid-cols-2">
                    {upcoming.map((event) => (
                      <li key={event.id}>
                        <EventCard event={event} now={now} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <EmptyState headingLevel={3} title={t("noUpcomingTitle")} text={t("noUpcomingText")} />
                )}
              </div>
            </section>
          ) : null}

          <section aria-labelledby="past-heading">
            <h2 id="past-heading" className="text-2xl font-bold text-brand-900">
              {t("pastHeading")}
            </h2>
            <div className="mt-4">
              {past.items.length > 0 ? (
                <ul className="grid gap-4 lg:grid-cols-2">
                  {past.items.map((event) => (
                    <li key={event.id}>
                      <EventCard event={event} now={now} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState headingLevel={3} title={t("noPastTitle")} text={t("noPastText")} />
              )}
            </div>
            <Pagination page={past.page} pageCount={past.pageCount} pathname="/acara" />
          </section>
        </div>
      </PageBody>
    </>
  );
}
