import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type CatalogFilters, catalogHref, filterParams, withoutFilters } from "@/lib/catalog/filters";
import type { CatalogSearchResult, FacetOption } from "@/lib/catalog/search";
import type { FacetName } from "@/lib/catalog/search-sql";
import { formatNumber } from "@/lib/i18n/format";
import { AutoSubmit } from "./auto-submit";
import { type FacetChoice, FacetOptions } from "./facet-options";
import { FilterForm } from "./filter-form";

type Option = { value: string; label: string; count: number; checked: boolean; nested?: boolean };

const paramOf: Record<FacetName, string> = {
  kbli: filterParams.kbli,
  certificate: filterParams.certificates,
  kecamatan: filterParams.kecamatan,
  scale: filterParams.scales,
  tier: filterParams.tiers,
  sentra: filterParams.sentra,
};

function FacetGroup({ facet, options, name }: { facet: FacetName; options: Option[]; name: string }) {
  const t = useTranslations("CatalogSearch");
  const locale = useLocale();
  const choices: FacetChoice[] = options.map((option) => ({
    value: option.value,
    label: t("optionCount", { label: option.label, count: formatNumber(option.count, locale) }),
    // Only the flags that are set: every byte here is repeated for each option in the flight data.
    ...(option.checked ? { checked: true as const } : {}),
    ...(option.nested ? { nested: true as const } : {}),
  }));
  return (
    <fieldset className="space-y-2 border-t border-line pt-4">
      <legend className="font-semibold text-ink">{t(`facet.${facet}`)}</legend>
      {options.length === 0 ? <p className="text-sm text-muted">{t("noOptions")}</p> : <FacetOptions name={name} options={choices} />}
    </fieldset>
  );
}

/** Options of a facet, with every ticked value kept (count 0 when nothing matches it any more). */
function optionsOf(options: FacetOption[], selected: readonly string[], label: (option: FacetOption) => string): Option[] {
  const shown = options.map((option) => ({
    value: option.value,
    label: label(option),
    count: option.count,
    checked: selected.includes(option.value),
  }));
  const missing = selected.filter((value) => !options.some((option) => option.value === value));
  return [...shown, ...missing.map((value) => ({ value, label: label({ value, count: 0 }), count: 0, checked: true }))];
}

/** KBLI divisions by count, each followed by its groups. */
function kbliOptions(options: FacetOption[], selected: readonly string[], label: (option: FacetOption) => string): Option[] {
  const all = optionsOf(options, selected, label);
  const divisions = all.filter((option) => option.value.length === 2);
  const groups = all.filter((option) => option.value.length === 3);
  const orphans = groups.filter((group) => !divisions.some((division) => group.value.startsWith(division.value)));
  return [
    ...divisions.flatMap((division) => [
      division,
      ...groups.filter((group) => group.value.startsWith(division.value)).map((group) => ({ ...group, nested: true })),
    ]),
    ...orphans,
  ];
}

export const catalogFiltersFormId = "catalog-filters";

export function CatalogFiltersPanel({ filters, facets, activeCount }: {
  filters: CatalogFilters;
  facets: CatalogSearchResult["facets"];
  activeCount: number;
}) {
  const t = useTranslations("CatalogSearch");
  const locale = useLocale();
  const named = (option: FacetOption) =>
    (locale === "en" ? option.labelEn ?? option.labelId : option.labelId) ?? option.value;
  const clearHref = catalogHref(withoutFilters(filters));

  const groups: { facet: FacetName; options: Option[] }[] = [
    { facet: "kbli", options: kbliOptions(facets.kbli, filters.kbli, (o) => t("kbliOption", { code: o.value, name: named(o) })) },
    { facet: "certificate", options: optionsOf(facets.certificate, filters.certificates, (o) => t(`certificate.${o.value as "HALAL"}`)) },
    { facet: "kecamatan", options: optionsOf(facets.kecamatan, filters.kecamatan, named) },
    { facet: "scale", options: optionsOf(facets.scale, filters.scales, (o) => t(`scale.${o.value as "MIKRO"}`)) },
    { facet: "tier", options: optionsOf(facets.tier, filters.tiers, (o) => t(`tier.${o.value as "SIAP_EKSPOR"}`)) },
    { facet: "sentra", options: optionsOf(facets.sentra, filters.sentra, named) },
  ];

  return (
    // Phones start with the panel closed, so the results come first; wide screens always show it.
    <details className="group rounded-lg border border-line bg-white p-4 lg:[&::details-content]:block lg:[&::details-content]:[content-visibility:visible]">
      <summary className="flex min-h-11 cursor-pointer flex-wrap items-center justify-between gap-x-3 font-bold text-brand-900 lg:pointer-events-none lg:cursor-default">
        <span className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90 lg:hidden">
            ›
          </span>
          {t("filtersHeading")}
        </span>
        <span className="text-sm font-normal text-muted">{t("activeFilters", { count: activeCount })}</span>
      </summary>
      {/* Keyed by the filters: after a client-side navigation the form starts again from the new URL
          (defaultChecked and defaultValue only apply when a control mounts). */}
      <FilterForm key={catalogHref(filters)} id={catalogFiltersFormId} action="/katalog" aria-label={t("filtersHeading")} className="mt-3 space-y-4">
        {filters.q ? <input type="hidden" name={filterParams.q} value={filters.q} /> : null}
        <AutoSubmit>
          <div className="space-y-4">
            {groups.map((group) => (
              <FacetGroup key={group.facet} facet={group.facet} options={group.options} name={paramOf[group.facet]} />
            ))}
          </div>
        </AutoSubmit>
        <div className="space-y-4 border-t border-line pt-4">
          <Field id="filter-capacity" name={filterParams.minCapacity} type="text" inputMode="numeric" label={t("capacity")}
            hint={t("capacityHint")} defaultValue={filters.minCapacity ?? ""} autoComplete="off" maxLength={16} />
          <Field id="filter-price-min" name={filterParams.priceMin} type="text" inputMode="numeric" label={t("priceMin")}
            hint={t("priceHint")} defaultValue={filters.priceMin ?? ""} autoComplete="off" maxLength={16} />
          <Field id="filter-price-max" name={filterParams.priceMax} type="text" inputMode="numeric" label={t("priceMax")}
            defaultValue={filters.priceMax ?? ""} autoComplete="off" maxLength={16} />
        </div>
        <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
          <SubmitButton pendingLabel={t("apply")}>{t("apply")}</SubmitButton>
          {activeCount > 0 ? (
            <Link href={clearHref} className="inline-flex min-h-11 items-center text-brand-700 underline">
              {t("clearFilters")}
            </Link>
          ) : null}
        </div>
      </FilterForm>
    </details>
  );
}
