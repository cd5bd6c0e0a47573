import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DefinitionList } from "@/components/layout/definition-list";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { CertificateSummaryTable } from "@/components/certificates/certificate-summary-table";
import { AreaTasks } from "@/components/layout/area-tasks";
import { eventTask } from "@/components/events/event-tasks";
import { requireRoute } from "@/lib/auth/session";
import { sourcingTask } from "@/lib/sourcing/tasks";
import { inquiryTask } from "@/lib/inquiries/tasks";
import { consortiumTask, matchingTask } from "@/lib/matching/tasks";
import { getEnterpriseSummaryForOwner } from "@/lib/enterprises/queries";
import { getPublicationChecklist } from "@/lib/enterprises/publication-queries";
import { PublicationChecklistCard } from "@/components/home/publication-checklist";
import { CurationStatus } from "@/lib/generated/prisma/enums";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sme");
  return { title: t("metaTitle") };
}

export default async function SmeHomePage() {
  const user = await requireRoute("/ikm");
  const [t, tTasks, tReferrals, tProducts, tEnums, tCommon, locale, enterprise] = await Promise.all([
    getTranslations("Sme"),
    getTranslations("AreaTasks"),
    getTranslations("Referrals.tasks"),
    getTranslations("Products.tasks"),
    getTranslations("Enums"),
    getTranslations("Common"),
    getLocale(),
    getEnterpriseSummaryForOwner(user.id),
  ]);
  const site = siteConfig();
  const checklist = enterprise ? await getPublicationChecklist(enterprise.id) : null;
  const now = new Date();

  if (!enterprise) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("welcome", { name: user.name })} />
        <PageBody>
          <EmptyState
            title={t("emptyTitle")}
            text={t("emptyText", { office: site.officeName, phone: site.phone, email: site.email })}
          />
        </PageBody>
      </>
    );
  }

  const kbli = enterprise.primaryKbli;
  const kbliName = kbli ? (locale === "en" ? (kbli.nameEn ?? kbli.nameId) : kbli.nameId) : null;
  const productTotal = Object.values(enterprise.productCounts).reduce((sum, count) => sum + count, 0);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("welcome", { name: user.name })} />
      <PageBody>
        <div className="space-y-8">
          {checklist ? <PublicationChecklistCard checklist={checklist} /> : null}
          <AreaTasks
            heading={tTasks("heading")}
            tasks={[
              { href: "/ikm/profil", title: tTasks("sme.profileTitle"), text: tTasks("sme.profileText") },
              { href: "/ikm/produk", title: tProducts("title"), text: tProducts("text") },
              { href: "/ikm/kurasi", title: tTasks("sme.curationTitle"), text: tTasks("sme.curationText") },
              { href: "/ikm/sertifikat", title: tTasks("sme.certificatesTitle"), text: tTasks("sme.certificatesText") },
              { href: "/ikm/kesiapan-ekspor", title: tTasks("sme.readinessTitle"), text: tTasks("sme.readinessText") },
              { href: "/ikm/mitra", title: tReferrals("smeTitle"), text: tReferrals("smeText") },
              await sourcingTask("sme"),
              await inquiryTask("sme"),
              await matchingTask("sme"),
              await consortiumTask("sme"),
              await eventTask("participant"),
            ]}
          />
          <Card as="section" aria-labelledby="enterprise-heading">
            <h2 id="enterprise-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
              {t("enterpriseHeading")}
            </h2>
            <p className="mt-1 text-2xl font-bold text-brand-900">{enterprise.brandName ?? enterprise.legalName}</p>
            {enterprise.brandName ? <p className="text-muted">{enterprise.legalName}</p> : null}
            <div className="mt-5">
              <DefinitionList
                items={[
                  { term: t("status"), detail: <CurationStatusBadge status={enterprise.status} /> },
                  { term: t("legalForm"), detail: tEnums(`legalForm.${enterprise.legalForm}`) },
                  {
                    term: t("kbli"),
                    detail: kbli ? (
                      <>
                        <span className="font-mono font-semibold">{kbli.code}</span> {kbliName}
                      </>
                    ) : (
                      tCommon("notProvided")
                    ),
                  },
                  { term: t("kecamatan"), detail: enterprise.kecamatan.name },
                  {
                    term: t("verification"),
                    detail: enterprise.verifiedAt
                      ? t("verifiedOn", { date: formatDate(enterprise.verifiedAt, locale) })
                      : t("notVerified"),
                  },
                  ...(enterprise.exportReadinessTier
                    ? [{ term: t("exportReadiness"), detail: tEnums(`exportReadinessTier.${enterprise.exportReadinessTier}`) }]
                    : []),
                ]}
              />
            </div>
          </Card>

          <section aria-labelledby="products-heading">
            <h2 id="products-heading" className="text-2xl font-bold text-brand-900">
              {t("productsHeading")}
            </h2>
            <div className="mt-4">
              {productTotal > 0 ? (
                <Table caption={t("productsCaption")}>
                  <thead>
                    <tr>
                      <Th>{tCommon("status")}</Th>
                      <Th className="text-right">{tCommon("count")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.values(CurationStatus).map((status) => (
                      <tr key={status}>
                        <Th scope="row">
                          <CurationStatusBadge status={status} />
                        </Th>
                        <Td className="text-right tabular-nums">{formatNumber(enterprise.productCounts[status] ?? 0, locale)}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <p className="text-muted">{t("noProducts")}</p>
              )}
            </div>
          </section>

          <section aria-labelledby="certificates-heading">
            <h2 id="certificates-heading" className="text-2xl font-bold text-brand-900">
              {t("certificatesHeading")}
            </h2>
            <div className="mt-4">
              {enterprise.certificates.length > 0 ? (
                <CertificateSummaryTable certificates={enterprise.certificates} caption={t("certificatesCaption")} now={now} />
              ) : (
                <p className="text-muted">{t("noCertificates")}</p>
              )}
            </div>
          </section>
        </div>
      </PageBody>
    </>
  );
}
