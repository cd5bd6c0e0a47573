import { useTranslations } from "next-intl";
import type { MessageRef } from "@/lib/export-readiness/score";

/** Translates the reasons and next steps the scoring returns as message keys with values. */
export function MessageRefList({ refs, ordered = false }: { refs: readonly MessageRef[]; ordered?: boolean }) {
  const t = useTranslations();
  type Key = Parameters<typeof t.has>[0];
  const items = refs.map((ref) => (
    <li key={ref.key}>{t.has(ref.key as Key) ? t(ref.key as Key, ref.values as never) : t("Errors.failed")}</li>
  ));
  return ordered ? (
    <ol className="list-decimal space-y-2 pl-6">{items}</ol>
  ) : (
    <ul className="list-disc space-y-2 pl-6">{items}</ul>
  );
}
