import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { CertificateType } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format";
import { ValidityBadge } from "./validity-badge";

export interface CertificateSummary {
  id: string;
  type: CertificateType;
  name: string | null;
  number: string;
  expiresAt: Date | null;
}

/** An enterprise's certificates at a glance: type, number, expiry and whether still valid. */
export async function CertificateSummaryTable({ certificates, caption, now }: { certificates: CertificateSummary[]; caption: string; now: Date }) {
  const [t, tEnums, tValidity, locale] = await Promise.all([
    getTranslations("Certificates"),
    getTranslations("Enums"),
    getTranslations("Certificate.validity"),
    getLocale(),
  ]);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("type")}</Th>
          <Th>{t("number")}</Th>
          <Th>{t("expires")}</Th>
          <Th>{t("validity")}</Th>
        </tr>
      </thead>
      <tbody>
        {certificates.map((certificate) => (
          <tr key={certificate.id}>
            <Td>
              {tEnums(`certificateType.${certificate.type}`)}
              {certificate.name ? <span className="block text-muted">{certificate.name}</span> : null}
            </Td>
            <Td className="font-mono">{certificate.number}</Td>
            <Td>{certificate.expiresAt ? formatDate(certificate.expiresAt, locale) : tValidity("noExpiry")}</Td>
            <Td>
              <ValidityBadge expiresAt={certificate.expiresAt} now={now} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
