import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { referralPurposes } from "@/lib/referrals/purposes";
import type { ReferralListFilter } from "@/lib/referrals/schemas";

/** A plain GET form: the search lives in the URL, so it survives reloads and works without JavaScript. */
export async function ReferralFilters({ filter }: { filter: ReferralListFilter }) {
  const [t, tPurpose] = await Promise.all([getTranslations("Referrals.partner"), getTranslations("Referrals.purpose")]);
  const options = [{ value: "", label: t("allPurposes") }, ...referralPurposes.map((purpose) => ({ value: purpose, label: tPurpose(purpose) }))];
  return (
    <form method="get" action="/mitra/ikm" role="search" aria-labelledby="referral-search-heading" className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id="referral-search-heading" className="sr-only">
        {t("searchHeading")}
      </h2>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="grow">
          <Field id="referral-search" name="q" type="search" label={t("search")} defaultValue={filter.q ?? ""} maxLength={100} />
        </div>
        <div className="sm:w-60">
          <Select id="referral-purpose" name="purpose" label={t("purposeFilter")} options={options} defaultValue={filter.purpose ?? ""} />
        </div>
        <Button type="submit">{t("searchSubmit")}</Button>
        {filter.q || filter.purpose ? (
          <Link href="/mitra/ikm" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("searchClear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
