// Indonesian first: English readers get the English text where there is one, else the
// Indonesian text marked with lang="id" so screen readers pronounce it right. Pure.
import type { AppLocale } from "@/lib/i18n/config";

export type LocalizedText = { text: string; lang: "id" | undefined };

export function localized(locale: AppLocale | string, indonesian: string, english: string | null | undefined): LocalizedText {
  if (locale !== "en") return { text: indonesian, lang: undefined };
  return english ? { text: english, lang: undefined } : { text: indonesian, lang: "id" };
}

/** A description shortened on a word boundary, for meta descriptions. */
export function summary(text: string, maxLength = 160): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}
