import { useTranslations } from "next-intl";
import { EventFacts } from "@/components/events/event-facts";
import { EventPhaseBadge } from "@/components/events/event-phase-badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { eventPhase } from "@/lib/events/phase";
import type { EventSummary } from "@/lib/events/queries";

/** The home page's "next event" panel, or what to do when none is scheduled. */
export function NextEvent({ event, now }: { event: EventSummary | null; now: Date }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="next-event-heading" className="overflow-hidden rounded-xl bg-white text-ink shadow-xl">
      <div className="h-2 bg-linear-to-r from-brand-700 via-brand-500 to-accent-400" aria-hidden="true" />
      <div className="p-5 sm:p-6">
        <h2 id="next-event-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
          {t("Home.nextEvent.heading")}
        </h2>
        {event ? (
          <article className="mt-3 flex flex-col gap-4">
            <div className="flex flex-wrap gap-2">
              <EventPhaseBadge phase={eventPhase(event, now)} />
            </div>
            <h3 className="text-xl font-bold text-brand-900 sm:text-2xl">{event.title}</h3>
            <EventFacts event={event} now={now} />
            <div>
              <ButtonLink href={`/acara/${event.slug}`}>{t("Events.details")}</ButtonLink>
            </div>
          </article>
        ) : (
          <div className="mt-3">
            <EmptyState
            headingLevel={3}
            title={t("Events.noUpcomingTitle")}
            text={t("Events.noUpcomingText")}
            action={
              <ButtonLink href="/acara" variant="secondary">
                {t("Home.nextEvent.emptyAction")}
                </ButtonLink>
              }
            />
          </div>
        )}
      </div>
    </section>
  );
}
