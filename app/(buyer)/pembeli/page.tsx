import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AreaTasks } from "@/components/layout/area-tasks";
import { eventTask } from "@/components/events/event-tasks";
import { consortiumTask, matchingTask } from "@/lib/matching/tasks";
import { DefinitionList } from "@/components/layout/definition-list";
import { WebsiteLink } from "@/components/layout/office-contact";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { getBuyerOrganization, listSourcingRequests } from "@/lib/buyers/queries";
import { formatCountry, formatDate, formatNumber, formatRupiahRange } from "@/lib/i18n/format";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Buyer");
  return { title: t("metaTitle") };
}

type BuyerPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export default async function BuyerHomePage({ searchParams }: BuyerPageProps) {
  const user = await requireRoute("/pembeli");
  const page = parsePage((await searchParams).page);
  const [t, tTasks, tBuyerTasks, tEnums, tCommon, locale] = await Promise.all([
    getTranslations("Buyer"),
    getTranslations("AreaTasks"),
    getTranslations("BuyerProfile.tasks"),
    getTranslations("Enums"),
    getTranslations("Common"),
    getLocale(),
  ]);
  const site = siteConfig();
  const header = <PageHeader title={t("heading")} lead={t("welcome", { name: user.name })} />;

  const organizationId = user.buyerOrganizationId;
  const [organization, requests] = organizationId
    ? await Promise.all([getBuyerOrganization(organizationId), listSourcingRequests(organizationId, { page })])
    : [null, null];

  if (!organization || !requests) {
    return (
      <>
        {header}
        <PageBody>
          <EmptyState title={t("emptyTitle")} text={t("emptyText", { office: site.officeName, phone: site.phone, email: site.email })} />
        </PageBody>
      </>
    );
  }
  if (page > requests.pageCount) notFound();

  return (
    <>
      {header}
      <PageBody>
        <div className="space-y-8">
          <AreaTasks
            heading={tTasks("heading")}
            tasks={[
              { href: "/pembeli/profil", title: tBuyerTasks("profileTitle"), text: tBuyerTasks("profileText") },
              { href: "/pembeli/simpanan", title: tBuyerTasks("shortlistTitle"), text: tBuyerTasks("shortlistText") },
              { href: "/pembeli/pertanyaan", title: tBuyerTasks("inquiriesTitle"), text: tBuyerTasks("inquiriesText") },
              { href: "/pembeli/permintaan", title: tBuyerTasks("requestsTitle"), text: tBuyerTasks("requestsText") },
              await matchingTask("buyer"),
              await consortiumTask("buyer"),
              await eventTask("participant"),
            ]}
          />
          <Card as="section" aria-labelledby="organization-heading">
            <h2 id="organization-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
              {t("organizationHeading")}
            </h2>
            <p className="mt-1 text-2xl font-bold text-brand-900">{organization.name}</p>
            <div className="mt-5">
              <DefinitionList
                items={[
                  { term: t("kind"), detail: tEnums(`buyerKind.${organization.kind}`) },
                  { term: t("location"), detail: `${organization.city}, ${formatCountry(organization.country, locale)}` },
                  {
                    term: t("purchaseVolume"),
                    detail: organization.purchaseVolumeBand
                      ? tEnums(`purchaseVolumeBand.${organization.purchaseVolumeBand}`)
                      : tCommon("notProvided"),
                  },
                  {
                    term: t("requiredCertificates"),
                    detail:
                      organization.requiredCertificates.length > 0 ? (
                        <span className="flex flex-wrap gap-1">
                          {organization.requiredCertificates.map((type) => (
                            <Badge key={type}>{tEnums(`certificateType.${type}`)}</Badge>
                          ))}
                        </span>
                      ) : (
                        tCommon("none")
                      ),
                  },
                  {
                    term: t("verification"),
                    detail: organization.verifiedAt
                      ? t("verifiedOn", { date: formatDate(organization.verifiedAt, locale) })
                      : t("notVerified"),
                  },
                  ...(organization.website
                    ? [{ term: t("website"), detail: <WebsiteLink href={organization.website} /> }]
                    : []),
                ]}
              />
            </div>
          </Card>

          <section aria-labelledby="requests-heading">
            <h2 id="requests-heading" className="text-2xl font-bold text-brand-900">
              {t("requestsHeading")}
            </h2>
            <div className="mt-4">
              {requests.items.length > 0 ? (
                <Table caption={t("requestsCaption")}>
                  <thead>
                    <tr>
                      <Th>{t("requestTitle")}</Th>
                      <Th>{t("requestKbli")}</Th>
                      <Th>{t("requestQuantity")}</Th>
                      <Th>{t("requestTargetPrice")}</Th>
                      <Th>{t("requestDeadline")}</Th>
                      <Th>{tCommon("status")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {requests.items.map((request) => (
                      <tr key={request.id}>
                        <Td className="font-medium">{request.title}</Td>
                        <Td>
                          {request.kbli ? (
                            <>
                              <span className="font-mono">{request.kbli.code}</span>{" "}
                              {locale === "en" ? (request.kbli.nameEn ?? request.kbli.nameId) : request.kbli.nameId}
                            </>
                          ) : (
                            tCommon("notProvided")
                          )}
                        </Td>
                        <Td className="whitespace-nowrap">
                          {t("quantityPerMonth", { quantity: formatNumber(request.quantityPerMonth, locale), unit: request.unit })}
                        </Td>
                        <Td className="whitespace-nowrap tabular-nums">
                          {formatRupiahRange(request.targetPriceMinRupiah, request.targetPriceMaxRupiah, locale) ??
                            tCommon("notProvided")}
                        </Td>
                        <Td className="whitespace-nowrap">
                          {request.deadline ? formatDate(request.deadline, locale) : tCommon("notProvided")}
                        </Td>
                        <Td>
                          <Badge tone={request.status === "OPEN" ? "success" : "neutral"}>
                            {tEnums(`sourcingStatus.${request.status}`)}
                          </Badge>
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : (
                <EmptyState
                  headingLevel={3}
                  title={t("noRequestsTitle")}
                  text={t("noRequestsText", { office: site.officeName })}
                />
              )}
            </div>
            <Pagination page={requests.page} pageCount={requests.pageCount} pathname="/pembeli" />
          </section>
        </div>
      </PageBody>
    </>
  );
}
