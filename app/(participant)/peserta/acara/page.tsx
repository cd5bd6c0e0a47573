import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ParticipantStatusBadge } from "@/components/events/status-badges";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { partyOf } from "@/lib/auth/party";
import { requireRoute } from "@/lib/auth/session";
import { listMyEvents } from "@/lib/events/registration";
import { formatDateTimeRange } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EventRegistration");
  return { title: t("metaTitle") };
}

export default async function MyEventsPage() {
  const user = await requireRoute("/peserta/acara");
  const [t, locale] = await Promise.all([getTranslations("EventRegistration"), getLocale()]);
  const party = partyOf(user);
  const mine = party ? await listMyEvents(party) : { registrations: [], openEvents: [] };

  return (
    <>
      <PageHeader title={t("myHeading")} lead={t("myLead")} />
      <PageBody>
        <div className="space-y-10">
          {party ? null : (
            <Card className="border-amber-300 bg-amber-50">
              <p>{t("completeProfile")}</p>
            </Card>
          )}
          <section aria-labelledby="my-registrations-heading" className="space-y-4">
            <h2 id="my-registrations-heading" className="text-2xl font-bold text-brand-900">
              {t("myRegistrations")}
            </h2>
            {mine.registrations.length === 0 ? (
              <EmptyState headingLevel={3} title={t("noRegistrations")} text={t("noRegistrationsText")} />
            ) : (
              <ul className="grid gap-4 md:grid-cols-2">
                {mine.registrations.map((registration) => (
                  <Card as="li" key={registration.id}>
                    <h3 className="text-lg font-semibold">
                      <Link href={`/peserta/acara/${registration.event.slug}`} className="text-brand-700 underline">
                        {registration.event.title}
                      </Link>
                    </h3>
                    <p className="mt-1 text-muted">{formatDateTimeRange(registration.event.startsAt, registration.event.endsAt, locale)}</p>
                    <p className="mt-3">
                      <ParticipantStatusBadge status={registration.status} />
                    </p>
                  </Card>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="open-events-heading" className="space-y-4">
            <h2 id="open-events-heading" className="text-2xl font-bold text-brand-900">
              {t("openEvents")}
            </h2>
            {mine.openEvents.length === 0 ? (
              <EmptyState
                headingLevel={3}
                title={t("noOpenEvents")}
                text={t("noOpenEventsText")}
                action={
                  <ButtonLink href="/acara" variant="secondary">
                    {t("browseEvents")}
                  </ButtonLink>
                }
              />
            ) : (
              <ul className="grid gap-4 md:grid-cols-2">
                {mine.openEvents.map((event) => (
                  <Card as="li" key={event.id}>
                    <h3 className="text-lg font-semibold text-brand-900">{event.title}</h3>
                    <p className="mt-1 text-muted">{formatDateTimeRange(event.startsAt, event.endsAt, locale)}</p>
                    <p className="mt-1 text-muted">{event.venue}</p>
                    <ButtonLink href={`/acara/${event.slug}`} size="sm" className="mt-3">
                      {t("registerAt")}
                      <span className="sr-only">: {event.title}</span>
                    </ButtonLink>
                  </Card>
                ))}
              </ul>
            )}
          </section>
        </div>
      </PageBody>
    </>
  );
}
