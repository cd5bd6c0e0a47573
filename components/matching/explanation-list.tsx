import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { explanationText } from "@/lib/matching/engine/explain";
import type { StoredComponent } from "@/lib/matching/engine/stored";

/** The component's name; an unknown key (a newer engine) falls back to the key itself. */
function useComponentName() {
  const t = useTranslations("Matching.component");
  return (key: string) => (t.has(key as Parameters<typeof t.has>[0]) ? t(key as Parameters<typeof t>[0]) : key);
}

/** A short list of reasons: each component's name and its sentence (board rows, SME and buyer views). */
export function ReasonList({ components }: { components: StoredComponent[] }) {
  const locale = useLocale() as AppLocale;
  const name = useComponentName();
  return (
    <ul className="space-y-1 text-sm">
      {components.map((component) => (
        <li key={component.key} className="flex gap-2">
          <span aria-hidden="true" className="text-brand-700">
            •
          </span>
          <span>
            <span className="font-semibold text-ink">{name(component.key)}:</span> {explanationText(component.explanation, locale)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Every component with its weight, points and sentence (the staff match page). Stacks on phones. */
export function ComponentTable({ components }: { components: StoredComponent[] }) {
  const locale = useLocale() as AppLocale;
  const t = useTranslations("Matching.detail");
  const name = useComponentName();
  const points = (value: number) => formatNumber(Math.round(value * 10) / 10, locale);
  return (
    <ul aria-label={t("componentsCaption")} className="divide-y divide-line rounded-lg border border-line bg-white">
      {components.map((component) => (
        <li key={component.key} className="grid gap-1 p-4 sm:grid-cols-[12rem_6rem_1fr] sm:gap-4">
          <span className="font-semibold text-ink">{name(component.key)}</span>
          <span className="text-sm tabular-nums">
            {component.applicable ? (
              <>
                <span className="font-semibold">{points(component.points)}</span> <span className="text-muted">{t("points").toLowerCase()}</span>
                {component.key !== "history" ? <span className="block text-xs text-muted">{`${t("weight")} ${component.weight}`}</span> : null}
              </>
            ) : (
              <span className="text-muted">{t("notApplicable")}</span>
            )}
          </span>
          <span className="text-sm">{explanationText(component.explanation, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
