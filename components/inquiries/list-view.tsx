import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import type { InquiryListItem } from "@/lib/inquiries/queries";
import type { InquiryStatusFilter } from "@/lib/inquiries/schemas";
import type { Paginated } from "@/lib/pagination";
import { FilterLinks } from "./filter-links";
import { InquiryList } from "./inquiry-list";

type Side = "BUYER" | "SME" | "STAFF";
const area = { BUYER: "buyer", SME: "sme", STAFF: "staff" } as const;

/** The threads page of one side: filter, list with pagination, or an empty state saying what to do. */
export async function InquiryListView({ side, list, filter, pathname }: { side: Side; list: Paginated<InquiryListItem>; filter: InquiryStatusFilter; pathname: string }) {
  const [t, tList, locale] = await Promise.all([getTranslations(`Inquiries.pages.${area[side]}`), getTranslations("Inquiries.list"), getLocale()]);
  const filters: InquiryStatusFilter[] = side === "STAFF" ? ["all", "open", "follow-up", "closed"] : ["all", "open", "closed"];
  const current = filter === "all" ? undefined : filter;

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="space-y-6">
          <FilterLinks
            label={tList("filterLabel")}
            pathname={pathname}
            param="status"
            current={current}
            options={filters.map((value) => ({ value: value === "all" ? undefined : value, label: tList(`filter.${value}`) }))}
          />
          {list.total === 0 ? (
            filter === "all" ? (
              <EmptyState
                title={t("emptyTitle")}
                text={t("emptyText")}
                action={side === "BUYER" ? <ButtonLink href="/katalog">{tList("browse")}</ButtonLink> : undefined}
              />
            ) : (
              <EmptyState title={tList("emptyFilteredTitle")} text={tList("emptyFilteredText")} />
            )
          ) : (
            <section aria-labelledby="inquiries-heading">
              <h2 id="inquiries-heading" className="text-2xl font-bold text-brand-900">
                {tList("heading")} <span className="text-base font-normal text-muted">({tList("total", { count: list.total })})</span>
              </h2>
              <div className="mt-4">
                <InquiryList items={list.items} side={side} basePath={pathname} locale={locale} />
              </div>
              <Pagination page={list.page} pageCount={list.pageCount} pathname={pathname} query={{ status: current }} />
            </section>
          )}
        </div>
      </PageBody>
    </>
  );
}
