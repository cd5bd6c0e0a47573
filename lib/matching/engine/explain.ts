// Turns a component's explanation (a message key and raw values) into a sentence in the reader's
// language: certificate codes become their names, country codes their names. Pure given the
// message catalogs; used by pages and by the tests that check every explanation reads well.
import { createTranslator } from "next-intl";
import type { CertificateType } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { formatCountry } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";

export interface Explanation {
  key: string;
  values: Record<string, string | number>;
}

export function explanationText(explanation: Explanation, locale: AppLocale): string {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "Matching.explain" });
  const tEnums = createTranslator({ locale, messages: catalogs[locale], namespace: "Enums" });
  const values: Record<string, string | number> = { ...explanation.values };
  // Lists of certificate codes (a pair's missing ones, a consortium's common ones) become names.
  for (const name of ["missing", "certificates"]) {
    const list = values[name];
    if (typeof list !== "string") continue;
    values[name] = list
      .split(",")
      .filter(Boolean)
      .map((type) => tEnums(`certificateType.${type as CertificateType}`))
      .join(", ");
  }
  if (typeof values.country === "string" && /^[A-Z]{2}$/.test(values.country)) values.country = formatCountry(values.country, locale);
  // Keys are built from known parts by lib/matching; the catalog test checks each one exists.
  return t(explanation.key as Parameters<typeof t>[0], values);
}
