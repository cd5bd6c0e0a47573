import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateForm, type EditableCertificate } from "@/components/certificates/certificate-form";
import { DeleteCertificateButton } from "@/components/certificates/delete-certificate-button";
import { RenewalNotice } from "@/components/certificates/renewal-notice";
import { ValidityBadge } from "@/components/certificates/validity-badge";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { type EnterpriseCertificate, listEnterpriseCertificates } from "@/lib/certificates/queries";
import { isRecordId } from "@/lib/http/record-id";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Certificates");
  return { title: t("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const dateValue = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

function editable(certificate: EnterpriseCertificate): EditableCertificate {
  return {
    id: certificate.id,
    type: certificate.type,
    number: certificate.number,
    name: certificate.name ?? "",
    issuedAt: dateValue(certificate.issuedAt),
    expiresAt: dateValue(certificate.expiresAt),
    verified: certificate.verifiedAt !== null,
    hasDocument: certificate.documentKey !== null,
  };
}

export default async function SmeCertificatesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const raw = Array.isArray(params.ubah) ? params.ubah[0] : params.ubah;
  // The certificate to edit, by id in the address (?ubah=<id>); only the owner's own list is searched.
  const editId = raw && isRecordId(raw) ? raw : null;
  const user = await requireRoute("/ikm/sertifikat", editId ? `/ikm/sertifikat?ubah=${editId}` : "/ikm/sertifikat");
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
  const editing = editId ? certificates.find((certificate) => certificate.id === editId) : undefined;
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
                            <div className="flex flex-wrap items-center gap-2">
                              <Link
                                href={`/ikm/sertifikat?ubah=${certificate.id}#ubah-sertifikat`}
                                aria-label={t("edit.linkName", { certificate: `${label} ${certificate.number}` })}
                                className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-800 underline"
                              >
                                {t("edit.link")}
                              </Link>
                              <DeleteCertificateButton certificateId={certificate.id} label={label} number={certificate.number} />
                            </div>
                          </Td>
                        </tr>
                      );
                    })}
                  </tbody>
                </Table>
              )}
            </div>
          </section>
          {editing ? (
            <Card as="section" aria-labelledby="ubah-sertifikat">
              <h2 id="ubah-sertifikat" tabIndex={-1} className="text-2xl font-bold text-brand-900">
                {t("edit.heading")}
              </h2>
              <p className="mb-4 text-muted">{t("edit.lead", { certificate: tEnums(editing.type), number: editing.number })}</p>
              <CertificateForm key={editing.id} certificate={editable(editing)} />
            </Card>
          ) : (
            <Card as="section" aria-labelledby="add-certificate-heading">
              {editId ? (
                <p role="alert" className="mb-4 rounded-md border-l-4 border-red-600 bg-red-50 p-3 text-red-900">
                  {t("notFound")}
                </p>
              ) : null}
              <h2 id="add-certificate-heading" className="mb-4 text-2xl font-bold text-brand-900">
                {t("form.heading")}
              </h2>
              <CertificateForm />
            </Card>
          )}
        </div>
      </PageBody>
    </>
  );
}
