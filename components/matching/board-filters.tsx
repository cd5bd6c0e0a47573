import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { type BoardFilter, boardSorts, boardStatusFilters } from "@/lib/matching/engine/schemas";

/**
 * The board's filters as a plain GET form (works without JavaScript; the URL can be shared):
 * status, minimum score, name search and sort. The event rides along as a hidden field.
 */
export function BoardFilters({ filter, eventSlug }: { filter: BoardFilter; eventSlug: string }) {
  const t = useTranslations("Matching.board");
  return (
    <form method="get" action="/staf/pencocokan" aria-label={t("filtersLabel")} className="rounded-lg border border-line bg-white p-4 shadow-sm">
      <input type="hidden" name="acara" value={eventSlug} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          id="board-status"
          name="status"
          label={t("statusLabel")}
          defaultValue={filter.status}
          options={boardStatusFilters.map((value) => ({ value, label: t(`filters.${value}`) }))}
        />
        <Field id="board-min" name="min" type="number" inputMode="numeric" min={0} max={100} label={t("minScoreLabel")} hint={t("minScoreHint")} defaultValue={filter.minScore || ""} />
        <Field id="board-q" name="q" type="search" maxLength={100} label={t("searchLabel")} defaultValue={filter.q} />
        <Select id="board-sort" name="sort" label={t("sortLabel")} defaultValue={filter.sort} options={boardSorts.map((value) => ({ value, label: t(`sorts.${value}`) }))} />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className={buttonClassName("primary")}>
          {t("apply")}
        </button>
        <Link href={`/staf/pencocokan?acara=${encodeURIComponent(eventSlug)}`} className={buttonClassName("ghost")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
