import { useTranslations } from "next-intl";
import { catalogSorts, type CatalogSort } from "@/lib/catalog/filters";
import { AutoSubmit } from "./auto-submit";

/** The sort choice; it belongs to the filter form (form attribute), so sorting keeps every filter. */
export function CatalogSortSelect({ sort, hasQuery, form }: { sort: CatalogSort; hasQuery: boolean; form: string }) {
  const t = useTranslations("CatalogSearch");
  // Relevance means nothing without a search text.
  const options = catalogSorts.filter((option) => hasQuery || option !== "relevan");
  return (
    <AutoSubmit>
      <div className="flex items-center gap-2">
        <label htmlFor="catalog-sort" className="text-sm font-semibold text-ink">
          {t("sort")}
        </label>
        <select
          key={`${sort}-${hasQuery}`}
          id="catalog-sort"
          name="urut"
          form={form}
          defaultValue={sort}
          className="min-h-11 rounded-md border border-line bg-white px-3 py-2 text-base text-ink focus-visible:border-brand-600"
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`sortOption.${option}`)}
            </option>
          ))}
        </select>
        <noscript>
          <button type="submit" form={form} className="min-h-11 rounded-md border border-line bg-white px-3 font-semibold text-brand-800">
            {t("sortApply")}
          </button>
        </noscript>
      </div>
    </AutoSubmit>
  );
}
