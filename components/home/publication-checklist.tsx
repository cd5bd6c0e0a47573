import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CurationStanding } from "@/components/enterprise-profile/curation-standing";
import { Card } from "@/components/ui/card";
import type { PublicationChecklist } from "@/lib/enterprises/publication-checklist";

/**
 * The SME home's checklist toward publication: each part with a link to where it is done, what
 * is done told in words (not by colour alone), optional parts marked so; once submitted, where
 * the review stands and what to do next.
 */
export async function PublicationChecklistCard({ checklist }: { checklist: PublicationChecklist }) {
  const [t, tItems] = await Promise.all([getTranslations("EnterpriseProfile.checklist"), getTranslations("EnterpriseProfile.checklist.items")]);
  const required = checklist.items.filter((item) => !item.optional);
  return (
    <Card as="section" aria-labelledby="publication-checklist-heading" id="langkah-terbit" className="space-y-4">
      <h2 id="publication-checklist-heading" className="text-2xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <p className="text-muted">{t("lead")}</p>
      <p className="font-medium">{t("progress", { done: required.filter((item) => item.done).length, total: required.length })}</p>
      <ol aria-labelledby="publication-checklist-heading" className="space-y-2">
        {checklist.items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              className="flex min-h-11 items-center gap-3 rounded-md border border-line bg-white px-3 py-2 text-ink no-underline hover:border-brand-600"
            >
              <span
                aria-hidden="true"
                className={[
                  "flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-bold",
                  item.done ? "bg-green-700 text-white" : "border border-line text-muted",
                ].join(" ")}
              >
                {item.done ? "✓" : ""}
              </span>
              <span>
                <span className="font-semibold">{tItems(item.key)}</span>
                {item.optional && item.done ? <span className="ml-1 text-sm text-muted">({t("optional")})</span> : null}
                <span className="block text-sm text-muted">{item.done ? t("done") : item.optional ? t("optionalTodo") : t("todo")}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
      {checklist.submitted ? <CurationStanding status={checklist.status} headingId="home-standing-heading" /> : null}
    </Card>
  );
}
