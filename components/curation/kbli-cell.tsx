import type { AppLocale } from "@/lib/i18n/config";

/** A KBLI code with its name in the reader's language, or what to say when there is none. */
export function KbliCell({
  kbli,
  locale,
  missing,
}: {
  kbli: { code: string; nameId: string; nameEn: string | null } | null;
  locale: AppLocale;
  missing: string;
}) {
  if (!kbli) return <>{missing}</>;
  return (
    <>
      <span className="font-mono">{kbli.code}</span> <span className="text-muted">{locale === "en" ? (kbli.nameEn ?? kbli.nameId) : kbli.nameId}</span>
    </>
  );
}
