import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ShortlistList } from "@/components/buyers/shortlist-list";
import { FilterLinks } from "@/components/inquiries/filter-links";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireRoute } from "@/lib/auth/session";
import { listShortlist, parseShortlistFilter } from "@/lib/buyers/shortlist-queries";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("BuyerProfile.shortlist");
  return { title: t("metaTitle") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const filterParam = { all: undefined, product: "produk", supplier: "pemasok" } as const;

export default async function ShortlistPage({ searchParams }: PageProps) {
  const user = await requireRoute("/pembeli/simpanan");
  const [t, tBuyer, locale, query] = await Promise.all([getTranslations("BuyerProfile.shortlist"), getTranslations("Buyer"), getLocale(), searchParams]);
  const header = <PageHeader title={t("heading")} lead={t("lead")} />;
  const site = siteConfig();

  if (!user.buyerOrganizationId) {
    return (
      <>
        {header}
        <PageBody>
          <EmptyState title={tBuyer("emptyTitle")} text={tBuyer("emptyText", { office: site.officeName, phone: site.phone, email: site.email })} />
        </PageBody>
      </>
    );
  }

  const filter = parseShortlistFilter(query.jenis);
  const list = await listShortlist(user.buyerOrganizationId, { page: parsePage(query.page), filter });
  if (list.page > list.pageCount) notFound();
  const browse = <ButtonLink href="/katalog">{t("browse")}</ButtonLink>;

  return (
    <>
      {header}
      <PageBody>
        <div className="space-y-6">
          <FilterLinks
            label={t("filterLabel")}
            pathname="/pembeli/simpanan"
            param="jenis"
            current={filterParam[filter]}
            options={[
              { value: undefined, label: t("filterAll") },
              { value: "produk", label: t("filterProducts") },
              { value: "pemasok", label: t("filterSuppliers") },
            ]}
          />
          {list.total === 0 ? (
            <EmptyState title={filter === "all" ? t("emptyTitle") : t("emptyFilteredTitle")} text={t("emptyText")} action={browse} />
          ) : (
            <section aria-labelledby="shortlist-heading">
              <h2 id="shortlist-heading" className="text-2xl font-bold text-brand-900">
                {t("listHeading")} <span className="text-base font-normal text-muted">({t("total", { count: list.total })})</span>
              </h2>
              <div className="mt-4">
                <ShortlistList items={list.items} locale={locale} />
              </div>
              <Pagination page={list.page} pageCount={list.pageCount} pathname="/pembeli/simpanan" query={{ jenis: filterParam[filter] }} />
            </section>
          )}
          <p>
            <Link href="/pembeli" className="font-semibold text-brand-800 underline">
              {t("backHome")}
            </Link>
          </p>
        </div>
      </PageBody>
    </>
  );
}
