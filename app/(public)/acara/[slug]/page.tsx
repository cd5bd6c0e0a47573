import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { EventFacts } from "@/components/events/event-facts";
import { EventPhaseBadge } from "@/components/events/event-phase-badge";
import { EventResults } from "@/components/events/event-results";
import { RegistrationPanel } from "@/components/events/registration-panel";
import { PageBody } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getSessionUser } from "@/lib/auth/session";
import { eventPhase, registrationState } from "@/lib/events/phase";
import { getEventBySlug, getEventResults } from "@/lib/events/queries";
import { parseQuarter } from "@/lib/events/quarter";
import { formatNumber } from "@/lib/i18n/format";

type EventPageProps = { params: Promise<{ slug: string }> };

// generateMetadata and the page both need the event; one query per request.
const loadEvent = cache((slug: string) => getEventBySlug(slug));

export async function generateMetadata({ params }: EventPageProps): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  if (!event) return {};
  return { title: event.title, description: event.description.slice(0, 200) };
}

export default async function EventPage({ params }: EventPageProps) {
  const { slug } = await params;
  const event = await loadEvent(slug);
  if (!event) notFound();

  const now = new Date();
  const phase = eventPhase(event, now);
  const [t, locale, user, results] = await Promise.all([
    getTranslations(),
    getLocale(),
    getSessionUser(),
    phase === "completed" || phase === "ended" ? getEventResults(event.id) : Promise.resolve(null),
  ]);
  const quarter = parseQuarter(event.quarter);
  const registration = registrationState(event, now);
  const capacities = [
    { label: t("Events.capacitySme"), value: event.capacitySme },
    { label: t("Events.capacityBuyer"), value: event.capacityBuyer },
    { label: t("Events.capacityPartner"), value: event.capacityPartner },
  ].filter((item): item is { label: string; value: number } => item.value !== null);

  return (
    <>
      <div className="border-b border-line bg-white">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
          <Link href="/acara" className="inline-flex min-h-11 items-center text-brand-700 underline">
            <span aria-hidden="true">‹&nbsp;</span>
            {t("Events.backToList")}
          </Link>
          <div className="mt-3 flex flex-wrap gap-2">
            <EventPhaseBadge phase={phase} />
            <Badge tone="accent">{t(`Enums.eventKind.${event.kind}`)}</Badge>
            {quarter ? <Badge>{t("Events.quarter", quarter)}</Badge> : null}
          </div>
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{event.title}</h1>
        </div>
      </div>

      <PageBody>
        <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-8">
            {results ? <EventResults results={results} /> : null}
            <section aria-labelledby="about-heading">
              <h2 id="about-heading" className="text-2xl font-bold text-brand-900">
                {t("Events.about")}
              </h2>
              <div className="mt-3 space-y-3 text-lg whitespace-pre-line">{event.description}</div>
            </section>
          </div>

          <aside className="space-y-6">
            <Card as="section" aria-labelledby="facts-heading">
              <h2 id="facts-heading" className="sr-only">
                {t("Events.factsHeading")}
              </h2>
              <EventFacts event={event} now={now} />
              {event.venueAddress ? (
                <p className="mt-4 text-sm">
                  <span className="font-semibold text-brand-900">{t("Events.address")}: </span>
                  {event.venueAddress}
                </p>
              ) : null}
            </Card>

            {capacities.length > 0 ? (
              <Card as="section" aria-labelledby="capacity-heading">
                <h2 id="capacity-heading" className="text-lg font-semibold text-brand-900">
                  {t("Events.capacityHeading")}
                </h2>
                <dl className="mt-3 grid grid-cols-[1fr_auto] gap-y-2">
                  {capacities.map((item) => (
                    <div key={item.label} className="contents">
                      <dt>{item.label}</dt>
                      <dd className="text-right font-semibold tabular-nums">
                        {t("Events.capacityValue", { count: formatNumber(item.value, locale) })}
                      </dd>
                    </div>
                  ))}
                </dl>
              </Card>
            ) : null}

            <RegistrationPanel eventId={event.id} slug={event.slug} state={registration} user={user} />

            {registration === "notYetOpen" ? (
              <Card as="section" aria-labelledby="join-heading" className="border-accent-300 bg-accent-50">
                <h2 id="join-heading" className="text-lg font-semibold text-brand-900">
                  {t("Events.joinHeading")}
                </h2>
                <p className="mt-2 text-muted">{t("Events.joinText")}</p>
                <ButtonLink href="/daftar" className="mt-4">
                  {t("Events.joinAction")}
                </ButtonLink>
              </Card>
            ) : null}
          </aside>
        </div>
      </PageBody>
    </>
  );
}
