import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** A plain GET form: the search lives in the URL, so it survives reloads and can be shared. */
export async function AssistedSearch({ q }: { q?: string }) {
  const t = await getTranslations("Assisted.list");
  return (
    <form method="get" action="/staf/ikm" role="search" aria-labelledby="assisted-search-heading" className="mb-6 rounded-lg border border-line bg-white p-4">
      <h2 id="assisted-search-heading" className="sr-only">
        {t("searchHeading")}
      </h2>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="grow">
          <Field id="assisted-search" name="q" type="search" label={t("search")} defaultValue={q ?? ""} maxLength={100} />
        </div>
        <Button type="submit">{t("searchSubmit")}</Button>
        {q ? (
          <Link href="/staf/ikm" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("searchClear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
