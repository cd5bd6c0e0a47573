import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateForm } from "@/components/certificates/certificate-form";
import { DeleteCertificateButton } from "@/components/certificates/delete-certificate-button";
import { RenewalNotice } from "@/components/certificates/renewal-notice";
import { ValidityBadge } from "@/components/certificates/validity-badge";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { listEnterpriseCertificates } from "@/lib/certificates/queries";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Certificates");
  return { title: t("metaTitle") };
}

export default async function SmeCertificatesPage() {
  const user = await requireRoute("/ikm/sertifikat");
  const [t, tEnums, locale] = await Promise.all([getTranslations("Certificates"), getTranslations("Enums.certificateType"), getLocale()]);

  if (!user.enterpriseId) {
    return (
      <>
        <PageHeader title={t("heading")} lead={t("lead")} />
        <PageBody>
          <EmptyState title={t("noEnterpriseTitle")} text={t("noEnterpriseText")} />
        </PageBody>
      </>
    );
  }

  const certificates = await listEnterpriseCertificates(user.enterpriseId);
  const now = new Date();
  const date = (value: Date | null) => (value ? formatDate(value, locale) : t("noDate"));

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")} />
      <PageBody>
        <div className="space-y-8">
          <RenewalNotice certificates={certificates} now={now} />
          <section aria-labelledby="certificates-heading">
            <h2 id="certificates-heading" className="text-2xl font-bold text-brand-900">
              {t("listHeading")}
            </h2>
            <div className="mt-4">
              {certificates.length === 0 ? (
                <EmptyState headingLevel={3} title={t("emptyTitle")} text={t("emptyText")} />
              ) : (
                <Table caption={t("listCaption")} captionHidden>
                  <thead>
                    <tr>
                      <Th>{t("type")}</Th>
                      <Th>{t("number")}</Th>
                      <Th>{t("issued")}</Th>
                      <Th>{t("expires")}</Th>
                      <Th>{t("validity")}</Th>
                      <Th>{t("verification")}</Th>
                      <Th>{t("document")}</Th>
                      <Th>{t("actions")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {certificates.map((certificate) => {
                      const label = tEnums(certificate.type);
                      return (
                        <tr key={certificate.id}>
                          <Th scope="row">
                            {label}
                            {certificate.name ? <span className="block font-normal text-muted">{certificate.name}</span> : null}
                          </Th>
                          <Td className="font-mono break-all">{certificate.number}</Td>
                          <Td className="whitespace-nowrap">{date(certificate.issuedAt)}</Td>
                          <Td className="whitespace-nowrap">{date(certificate.expiresAt)}</Td>
                          <Td>
                            <ValidityBadge expiresAt={certificate.expiresAt} now={now} />
                          </Td>
                          <Td>
                            {certificate.verifiedAt ? <Badge tone="success">{t("verified")}</Badge> : <Badge>{t("notVerified")}</Badge>}
                          </Td>
                          <Td>
                            {certificate.documentKey ? (
                              <a
                                href={`/ikm/sertifikat/${certificate.id}/dokumen`}
                                aria-label={t("openDocumentName", { certificate: `${label} ${certificate.number}` })}
                                className="font-semibold text-brand-800 underline"
                              >
                                {t("openDocument")}
                              </a>
                            ) : (
                              <span className="text-muted">{t("noDocument")}</span>
                            )}
                          </Td>
                          <Td>
                            <DeleteCertificateButton certificateId={certificate.id} label={label} number={certificate.number} />
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              )}
            </div>
          </section>
          <Card as="section" aria-labelledby="add-certificate-heading">
            <h2 id="add-certificate-heading" className="mb-4 text-2xl font-bold text-brand-900">
              {t("form.heading")}
            </h2>
            <CertificateForm />
          </Card>
        </div>
      </PageBody>
    </>
  );
}
