// The catalog search as one SQL statement: the page of product ids, the total and the count
// of every filter option, over the public products that match the search text.
//
// Matching: PostgreSQL full-text search over the Indonesian and English names and
// descriptions (Product."searchDocument", names weigh most), ranked by ts_rank. For typos
// (lib/catalog/search.ts) the same runs again with corrected words, and as a last resort the
// "names" mode matches names with a close spelling (pg_trgm word similarity, index
// Product_searchName_idx), ranked by that similarity.
//
// Facet counts follow the usual rule: each filter's option counts apply every OTHER active
// filter, so ticking an option lists exactly as many products as its count said. Within a
// filter the options are alternatives (OR); different filters combine with AND.
//
// Every value travels as a bind parameter. The only SQL text chosen from input is the ORDER BY,
// picked from the fixed map below.
import { Prisma } from "@/lib/generated/prisma/client";
import type { CatalogFilters, CatalogSort } from "./filters";
import { publishedProductSql } from "./visibility";

export type FacetName = "kbli" | "certificate" | "kecamatan" | "scale" | "tier" | "sentra";

export interface SearchRow {
  total: number;
  matchedAny: boolean;
  ids: string[];
  /** [facet, value, count] */
  facets: [FacetName, string, number][];
}

const orderBy: Record<CatalogSort, Prisma.Sql> = {
  relevan: Prisma.sql`rank DESC, "publishedAt" DESC NULLS LAST, id`,
  terbaru: Prisma.sql`"publishedAt" DESC NULLS LAST, id`,
  "harga-terendah": Prisma.sql`"priceMinRupiah" ASC NULLS LAST, id`,
  "harga-tertinggi": Prisma.sql`"priceMaxRupiah" DESC NULLS LAST, id`,
};

/** Conditions that are not facets (capacity, price) narrow the rows before any counting. */
function rangeConditions(filters: CatalogFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filters.minCapacity !== null) parts.push(Prisma.sql`p."monthlyCapacity" >= ${filters.minCapacity}`);
  if (filters.priceMin !== null) parts.push(Prisma.sql`coalesce(p."priceMaxRupiah", p."priceMinRupiah") >= ${BigInt(filters.priceMin)}`);
  if (filters.priceMax !== null) parts.push(Prisma.sql`coalesce(p."priceMinRupiah", p."priceMaxRupiah") <= ${BigInt(filters.priceMax)}`);
  return parts.length > 0 ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

const columns = Prisma.sql`p.id, p."publishedAt", p."priceMinRupiah", p."priceMaxRupiah",
  p."catalogKbliCode" AS kbli, p."catalogKecamatanCode" AS kecamatan, p."catalogScale"::text AS scale,
  p."catalogTier"::text AS tier, p."catalogSentraId" AS sentra,
  (CASE WHEN p."catalogCertificatesUntil" IS NULL OR p."catalogCertificatesUntil" >= CURRENT_DATE
     THEN p."catalogCertificates"
     ELSE ARRAY(SELECT DISTINCT c."type" FROM "Certificate" c
                WHERE c."enterpriseId" = p."enterpriseId" AND (c."expiresAt" IS NULL OR c."expiresAt" >= CURRENT_DATE))
   END)::text[] AS certs`;

/**
 * How the search text matches: "text" is the full text (Indonesian and English stems, names weigh
 * most); "names" is the last resort for typos, names with a close spelling (pg_trgm).
 */
export type MatchMode = "text" | "names";

const tsqueryOf = (q: string) => Prisma.sql`(websearch_to_tsquery('indonesian', ${q}) || websearch_to_tsquery('english', ${q}))`;

/** The matching public products with their facet values and rank (the base of every count). */
function baseQuery(filters: CatalogFilters, mode: MatchMode): Prisma.Sql {
  const visible = publishedProductSql("p");
  const ranges = rangeConditions(filters);
  if (!filters.q) return Prisma.sql`SELECT ${columns}, 0::real AS rank FROM "Product" p WHERE ${visible}${ranges}`;
  if (mode === "names") {
    return Prisma.sql`SELECT ${columns}, word_similarity(${filters.q}, p."searchName") AS rank
      FROM "Product" p WHERE ${visible} AND ${filters.q} <% p."searchName"${ranges}`;
  }
  const tsquery = tsqueryOf(filters.q);
  return Prisma.sql`SELECT ${columns}, ts_rank(p."searchDocument", ${tsquery}) AS rank
    FROM "Product" p WHERE ${visible} AND p."searchDocument" @@ ${tsquery}${ranges}`;
}

/** The condition of each active filter on a base row; unset filters are absent. */
function facetConditions(filters: CatalogFilters): Partial<Record<FacetName, Prisma.Sql>> {
  const conditions: Partial<Record<FacetName, Prisma.Sql>> = {};
  if (filters.kbli.length > 0) conditions.kbli = Prisma.sql`(left(kbli, 2) = ANY(${filters.kbli}::text[]) OR left(kbli, 3) = ANY(${filters.kbli}::text[]))`;
  if (filters.certificates.length > 0) conditions.certificate = Prisma.sql`certs && ${filters.certificates}::text[]`;
  if (filters.kecamatan.length > 0) conditions.kecamatan = Prisma.sql`kecamatan = ANY(${filters.kecamatan}::text[])`;
  if (filters.scales.length > 0) conditions.scale = Prisma.sql`scale = ANY(${filters.scales}::text[])`;
  if (filters.tiers.length > 0) conditions.tier = Prisma.sql`tier = ANY(${filters.tiers}::text[])`;
  if (filters.sentra.length > 0) {
    conditions.sentra = Prisma.sql`sentra IN (SELECT s.id FROM "Sentra" s WHERE s.slug = ANY(${filters.sentra}::text[]))`;
  }
  return conditions;
}

const facetNames: FacetName[] = ["kbli", "certificate", "kecamatan", "scale", "tier", "sentra"];

/** Flag columns for the active filters, computed once per row in the base. */
function flagColumns(conditions: Partial<Record<FacetName, Prisma.Sql>>): Prisma.Sql {
  const columns = facetNames.flatMap((name) => {
    const condition = conditions[name];
    return condition ? [Prisma.sql`${condition} AS ${Prisma.raw(`f_${name}`)}`] : [];
  });
  return columns.length > 0 ? Prisma.sql`, ${Prisma.join(columns, ", ")}` : Prisma.empty;
}

/** The AND of every active filter's flag except `except`'s (true when there is none). */
function passing(conditions: Partial<Record<FacetName, Prisma.Sql>>, except?: FacetName): Prisma.Sql {
  const names = facetNames.filter((name) => name !== except && conditions[name] !== undefined).map((name) => `f_${name}`);
  return Prisma.raw(names.length > 0 ? names.join(" AND ") : "true");
}

function facetCounts(conditions: Partial<Record<FacetName, Prisma.Sql>>): Prisma.Sql {
  const where = (facet: FacetName) => passing(conditions, facet);
  return Prisma.sql`
    SELECT 'kbli' AS facet, left(kbli, 2) AS value, count(*)::int AS n FROM base WHERE ${where("kbli")} AND kbli IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 'kbli', left(kbli, 3), count(*)::int FROM base WHERE ${where("kbli")} AND kbli IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 'certificate', c, count(*)::int FROM base, unnest(certs) AS c WHERE ${where("certificate")} GROUP BY 2
    UNION ALL
    SELECT 'kecamatan', kecamatan, count(*)::int FROM base WHERE ${where("kecamatan")} AND kecamatan IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 'scale', scale, count(*)::int FROM base WHERE ${where("scale")} AND scale IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 'tier', tier, count(*)::int FROM base WHERE ${where("tier")} AND tier IS NOT NULL GROUP BY 2
    UNION ALL
    SELECT 'sentra', sentra, count(*)::int FROM base WHERE ${where("sentra")} AND sentra IS NOT NULL GROUP BY 2`;
}

export function catalogSearchSql(filters: CatalogFilters, pageSize: number, withFacets = true, mode: MatchMode = "text"): Prisma.Sql {
  const offset = (filters.page - 1) * pageSize;
  const conditions = facetConditions(filters);
  const all = passing(conditions);
  const facets = withFacets
    ? Prisma.sql`(SELECT coalesce(json_agg(json_build_array(facet, value, n)), '[]'::json) FROM (${facetCounts(conditions)}) AS counts)`
    : Prisma.sql`'[]'::json`;
  // With the counts, the base is computed once and read by every count. Without them (counts
  // cached), PostgreSQL may plan the total and the page separately, with indexes.
  const materialized = withFacets ? Prisma.sql`MATERIALIZED` : Prisma.sql`NOT MATERIALIZED`;
  // Whether the words match any public product at all, whatever the filters: when they do not,
  // lib/catalog/search.ts tries again with typos corrected.
  const matchedAny =
    filters.q && mode === "text"
      ? Prisma.sql`EXISTS (SELECT 1 FROM "Product" x WHERE ${publishedProductSql("x")} AND x."searchDocument" @@ ${tsqueryOf(filters.q)})`
      : Prisma.sql`true`;
  return Prisma.sql`
    WITH base AS ${materialized} (SELECT *${flagColumns(conditions)} FROM (${baseQuery(filters, mode)}) AS matched)
    SELECT
      (SELECT count(*)::int FROM base WHERE ${all}) AS total,
      ${matchedAny} AS "matchedAny",
      (SELECT coalesce(json_agg(id), '[]'::json) FROM (
         SELECT id FROM base WHERE ${all} ORDER BY ${orderBy[filters.sort]} LIMIT ${pageSize} OFFSET ${offset}
       ) AS page) AS ids,
      ${facets} AS facets`;
}
