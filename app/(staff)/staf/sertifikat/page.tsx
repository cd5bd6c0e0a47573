import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { VerifyCertificateButton } from "@/components/certificates/verify-certificate-button";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { checkCertificateNumber } from "@/lib/certificates/formats";
import { certificateQueueStatuses, listCertificateQueue } from "@/lib/certificates/queries";
import { formatDate } from "@/lib/i18n/format";
import { parsePage } from "@/lib/pagination";
import { isNarrowed, parseQueueSearch, queueSearchQuery } from "@/lib/queue-search/search";
import { NoQueueMatch, QueueSearchForm } from "@/components/staff-desk/queue-search-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Certificates.staff");
  return { title: t("metaTitle") };
}

export default async function StaffCertificatesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRoute("/staf/sertifikat");
  const params = await searchParams;
  const page = parsePage(params.page);
  // "Awaiting verification" is the queue's plain view (and the staff desk's count).
  const { search, ignored } = parseQueueSearch(params, certificateQueueStatuses);
  if (search.status === "awaiting") search.status = null;
  const narrowed = isNarrowed(search) || search.sort !== "lama";
  const [t, tList, tEnums, tAll, tSearch, locale, result] = await Promise.all([
    getTranslations("Certificates.staff"),
    getTranslations("Certificates"),
    getTranslations("Enums.certificateType"),
    getTranslations(),
    getTranslations("QueueSearch"),
    getLocale(),
    listCertificateQueue(page, search),
  ]);
  type Key = Parameters<typeof tAll.has>[0];
  const date = (value: Date | null) => (value ? formatDate(value, locale) : tList("noDate"));

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <QueueSearchForm
          pathname="/staf/sertifikat"
          search={search}
          statusOptions={certificateQueueStatuses.map((value) => ({
            value: value === "awaiting" ? "" : value,
            label: value === "all" ? tSearch("all") : tSearch(`certificateStatus.${value}`),
          }))}
          ignored={ignored}
          resetHref="/staf/sertifikat"
          narrowed={narrowed}
        />
        {result.total === 0 && narrowed ? (
          <NoQueueMatch resetHref="/staf/sertifikat" />
        ) : result.total === 0 ? (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        ) : (
          <>
            <p className="mb-4 font-medium" role="status">
              {narrowed ? tSearch("matching", { count: result.total }) : t("total", { count: result.total })}
            </p>
            <Table caption={t("caption")} captionHidden>
              <thead>
                <tr>
                  <Th>{t("enterprise")}</Th>
                  <Th>{tList("type")}</Th>
                  <Th>{tList("number")}</Th>
                  <Th>{t("check")}</Th>
                  <Th>{tList("issued")}</Th>
                  <Th>{tList("expires")}</Th>
                  <Th>{tList("document")}</Th>
                  <Th>{tList("actions")}</Th>
                </tr>
              </thead>
              <tbody>
                {result.items.map((certificate) => {
                  const label = tEnums(certificate.type);
                  const check = checkCertificateNumber(certificate.type, certificate.number);
                  const problem = !check.ok ? check.error : "warning" in check ? check.warning : null;
                  const values = "values" in check ? check.values : {};
                  return (
                    <tr key={certificate.id}>
                      <Th scope="row">{certificate.enterprise.brandName ?? certificate.enterprise.legalName}</Th>
                      <Td>
                        {label}
                        {certificate.name ? <span className="block text-muted">{certificate.name}</span> : null}
                      </Td>
                      <Td className="font-mono break-all">{certificate.number}</Td>
                      <Td className="min-w-48">
                        {problem ? (
                          <span className="text-amber-950">
                            <span aria-hidden="true">⚠ </span>
                            {tAll(problem as Key, values)}
                          </span>
                        ) : (
                          <Badge tone="success">{t("formatOk")}</Badge>
                        )}
                      </Td>
                      <Td className="whitespace-nowrap">{date(certificate.issuedAt)}</Td>
                      <Td className="whitespace-nowrap">{date(certificate.expiresAt)}</Td>
                      <Td>
                        {certificate.documentKey ? (
                          <a
                            href={`/staf/sertifikat/${certificate.id}/dokumen`}
                            aria-label={tList("openDocumentName", { certificate: `${label} ${certificate.number}` })}
                            className="font-semibold text-brand-800 underline"
                          >
                            {tList("openDocument")}
                          </a>
                        ) : (
                          <span className="text-muted">{tList("noDocument")}</span>
                        )}
                      </Td>
                      <Td>
                        {certificate.verifiedAt ? (
                          <Badge tone="success">{tSearch("verifiedOn", { date: formatDate(certificate.verifiedAt, locale) })}</Badge>
                        ) : (
                          <VerifyCertificateButton
                            certificateId={certificate.id}
                            version={certificate.updatedAt.toISOString()}
                            name={t("verifyName", { certificate: label, number: certificate.number })}
                          />
                        )}
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
            <Pagination page={result.page} pageCount={result.pageCount} pathname="/staf/sertifikat" query={queueSearchQuery(search)} />
          </>
        )}
      </PageBody>
    </>
  );
}
