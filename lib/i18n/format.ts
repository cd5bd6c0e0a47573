// Numbers, rupiah and dates for display, always through Intl and always in Jakarta time
// (WIB), whatever the server's own time zone. Pure: no Next.js or next-intl imports.
import { type AppLocale, intlLocales, timeZone } from "./config";

const timeZoneLabel = "WIB";

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: AppLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: AppLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], { ...options, timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

// Indonesian writes times as "09.00"; English as "9:00 AM".
function hourStyle(locale: AppLocale): "numeric" | "2-digit" {
  return locale === "id" ? "2-digit" : "numeric";
}

const rupiahOptions: Intl.NumberFormatOptions = {
  style: "currency",
  currency: "IDR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
};

/** Whole rupiah: "Rp 150.000" (id), "IDR 150,000" (en). */
export function formatRupiah(value: bigint | number, locale: AppLocale): string {
  return numberFormat(locale, rupiahOptions).format(value);
}

/** Short rupiah for large figures: "Rp 1,3 M" (id), "IDR 1.3B" (en). */
export function formatRupiahCompact(value: bigint | number, locale: AppLocale): string {
  return numberFormat(locale, { ...rupiahOptions, notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** A price range; either end may be missing. Null when both are. */
export function formatRupiahRange(
  min: bigint | number | null,
  max: bigint | number | null,
  locale: AppLocale,
): string | null {
  if (min !== null && max !== null) {
    return min === max ? formatRupiah(min, locale) : `${formatRupiah(min, locale)} – ${formatRupiah(max, locale)}`;
  }
  if (min !== null) return formatRupiah(min, locale);
  if (max !== null) return formatRupiah(max, locale);
  return null;
}

export function formatNumber(value: bigint | number, locale: AppLocale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** "16 Desember 2026" (id), "December 16, 2026" (en), in Jakarta time. */
export function formatDate(date: Date, locale: AppLocale): string {
  return dateFormat(locale, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** "16 Desember 2026 pukul 09.00 WIB" (id), "December 16, 2026 at 9:00 AM WIB" (en). */
export function formatDateTime(date: Date, locale: AppLocale): string {
  const text = dateFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: hourStyle(locale),
    minute: "2-digit",
  }).format(date);
  return `${text} ${timeZoneLabel}`;
}

/** "10.00 WIB" (id), "10:00 AM WIB" (en): a time on the event day, in Jakarta time. */
export function formatTimeOfDay(date: Date, locale: AppLocale): string {
  return `${dateFormat(locale, { hour: hourStyle(locale), minute: "2-digit" }).format(date)} ${timeZoneLabel}`;
}

/**
 * An event's schedule: "Rabu, 16 Desember 2026 09.00–16.00 WIB" on one day,
 * both dates and times when it spans several days.
 */
export function formatDateTimeRange(start: Date, end: Date, locale: AppLocale): string {
  const text = dateFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: hourStyle(locale),
    minute: "2-digit",
  }).formatRange(start, end);
  return `${text} ${timeZoneLabel}`;
}

/** A window of dates such as a registration period: "1–30 November 2026". */
export function formatDateRange(start: Date, end: Date, locale: AppLocale): string {
  return dateFormat(locale, { day: "numeric", month: "long", year: "numeric" }).formatRange(start, end);
}

/** An ISO 3166-1 alpha-2 code as a country name: "ID" -> "Indonesia", "JP" -> "Jepang" (id). */
export function formatCountry(code: string, locale: AppLocale): string {
  try {
    return new Intl.DisplayNames([intlLocales[locale]], { type: "region" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A name kept in both languages (KBLI titles, product names): English when asked and present. */
export function localName(item: { nameId: string; nameEn: string | null }, locale: AppLocale | string): string {
  return locale === "en" ? (item.nameEn ?? item.nameId) : item.nameId;
}

/** A KBLI code with its title, e.g. "13134 Industri batik tulis". */
export function kbliLabel(kbli: { code: string; nameId: string; nameEn: string | null }, locale: AppLocale | string): string {
  return `${kbli.code} ${localName(kbli, locale)}`;
}
