// Step 6 of the owner's profile: a review of what was entered, what is still missing (each with
// a link), and "Selesai dan ajukan kurasi"; once submitted, where the review stands instead.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DefinitionList } from "@/components/layout/definition-list";
import type { FormAction } from "@/lib/auth/action";
import type { EnterpriseProfile } from "@/lib/enterprises/profile-queries";
import type { ChecklistKey, PublicationChecklist } from "@/lib/enterprises/publication-checklist";
import { CurationStanding } from "./curation-standing";
import { FinishForm } from "./finish-form";

type FinishStepProps = { profile: EnterpriseProfile; checklist: PublicationChecklist; action: FormAction };

export async function FinishStep({ profile, checklist, action }: FinishStepProps) {
  const [t, tItems] = await Promise.all([getTranslations("EnterpriseProfile.finish"), getTranslations("EnterpriseProfile.checklist.items")]);
  if (checklist.submitted) return <CurationStanding status={checklist.status} headingId="finish-standing-heading" />;

  const summaries: Record<Exclude<ChecklistKey, "submission">, string | null> = {
    business: profile.nib ? `${profile.legalName}, NIB ${profile.nib}` : null,
    address: profile.address,
    sector: profile.primaryKbli ? `${profile.primaryKbli.code} ${profile.primaryKbli.nameId}` : null,
    market: profile.salesChannels.length > 0 ? (profile.whatsapp ?? profile.phone ?? profile.email) : null,
    photos: profile.photos.length > 0 ? t("photosValue", { count: profile.photos.length }) : null,
    products: checklist.productCount > 0 ? t("productsValue", { count: checklist.productCount }) : null,
    certificates: checklist.certificateCount > 0 ? t("certificatesValue", { count: checklist.certificateCount }) : null,
  };
  const rows = checklist.items.flatMap((item) => {
    if (item.key === "submission") return [];
    const summary = item.done ? summaries[item.key] : null;
    return [
      {
        term: tItems(item.key),
        detail: (
          <span className="flex flex-wrap items-baseline gap-x-3">
            <span className={summary ? "" : "text-muted"}>{summary ?? (item.optional ? t("optionalEmpty") : t("notFilled"))}</span>
            <Link href={item.href} className="text-sm font-semibold text-brand-800 underline">
              {t("edit", { part: tItems(item.key) })}
            </Link>
          </span>
        ),
      },
    ];
  });
  const missing = checklist.items.filter((item) => checklist.missing.includes(item.key));

  return (
    <div className="space-y-6">
      <p>{t("lead")}</p>
      <section aria-labelledby="finish-review-heading" className="space-y-3">
        <h3 id="finish-review-heading" className="text-lg font-semibold text-brand-900">
          {t("reviewHeading")}
        </h3>
        <DefinitionList items={rows} />
      </section>
      {missing.length > 0 ? (
        <section aria-labelledby="finish-missing-heading" className="space-y-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
          <h3 id="finish-missing-heading" className="text-lg font-semibold text-amber-900">
            {t("missingHeading")}
          </h3>
          <p>{t("missingLead")}</p>
          <ul className="list-disc space-y-1 pl-6">
            {missing.map((item) => (
              <li key={item.key}>
                <Link href={item.href} className="font-semibold text-brand-800 underline">
                  {tItems(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="font-medium text-green-800">{t("complete")}</p>
      )}
      <FinishForm action={action} />
    </div>
  );
}
