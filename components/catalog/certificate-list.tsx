import { getLocale, getTranslations } from "next-intl/server";
import { ValidityBadge } from "@/components/certificates/validity-badge";
import { Badge } from "@/components/ui/badge";
import type { CertificateType } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format";

export type PublicCertificate = {
  id: string;
  type: CertificateType;
  name: string | null;
  number: string;
  expiresAt: Date | null;
  verifiedAt: Date | null;
};

/** Certificates as a buyer needs them: what, which number, still valid, checked by staff or not. */
export async function CertificateList({ certificates, emptyText }: { certificates: PublicCertificate[]; emptyText: string }) {
  const t = await getTranslations("CatalogPages.certificates");
  const tEnums = await getTranslations("Enums.certificateType");
  const tCertificates = await getTranslations("Certificates");
  const locale = await getLocale();
  if (certificates.length === 0) return <p className="text-muted">{emptyText}</p>;
  const now = new Date();
  return (
    <ul className="divide-y divide-line rounded-md border border-line bg-white">
      {certificates.map((certificate) => (
        <li key={certificate.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div>
            <p className="font-semibold text-ink">
              {tEnums(certificate.type)}
              {certificate.name ? <span className="font-normal text-muted"> · {certificate.name}</span> : null}
            </p>
            <p className="text-sm">
              {t("number")} <span className="font-mono">{certificate.number}</span>
            </p>
            {certificate.expiresAt ? (
              <p className="text-sm text-muted">{t("expires", { date: formatDate(certificate.expiresAt, locale) })}</p>
            ) : null}
          </div>
          <div className="flex flex-wrap gap-2">
            <ValidityBadge expiresAt={certificate.expiresAt} now={now} />
            {certificate.verifiedAt ? (
              <Badge tone="success">{tCertificates("verified")}</Badge>
            ) : (
              <Badge>{tCertificates("notVerified")}</Badge>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
