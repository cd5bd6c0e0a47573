// The public catalog's search and filters as they travel in the URL (/katalog?q=...&kecamatan=...),
// parsed into a typed, bounded value and written back. Pure: no Next.js, no database.
//
// Every filter is optional. Multi-valued filters accept repeated parameters (what a GET form
// with checkboxes sends: sertifikat=HALAL&sertifikat=PIRT) and comma-separated values (what the
// links this module writes use). Anything unknown or malformed is dropped, never an error: a
// shared link with a stale option still shows a catalog.
import type { BusinessScale, CertificateType, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { parsePage } from "@/lib/pagination";
import { isCatalogSlug } from "./slug";
import { searchText } from "@/lib/http/text";

export const catalogSorts = ["relevan", "terbaru", "harga-terendah", "harga-tertinggi"] as const;
export type CatalogSort = (typeof catalogSorts)[number];

export const certificateTypes = ["HALAL", "PIRT", "BPOM_MD", "SNI", "HKI_MEREK", "ISO", "OTHER"] as const satisfies readonly CertificateType[];
export const businessScales = ["MIKRO", "KECIL", "MENENGAH", "BESAR"] as const satisfies readonly BusinessScale[];
export const readinessTiers = ["SIAP_EKSPOR", "SIAP_DENGAN_PENDAMPINGAN", "BELUM_SIAP"] as const satisfies readonly ExportReadinessTier[];

/** Longest search text used; longer input is cut rather than rejected. */
export const maxQueryLength = 100;
/** At most this many values per multi-valued filter (a URL cannot make the query arbitrarily large). */
export const maxValuesPerFilter = 20;
/** Upper bound for numeric filters (rupiah, units a month): above it the filter is ignored. */
export const maxFilterNumber = 1_000_000_000_000;

export interface CatalogFilters {
  q: string;
  /** KBLI division (2 digits) or group (3 digits) codes: a product matches when its code starts with one. */
  kbli: string[];
  certificates: CertificateType[];
  /** Kemendagri kecamatan codes, e.g. 33.74.01. */
  kecamatan: string[];
  scales: BusinessScale[];
  tiers: ExportReadinessTier[];
  /** Sentra slugs. */
  sentra: string[];
  /** Minimum monthly capacity of the product. */
  minCapacity: number | null;
  /** Price range in whole rupiah: products whose price range overlaps it. */
  priceMin: number | null;
  priceMax: number | null;
  sort: CatalogSort;
  page: number;
}

/** The URL parameter of each filter (Indonesian: the URL is part of the public interface). */
export const filterParams = {
  q: "q",
  kbli: "kbli",
  certificates: "sertifikat",
  kecamatan: "kecamatan",
  scales: "skala",
  tiers: "kesiapan",
  sentra: "sentra",
  minCapacity: "kapasitas",
  priceMin: "harga_min",
  priceMax: "harga_maks",
  sort: "urut",
  page: "page",
} as const;

export type SearchParams = Record<string, string | string[] | undefined>;

/** The search text: NUL bytes and other unsafe characters removed (lib/http/text.ts), spaces collapsed, cut. */
export function normaliseQuery(q: string | undefined): string {
  return searchText(q, maxQueryLength);
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function values(value: string | string[] | undefined): string[] {
  const raw = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return raw.flatMap((item) => item.split(",")).map((item) => item.trim()).filter((item) => item.length > 0);
}

function pick<T extends string>(value: string | string[] | undefined, accept: (item: string) => item is T): T[] {
  return [...new Set(values(value).filter(accept))].slice(0, maxValuesPerFilter);
}

function oneOf<T extends string>(options: readonly T[]) {
  return (item: string): item is T => (options as readonly string[]).includes(item);
}

const isKbliPrefix = (item: string): item is string => /^\d{2,3}$/.test(item);
const isKecamatanCode = (item: string): item is string => /^\d{2}\.\d{2}\.\d{2}$/.test(item);
const isSlug = (item: string): item is string => isCatalogSlug(item);

/** A whole, non-negative number typed into a filter box: "1.500.000", "1500000" and "1,500,000" all read 1500000. */
export function parseAmount(value: string | string[] | undefined): number | null {
  const raw = first(value)?.trim().replace(/[.,\s]/g, "");
  if (!raw || !/^\d{1,13}$/.test(raw)) return null;
  const amount = Number(raw);
  return amount <= maxFilterNumber ? amount : null;
}

export function parseCatalogFilters(params: SearchParams): CatalogFilters {
  const sort = first(params[filterParams.sort]);
  const q = normaliseQuery(first(params[filterParams.q]));
  let priceMin = parseAmount(params[filterParams.priceMin]);
  let priceMax = parseAmount(params[filterParams.priceMax]);
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin];
  return {
    q,
    kbli: pick(params[filterParams.kbli], isKbliPrefix),
    certificates: pick(params[filterParams.certificates], oneOf(certificateTypes)),
    kecamatan: pick(params[filterParams.kecamatan], isKecamatanCode),
    scales: pick(params[filterParams.scales], oneOf(businessScales)),
    tiers: pick(params[filterParams.tiers], oneOf(readinessTiers)),
    sentra: pick(params[filterParams.sentra], isSlug),
    minCapacity: parseAmount(params[filterParams.minCapacity]),
    priceMin,
    priceMax,
    // Relevance needs a search text; without one the newest come first.
    sort: sort !== undefined && oneOf(catalogSorts)(sort) ? sort : q ? "relevan" : "terbaru",
    page: parsePage(params[filterParams.page]),
  };
}

/** How many filter values are set besides the search text (each ticked option and each number). */
export function activeFilterCount(filters: CatalogFilters): number {
  const lists = [filters.kbli, filters.certificates, filters.kecamatan, filters.scales, filters.tiers, filters.sentra];
  const numbers = [filters.minCapacity, filters.priceMin, filters.priceMax];
  return lists.reduce((sum, list) => sum + list.length, 0) + numbers.filter((value) => value !== null).length;
}

/** The same search with every filter removed (the "Hapus saringan" link keeps the search text and sort). */
export function withoutFilters(filters: CatalogFilters): CatalogFilters {
  return { ...filters, kbli: [], certificates: [], kecamatan: [], scales: [], tiers: [], sentra: [],
    minCapacity: null, priceMin: null, priceMax: null, page: 1 };
}

/**
 * The query parameters for these filters (comma-joined lists, defaults left out), in a stable
 * order: for links such as pagination that keep the current search.
 */
export function catalogQuery(filters: CatalogFilters, { page = false }: { page?: boolean } = {}): Record<string, string | undefined> {
  const list = (items: readonly string[]) => (items.length > 0 ? items.join(",") : undefined);
  const amount = (value: number | null) => (value === null ? undefined : String(value));
  const defaultSort = filters.q ? "relevan" : "terbaru";
  return {
    [filterParams.q]: filters.q || undefined,
    [filterParams.kbli]: list(filters.kbli),
    [filterParams.certificates]: list(filters.certificates),
    [filterParams.kecamatan]: list(filters.kecamatan),
    [filterParams.scales]: list(filters.scales),
    [filterParams.tiers]: list(filters.tiers),
    [filterParams.sentra]: list(filters.sentra),
    [filterParams.minCapacity]: amount(filters.minCapacity),
    [filterParams.priceMin]: amount(filters.priceMin),
    [filterParams.priceMax]: amount(filters.priceMax),
    [filterParams.sort]: filters.sort === defaultSort ? undefined : filters.sort,
    [filterParams.page]: page && filters.page > 1 ? String(filters.page) : undefined,
  };
}

/** /katalog with these filters, e.g. for a link that removes one option. */
export function catalogHref(filters: CatalogFilters, pathname = "/katalog"): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(catalogQuery(filters, { page: true }))) {
    if (value !== undefined) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The public page of a sentra industri. */
export function sentraHref(slug: string): string {
  return `/katalog/sentra/${slug}`;
}
