import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { sharedDataItems } from "@/lib/referrals/purposes";

/** What sharing means, said plainly before the SME chooses (UU PDP: informed, specific consent). */
export async function SharedDataNotice() {
  const t = await getTranslations("Referrals.sme");
  return (
    <Card as="section" aria-labelledby="shared-data-heading">
      <h2 id="shared-data-heading" className="text-xl font-bold text-brand-900">
        {t("sharedHeading")}
      </h2>
      <p className="mt-2">{t("sharedLead")}</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {sharedDataItems.map((item) => (
          <li key={item}>{t(`shared.${item}`)}</li>
        ))}
      </ul>
      <p className="mt-3">{t("notSharedData")}</p>
      <p className="mt-3 rounded-md bg-brand-50 p-3 text-brand-900">{t("revokeNote")}</p>
    </Card>
  );
}
