import { useLocale, useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { generateMatchesAction, sendReadyToSchedulingAction } from "@/lib/matching/actions";
import type { BoardEvent, GenerationReport } from "@/lib/matching/queries";
import { ManualMatchForm } from "./manual-match-form";
import { MatchButtonForm } from "@/components/forms/match-button-form";

/**
 * Which event the board shows: plain GET forms, so they work without JavaScript. The search
 * narrows the list of events to pick from (titles and addresses containing it).
 */
export function EventPicker({ events, current, search }: { events: BoardEvent[]; current: BoardEvent; search: string }) {
  const t = useTranslations("Matching.board");
  const locale = useLocale() as AppLocale;
  const options = (events.some((event) => event.id === current.id) ? events : [current, ...events]).map((event) => ({
    value: event.slug,
    label: `${event.title} (${formatDate(event.startsAt, locale)})`,
  }));
  return (
    <div className="space-y-3">
      <form method="get" action="/staf/pencocokan" role="search" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <input type="hidden" name="acara" value={current.slug} />
        <div className="sm:min-w-96">
          <Field id="board-event-search" name="cariAcara" type="search" label={t("eventSearchLabel")} hint={t("eventSearchHint", { count: events.length })} defaultValue={search} maxLength={100} />
        </div>
        <button type="submit" className={buttonClassName("secondary")}>
          {t("eventSearch")}
        </button>
      </form>
      <form method="get" action="/staf/pencocokan" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="sm:min-w-96">
          <Select id="board-event" name="acara" label={t("eventLabel")} options={options} defaultValue={current.slug} hint={t("eventDate", { date: formatDate(current.startsAt, locale) })} />
        </div>
        <button type="submit" className={buttonClassName("secondary")}>
          {t("eventPick")}
        </button>
      </form>
    </div>
  );
}

export function GenerationPanel({ eventId, generation }: { eventId: string; generation: GenerationReport | null }) {
  const t = useTranslations("Matching.board");
  const locale = useLocale() as AppLocale;
  return (
    <Card as="section" aria-labelledby="generate-heading" className="space-y-3">
      <h2 id="generate-heading" className="text-xl font-bold text-brand-900">
        {t("generateHeading")}
      </h2>
      <p className="text-sm text-muted">{t("generateText")}</p>
      <p className="text-sm" data-testid="generation-report">
        {generation
          ? t("lastRun", {
              date: formatDateTime(generation.at, locale),
              name: generation.by ?? t("someone"),
              created: generation.created,
              updated: generation.updated,
              removed: generation.removed,
              kept: generation.kept,
              suppliers: generation.suppliers,
              demands: generation.demands,
              pairs: generation.pairsScored,
            })
          : t("neverRun")}
      </p>
      <MatchButtonForm action={generateMatchesAction} fields={{ eventId }} label={t("generate")} pendingLabel={t("generating")} variant="primary" />
    </Card>
  );
}

export function SendReadyPanel({ eventId, ready }: { eventId: string; ready: number }) {
  const t = useTranslations("Matching.board");
  return (
    <Card as="section" aria-labelledby="send-ready-heading" className="space-y-3">
      <h2 id="send-ready-heading" className="text-xl font-bold text-brand-900">
        {t("sendReadyHeading")}
      </h2>
      <p className="text-sm text-muted">{t("sendReadyText", { count: ready })}</p>
      {ready > 0 ? <MatchButtonForm action={sendReadyToSchedulingAction} fields={{ eventId }} label={t("sendReady")} pendingLabel={t("sending")} /> : null}
    </Card>
  );
}

export function ManualMatchPanel({ eventId, candidates }: { eventId: string; candidates: { smes: SelectOption[]; buyers: SelectOption[] } }) {
  const t = useTranslations("Matching.board");
  return (
    <Card as="section" aria-labelledby="manual-heading" className="space-y-3">
      <h2 id="manual-heading" className="text-xl font-bold text-brand-900">
        {t("manualHeading")}
      </h2>
      <p className="text-sm text-muted">{t("manualText")}</p>
      {candidates.smes.length > 0 && candidates.buyers.length > 0 ? (
        <ManualMatchForm eventId={eventId} smes={candidates.smes} buyers={candidates.buyers} />
      ) : (
        <p>{t("manualNone")}</p>
      )}
    </Card>
  );
}
