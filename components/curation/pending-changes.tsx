import { useTranslations } from "next-intl";
import { CatalogPhoto } from "@/components/catalog/catalog-photo";
import { Table, Td, Th } from "@/components/ui/table";
import type { ChangeRow, PendingChangeReview } from "@/lib/curation/change-queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import { enterprisePhotoUrl } from "@/lib/images/urls";

const moneyFields = new Set<ChangeRow["field"]>(["capitalRupiah", "annualSalesRupiah"]);

/** The published value beside the SME's proposal for every held field, then the waiting photos. */
export function PendingChanges({ pending, locale }: { pending: PendingChangeReview; locale: AppLocale }) {
  const t = useTranslations("CurationQueue.changes");
  const tEnums = useTranslations("Enums");
  const tProfile = useTranslations("EnterpriseProfile");
  const show = (row: ChangeRow, value: string | null) => {
    if (value === null || value === "") return <span className="text-muted">{t("empty")}</span>;
    if (moneyFields.has(row.field)) return formatNumber(Number(value), locale);
    if (row.field === "sellsNationally") return value === "true" ? t("yes") : t("no");
    if (row.field === "legalForm") return tEnums(`legalForm.${value as "UD"}`);
    if (row.field === "scale") return tProfile(`scaleName.${value as "MIKRO"}`);
    return value;
  };
  return (
    <div className="space-y-6">
      {pending.fields.length > 0 ? (
        <Table caption={t("heading")}>
          <thead>
            <tr>
              <Th>{t("field")}</Th>
              <Th>{t("before")}</Th>
              <Th>{t("after")}</Th>
            </tr>
          </thead>
          <tbody>
            {pending.fields.map((row) => (
              <tr key={row.field}>
                <Th scope="row">{t(`fields.${row.field}`)}</Th>
                <Td className="break-words">{show(row, row.before)}</Td>
                <Td className="break-words font-semibold">{show(row, row.after)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {pending.photos.length > 0 ? (
        <section aria-labelledby="pending-photos-heading">
          <h3 id="pending-photos-heading" className="mb-3 font-semibold text-ink">
            {t("photosHeading")}
          </h3>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            {pending.photos.map((photo) => (
              <li key={photo.id}>
                <a href={enterprisePhotoUrl(photo.id, "large")} className="block overflow-hidden rounded-md border border-line focus-visible:outline-2 focus-visible:outline-brand-700">
                  <CatalogPhoto
                    src={enterprisePhotoUrl(photo.id, "small")}
                    alt={t("photoAlt")}
                    width={photo.width}
                    height={photo.height}
                    className="aspect-square h-auto w-full object-cover"
                  />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
