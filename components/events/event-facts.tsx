import { useLocale, useTranslations } from "next-intl";
import type { EventSummary } from "@/lib/events/queries";
import { registrationState } from "@/lib/events/phase";
import { formatDate, formatDateRange, formatDateTime, formatDateTimeRange } from "@/lib/i18n/format";

/** When, where and the registration window of an event, as a definition list. */
export function EventFacts({ event, now }: { event: EventSummary; now: Date }) {
  const t = useTranslations("Events");
  const locale = useLocale();
  const state = registrationState(event, now);
  const opens = event.registrationOpensAt;
  const closes = event.registrationClosesAt;

  let registration: string;
  if (state === "notAnnounced") registration = t("registrationState.notAnnounced");
  else if (state === "closed") registration = t("registrationState.closed");
  else if (state === "notYetOpen" && opens) registration = t("registrationState.notYetOpen", { date: formatDate(opens, locale) });
  else if (closes) registration = t("registrationState.open", { date: formatDateTime(closes, locale) });
  else registration = t("registrationState.openNoEnd");

  return (
    <dl className="grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-6">
      <dt className="font-semibold text-brand-900">{t("when")}</dt>
      <dd>
        <time dateTime={event.startsAt.toISOString()}>{formatDateTimeRange(event.startsAt, event.endsAt, locale)}</time>
      </dd>
      <dt className="font-semibold text-brand-900">{t("venue")}</dt>
      <dd>{event.venue}</dd>
      <dt className="font-semibold text-brand-900">{t("registration")}</dt>
      <dd>
        <span className="font-medium">{registration}</span>
        {opens && closes ? (
          <span className="block text-sm text-muted">
            {t("registrationWindow", { window: formatDateRange(opens, closes, locale) })}
          </span>
        ) : null}
      </dd>
    </dl>
  );
}
