// Locales of the portal. URLs carry no locale: the choice lives in a cookie, so every
// language shares the Indonesian route names (/katalog, /acara, /masuk ...).
export const locales = ["id", "en"] as const;

export type AppLocale = (typeof locales)[number];

export const defaultLocale: AppLocale = "id";

export const localeCookieName = "NEXT_LOCALE";

/** One year, in seconds. */
export const localeCookieMaxAge = 60 * 60 * 24 * 365;

/** Every date and time on the portal is shown in the city's own time (WIB). */
export const timeZone = "Asia/Jakarta";

/** BCP 47 tags given to Intl for each portal locale. */
export const intlLocales: Record<AppLocale, string> = {
  id: "id-ID",
  en: "en-US",
};

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The portal locale for a cookie (or any other) value, falling back to Bahasa Indonesia. */
export function resolveLocale(value: string | null | undefined): AppLocale {
  return isAppLocale(value) ? value : defaultLocale;
}
