import { useTranslations } from "next-intl";
import type { ScaleResult } from "@/lib/enterprises/scale";

/** The business scale with the rule of PP 7/2021 that placed it there. */
export function ScaleSummary({ result, heading, headingId }: { result: ScaleResult | null; heading: string; headingId: string }) {
  const t = useTranslations("EnterpriseProfile");
  const tAll = useTranslations();
  type Key = Parameters<typeof tAll.has>[0];
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-line bg-brand-50 p-4">
      <h3 id={headingId} className="text-sm font-semibold text-muted">
        {heading}
      </h3>
      {result ? (
        <div role="status" className="mt-1 space-y-1">
          <p className="text-lg font-bold text-brand-900">{t(`scaleName.${result.scale}`)}</p>
          <p className="text-sm text-ink">{tAll(result.rule.key as Key, result.rule.values)}</p>
          {result.note ? <p className="text-sm text-muted">{tAll(result.note.key as Key, result.note.values)}</p> : null}
        </div>
      ) : (
        <p role="status" className="mt-1 text-sm text-ink">
          {t("business.scaleUnknown")}
        </p>
      )}
    </section>
  );
}
