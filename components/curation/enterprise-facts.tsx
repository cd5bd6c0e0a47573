import { CertificateSummaryTable } from "@/components/certificates/certificate-summary-table";
import { useTranslations } from "next-intl";
import { DefinitionList } from "@/components/layout/definition-list";
import type { CurationProfile } from "@/lib/curation/queries";
import { classifyBusinessScale } from "@/lib/enterprises/scale";
import { checkNib, type FormatCheck, formatNib } from "@/lib/enterprises/identifiers";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber, formatRupiah } from "@/lib/i18n/format";

function Warning({ children }: { children: string }) {
  return (
    <p className="mt-1 flex items-start gap-1.5 text-sm font-medium text-amber-900">
      <svg viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0" fill="currentColor" aria-hidden="true">
        <path d="M10 1.5 19 18H1L10 1.5Zm-1 6v5h2v-5H9Zm0 6.5v2h2v-2H9Z" />
      </svg>
      <span>{children}</span>
    </p>
  );
}

type MessageRef = { key: string; values: Record<string, string | number> };

/** A soft NIB check's warning or error as a message, or null when the NIB looks right. */
function nibMessage(check: FormatCheck): MessageRef | null {
  if (!check.ok) return { key: check.error, values: check.values };
  return "warning" in check ? { key: check.warning, values: check.values } : null;
}

/** What staff check before grading: identity, legality, scale, capacity and certificates. */
export function EnterpriseFacts({ enterprise, locale, now }: { enterprise: CurationProfile; locale: AppLocale; now: Date }) {
  const t = useTranslations("CurationQueue.facts");
  const tEnums = useTranslations("Enums");
  const tAny = useTranslations();
  type Key = Parameters<typeof tAny>[0];
  const message = (ref: MessageRef) => tAny(ref.key as Key, ref.values);

  const nibProblem = enterprise.nib ? nibMessage(checkNib(enterprise.nib)) : null;
  const scale = classifyBusinessScale({ capitalRupiah: enterprise.capitalRupiah, annualSalesRupiah: enterprise.annualSalesRupiah });
  const kbli = enterprise.primaryKbli;
  const notProvided = t("notProvided");
  const capacity =
    enterprise.monthlyCapacity !== null
      ? t("capacityValue", { amount: formatNumber(enterprise.monthlyCapacity, locale), unit: enterprise.capacityUnit ?? "" })
      : notProvided;

  return (
    <div className="space-y-6">
      <DefinitionList
        items={[
          { term: t("legalName"), detail: enterprise.legalName },
          { term: t("brandName"), detail: enterprise.brandName ?? notProvided },
          { term: t("legalForm"), detail: tEnums(`legalForm.${enterprise.legalForm}`) },
          {
            term: t("nib"),
            detail: enterprise.nib ? (
              <>
                <span className="font-mono">{formatNib(enterprise.nib)}</span>
                {nibProblem ? <Warning>{message(nibProblem)}</Warning> : null}
              </>
            ) : (
              <Warning>{t("nibMissing")}</Warning>
            ),
          },
          {
            term: t("kbli"),
            detail: kbli ? (
              <>
                <span className="font-mono font-semibold">{kbli.code}</span> {locale === "en" ? (kbli.nameEn ?? kbli.nameId) : kbli.nameId}
              </>
            ) : (
              notProvided
            ),
          },
          {
            term: t("scale"),
            detail: scale ? (
              <>
                <span className="font-semibold">{t(`scaleName.${scale.scale}`)}</span>
                <span className="block text-sm text-muted">{message(scale.rule)}</span>
                {enterprise.capitalRupiah !== null ? <span className="block text-sm">{t("capital", { amount: formatRupiah(enterprise.capitalRupiah, locale) })}</span> : null}
                {enterprise.annualSalesRupiah !== null ? <span className="block text-sm">{t("sales", { amount: formatRupiah(enterprise.annualSalesRupiah, locale) })}</span> : null}
                {scale.scale !== enterprise.scale && enterprise.scale ? <Warning>{t("scaleMismatch", { stated: t(`scaleName.${enterprise.scale}`) })}</Warning> : null}
              </>
            ) : (
              notProvided
            ),
          },
          { term: t("address"), detail: [enterprise.address, enterprise.kelurahan?.name, enterprise.kecamatan.name].filter(Boolean).join(", ") },
          { term: t("workforce"), detail: enterprise.workforce !== null ? formatNumber(enterprise.workforce, locale) : notProvided },
          { term: t("capacity"), detail: capacity },
          { term: t("products"), detail: formatNumber(enterprise._count.products, locale) },
        ]}
      />
      {enterprise.certificates.length > 0 ? (
        <CertificateSummaryTable certificates={enterprise.certificates} caption={t("certificatesCaption")} now={now} />
      ) : (
        <p className="text-muted">{t("noCertificates")}</p>
      )}
    </div>
  );
}
