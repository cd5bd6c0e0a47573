import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { eventPhase } from "@/lib/events/phase";
import type { EventSummary } from "@/lib/events/queries";
import { parseQuarter } from "@/lib/events/quarter";
import { EventFacts } from "./event-facts";
import { EventPhaseBadge } from "./event-phase-badge";

/** An event in a list: badges, the title linking to its page, and its facts. */
export function EventCard({ event, now, headingLevel = 3 }: { event: EventSummary; now: Date; headingLevel?: 2 | 3 }) {
  const t = useTranslations();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const quarter = parseQuarter(event.quarter);
  return (
    <Card as="article" className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-2">
        <EventPhaseBadge phase={eventPhase(event, now)} />
        <Badge tone="accent">{t(`Enums.eventKind.${event.kind}`)}</Badge>
        {quarter ? <Badge>{t("Events.quarter", quarter)}</Badge> : null}
      </div>
      <Heading className="text-xl font-bold text-brand-900">
        <Link href={`/acara/${event.slug}`} className="underline decoration-brand-300 hover:decoration-brand-700">
          {event.title}
        </Link>
      </Heading>
      <EventFacts event={event} now={now} />
    </Card>
  );
}
