// The countries a buyer can name at sign-up: Indonesia and the markets Semarang's industry
// sells to most (ASEAN, East Asia, the Middle East, Europe, the Americas, Oceania). Names come
// from Intl in the page's language, so no country name needs translating. Pure: no I/O.
import { type AppLocale, intlLocales } from "@/lib/i18n/config";

export const buyerCountryCodes = [
  "ID", "MY", "SG", "TH", "VN", "PH", "BN", "KH", "LA", "MM", "TL", "CN", "HK", "TW", "JP", "KR", "IN", "BD", "PK",
  "AE", "SA", "QA", "KW", "OM", "TR", "EG", "AU", "NZ", "US", "CA", "MX", "BR", "GB", "NL", "DE", "FR", "BE", "IT",
  "ES", "CH", "SE", "RU", "ZA", "NG",
] as const;

/** Export markets (an SME's, a buyer's destinations): the list without Indonesia itself. */
export const exportCountryCodes = buyerCountryCodes.filter((code) => code !== "ID");

/** Indonesia first, the rest by name in the given language. */
export function buyerCountryOptions(locale: AppLocale): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([intlLocales[locale]], { type: "region" });
  const [home, ...rest] = buyerCountryCodes.map((code) => ({ code, name: names.of(code) ?? code }));
  const collator = new Intl.Collator(intlLocales[locale]);
  return [...(home ? [home] : []), ...rest.sort((a, b) => collator.compare(a.name, b.name))];
}
