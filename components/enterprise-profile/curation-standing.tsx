import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import type { CurationStatus } from "@/lib/generated/prisma/enums";

/** Where the profile's review stands once submitted, and what the owner does next (also after a revision request). */
export async function CurationStanding({ status, headingId }: { status: CurationStatus; headingId: string }) {
  const [t, tExplain] = await Promise.all([getTranslations("EnterpriseProfile.standing"), getTranslations("CurationQueue.sme.explain")]);
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-md border border-line bg-white p-4">
      <h3 id={headingId} className="text-lg font-semibold text-brand-900">
        {t("heading")}
      </h3>
      <p>
        <CurationStatusBadge status={status} />
      </p>
      <p>{tExplain(status)}</p>
      {status === "SUBMITTED" ? <p className="text-muted">{t("whatNext")}</p> : null}
      <p>
        <Link href="/ikm/kurasi" className="font-semibold text-brand-800 underline">
          {t("openCuration")}
        </Link>
      </p>
    </section>
  );
}
