import "server-only";
import { db } from "@/lib/db";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import type { CatalogFilters } from "./filters";
import { type CatalogProduct, catalogProductSelect } from "./queries";
import { catalogSearchSql, type FacetName, type MatchMode, type SearchRow } from "./search-sql";
import { correctQuery } from "./search-typos";
import { catalogVocabulary } from "./search-vocabulary";
import { publishedProductWhere } from "./visibility";

export const catalogPageSize = 12;

export interface FacetOption {
  value: string;
  count: number;
  /** Indonesian and English names where the value is a code (KBLI, kecamatan, sentra). */
  labelId?: string;
  labelEn?: string | null;
  /** For a KBLI group: its division's code, so the page can nest groups under divisions. */
  parent?: string;
}

export interface CatalogSearchResult {
  items: CatalogProduct[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  /** True when nothing matched the words as typed and the results are for corrected words or close spellings. */
  fuzzy: boolean;
  /** The corrected search the results are for, when typos were corrected. */
  correctedQuery: string | null;
  facets: Record<FacetName, FacetOption[]>;
}

// Browsing without a search text counts over every public product the filters leave, the one
// expensive case (tens of thousands of rows). Its facet counts are kept per process, keyed by
// the filters, while the database's catalog_version counter (moved on by every write to
// Product, see the catalog_search migration) stands still, and for a minute at most
// (certificates expire without a write). The total and the list are always fresh.
const browseCacheTtlMs = 60_000;
const browseCacheSize = 200;
const browseCache = new Map<string, { at: number; version: string; facets: SearchRow["facets"] }>();

function browseKey(filters: CatalogFilters): string | null {
  if (filters.q) return null;
  const { kbli, certificates, kecamatan, scales, tiers, sentra, minCapacity, priceMin, priceMax } = filters;
  return JSON.stringify([kbli, certificates, kecamatan, scales, tiers, sentra, minCapacity, priceMin, priceMax]);
}

export interface SearchOutcome extends SearchRow {
  /** True when nothing matched the words as typed and the results are for corrected words or close spellings. */
  fuzzy: boolean;
  /** The corrected search the results are for, when typos were corrected. */
  correctedQuery: string | null;
}

/** The catalog_version counter: moved on by every write to Product (see the catalog_search migration). */
async function catalogVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ version: bigint }[]>`SELECT last_value AS version FROM catalog_version`;
  return String(row?.version ?? "");
}

async function runSql(filters: CatalogFilters, pageSize: number, withFacets: boolean, mode: MatchMode = "text") {
  const [row] = await db.$queryRaw<SearchRow[]>(catalogSearchSql(filters, pageSize, withFacets, mode));
  if (!row) throw new Error("catalog search returned no row");
  return row;
}

/**
 * Runs the search with plain queries, no transaction: the settings it needs (no JIT, the
 * word-similarity threshold of the last-resort trigram match) belong to every connection of the
 * app (connectionSettings in lib/database/adapters.ts), so a page view holds a pooled connection
 * only while a query runs.
 *
 * When the words match no public product at all, the unknown words are corrected from the
 * vocabulary of product names ("batk tulis" -> "batik tulis") and the full text runs again; if
 * that finds nothing either, names with a close spelling are matched instead.
 */
async function runSearch(filters: CatalogFilters, pageSize: number, useCache: boolean): Promise<SearchOutcome> {
  const key = useCache ? browseKey(filters) : null;
  // The version is read before the search, so cached facets are never older than their version.
  const version = await catalogVersion();
  const cached = key === null ? undefined : browseCache.get(key);
  const hit = cached !== undefined && cached.version === version && Date.now() - cached.at < browseCacheTtlMs;
  const first = await runSql(filters, pageSize, !hit);
  if (hit) first.facets = cached.facets;
  else if (key !== null) {
    browseCache.delete(key);
    if (browseCache.size >= browseCacheSize) browseCache.delete(browseCache.keys().next().value as string);
    browseCache.set(key, { at: Date.now(), version, facets: first.facets });
  }
  if (!filters.q || first.matchedAny) return { ...first, fuzzy: false, correctedQuery: null };

  const corrected = correctQuery(filters.q, await catalogVocabulary(version));
  if (corrected) {
    const retry = await runSql({ ...filters, q: corrected }, pageSize, true);
    if (retry.matchedAny) return { ...retry, fuzzy: true, correctedQuery: corrected };
  }
  return { ...(await runSql(filters, pageSize, true, "names")), fuzzy: true, correctedQuery: null };
}

type Labels = Map<string, { labelId: string; labelEn: string | null }>;

// KBLI divisions and groups and the kecamatan are reference data (seeded from files, never
// edited by the app): their names are read once per process.
let referenceLabels: Promise<{ kbli: Labels; kecamatan: Labels }> | null = null;

function loadReferenceLabels() {
  referenceLabels ??= Promise.all([
    db.kbli.findMany({ where: { version: KBLI_VERSION, level: { in: ["DIVISION", "GROUP"] } }, select: { code: true, nameId: true, nameEn: true } }),
    db.kecamatan.findMany({ select: { code: true, name: true } }),
  ]).then(([kbli, kecamatan]) => ({
    kbli: new Map(kbli.map((row) => [row.code, { labelId: row.nameId, labelEn: row.nameEn }])),
    kecamatan: new Map(kecamatan.map((row) => [row.code, { labelId: row.name, labelEn: null }])),
  }));
  referenceLabels.catch(() => {
    referenceLabels = null;
  });
  return referenceLabels;
}

async function facetLabels(sentraIds: string[]) {
  const [reference, sentra] = await Promise.all([
    loadReferenceLabels(),
    sentraIds.length > 0 ? db.sentra.findMany({ where: { id: { in: sentraIds } }, select: { id: true, slug: true, name: true } }) : [],
  ]);
  return { ...reference, sentra: new Map(sentra.map((row) => [row.id, { slug: row.slug, name: row.name }])) };
}

const byCountThenLabel = (a: FacetOption, b: FacetOption) =>
  b.count - a.count || (a.labelId ?? a.value).localeCompare(b.labelId ?? b.value, "id");

async function buildFacets(rows: SearchRow["facets"]): Promise<Record<FacetName, FacetOption[]>> {
  const grouped: Record<FacetName, FacetOption[]> = { kbli: [], certificate: [], kecamatan: [], scale: [], tier: [], sentra: [] };
  for (const [facet, value, count] of rows) grouped[facet]?.push({ value, count });
  const labels = await facetLabels(grouped.sentra.map((option) => option.value));
  const withLabel = (options: FacetOption[], map: Labels) =>
    options.map((option) => ({ ...option, ...map.get(option.value) })).sort(byCountThenLabel);
  return {
    // Divisions (2 digits) by count, each followed by its groups (3 digits).
    kbli: withLabel(grouped.kbli, labels.kbli).map((option) =>
      option.value.length === 3 ? { ...option, parent: option.value.slice(0, 2) } : option,
    ),
    certificate: grouped.certificate.sort(byCountThenLabel),
    kecamatan: withLabel(grouped.kecamatan, labels.kecamatan),
    scale: grouped.scale.sort(byCountThenLabel),
    tier: grouped.tier.sort(byCountThenLabel),
    // Sentra travel by slug in the URL: swap the id for the slug here.
    sentra: grouped.sentra
      .flatMap((option) => {
        const sentra = labels.sentra.get(option.value);
        return sentra ? [{ value: sentra.slug, count: option.count, labelId: sentra.name, labelEn: null }] : [];
      })
      .sort(byCountThenLabel),
  };
}

/**
 * One page of the public catalog for these filters, with the total and every filter option's
 * count. Only public products (lib/catalog/visibility.ts) are ever matched or counted.
 */
export async function searchCatalog(filters: CatalogFilters, pageSize = catalogPageSize): Promise<CatalogSearchResult> {
  const row = await runSearch(filters, pageSize, true);
  const [products, facets] = await Promise.all([
    row.ids.length > 0 ? db.product.findMany({ where: { id: { in: row.ids }, ...publishedProductWhere }, select: catalogProductSelect }) : [],
    buildFacets(row.facets),
  ]);
  const byId = new Map(products.map((product) => [product.id, product]));
  const items = row.ids.flatMap((id) => byId.get(id) ?? []);
  return {
    items,
    total: row.total,
    page: filters.page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(row.total / pageSize)),
    fuzzy: row.fuzzy,
    correctedQuery: row.correctedQuery,
    facets,
  };
}

/** The search and all counts (never cached), without product cards or labels: what the benchmark times. */
export async function searchCatalogIds(filters: CatalogFilters, pageSize = catalogPageSize): Promise<SearchOutcome> {
  return runSearch(filters, pageSize, false);
}
