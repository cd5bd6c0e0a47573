import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { supplierHref } from "@/lib/catalog/paths";
import { sentraCapacity, sentraConsortia } from "@/lib/catalog/sentra-pooled";

/** The sentra page's combined capacity per product line and its approved consortia (members who accepted only). */
export async function SentraPooledSupply({ sentraId }: { sentraId: string }) {
  const [t, locale, lines, consortia] = await Promise.all([getTranslations("CatalogSearch.sentra"), getLocale(), sentraCapacity(sentraId), sentraConsortia(sentraId)]);
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-2">
      <Card as="section" aria-labelledby="sentra-capacity-heading" className="space-y-3">
        <h2 id="sentra-capacity-heading" className="text-lg font-bold text-brand-900">
          {t("capacityHeading")}
        </h2>
        <p className="text-sm text-muted">{t("capacityLead")}</p>
        {lines.length > 0 ? (
          <ul className="space-y-2" data-testid="sentra-capacity">
            {lines.map((line) => (
              <li key={`${line.code}-${line.unit}`} className="flex flex-col">
                <span className="font-semibold">{t("capacityLine", { code: line.code, name: locale === "en" ? (line.nameEn ?? line.nameId) : line.nameId })}</span>
                <span className="text-sm">{t("capacityValue", { capacity: line.capacity, unit: line.unit, members: line.members })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("noCapacity")}</p>
        )}
      </Card>
      <Card as="section" aria-labelledby="sentra-consortia-heading" className="space-y-3">
        <h2 id="sentra-consortia-heading" className="text-lg font-bold text-brand-900">
          {t("consortiaHeading")}
        </h2>
        <p className="text-sm text-muted">{t("consortiaLead")}</p>
        {consortia.length > 0 ? (
          <ul className="space-y-3" data-testid="sentra-consortia">
            {consortia.map((consortium) => (
              <li key={consortium.id} className="border-b border-line pb-3 last:border-0 last:pb-0">
                <p className="font-semibold">{t("consortium", { line: consortium.productLine, quantity: consortium.quantityPerMonth, unit: consortium.unit, count: consortium.memberCount })}</p>
                <p className="text-sm">
                  <span className="text-muted">{t("consortiumMembers")}: </span>
                  {consortium.shown.map((member, index) => (
                    <span key={member.slug}>
                      {index > 0 ? ", " : null}
                      <Link href={supplierHref(member.slug)} className="text-brand-700 underline">
                        {member.name}
                      </Link>
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t("noConsortia")}</p>
        )}
      </Card>
    </div>
  );
}
