import { useTranslations } from "next-intl";
import { DefinitionList } from "@/components/layout/definition-list";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProductForCuration } from "@/lib/curation/product-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatNumber, formatRupiahRange } from "@/lib/i18n/format";
import { formatHsCode } from "@/lib/products/hs-code";
import { KbliCell } from "./kbli-cell";

/** What staff check before grading a product: names, descriptions, classification, trade terms. */
export function ProductFacts({ product, locale }: { product: ProductForCuration; locale: AppLocale }) {
  const t = useTranslations("ProductCuration.facts");
  const missing = t("notProvided");
  const amount = (value: number | null) => (value === null ? missing : t("amountUnit", { amount: formatNumber(value, locale), unit: product.unit }));
  const text = (value: string | null) => (value ? <span className="whitespace-pre-line">{value}</span> : missing);

  return (
    <DefinitionList
      items={[
        { term: t("nameId"), detail: product.nameId },
        { term: t("nameEn"), detail: product.nameEn ?? missing },
        { term: t("descriptionId"), detail: text(product.descriptionId) },
        { term: t("descriptionEn"), detail: text(product.descriptionEn) },
        { term: t("kbli"), detail: <KbliCell kbli={product.kbli} locale={locale} missing={missing} /> },
        { term: t("hsCode"), detail: product.hsCode ? <span className="font-mono">{formatHsCode(product.hsCode)}</span> : missing },
        { term: t("price"), detail: formatRupiahRange(product.priceMinRupiah, product.priceMaxRupiah, locale) ?? missing },
        { term: t("unit"), detail: product.unit },
        { term: t("minOrder"), detail: amount(product.minOrder) },
        { term: t("capacity"), detail: amount(product.monthlyCapacity) },
        { term: t("leadTime"), detail: product.leadTimeDays === null ? missing : t("leadTimeValue", { days: product.leadTimeDays }) },
        { term: t("exportReady"), detail: product.exportReady ? t("yes") : t("no") },
      ]}
    />
  );
}

/** The certificates the SME linked to the product, and whether staff verified each one. */
export function ProductCertificates({ product, caption, locale }: { product: ProductForCuration; caption: string; locale: AppLocale }) {
  const t = useTranslations("ProductCuration.facts");
  const tTypes = useTranslations("Enums.certificateType");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("certificateType")}</Th>
          <Th>{t("certificateNumber")}</Th>
          <Th>{t("certificateExpiry")}</Th>
          <Th>{t("certificateVerification")}</Th>
        </tr>
      </thead>
      <tbody>
        {product.certificates.map(({ certificate }) => (
          <tr key={certificate.id}>
            <Th scope="row">
              {tTypes(certificate.type)}
              {certificate.name ? <span className="block font-normal text-muted">{certificate.name}</span> : null}
            </Th>
            <Td className="font-mono break-all">{certificate.number}</Td>
            <Td className="whitespace-nowrap">{certificate.expiresAt ? formatDate(certificate.expiresAt, locale) : t("noExpiry")}</Td>
            <Td>{certificate.verifiedAt ? <Badge tone="success">{t("verified")}</Badge> : <Badge>{t("notVerified")}</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
