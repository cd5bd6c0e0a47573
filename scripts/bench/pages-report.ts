// Pure parts of bench:pages: the figures taken from one Lighthouse report, the median of several
// runs per figure, and the document's size (raw and gzip), shaped into the JSON line it prints.
import { gzipSync } from "node:zlib";

export const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

/** The part of a Lighthouse result (LHR) that the benchmark reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>;
  audits: Record<string, { score: number | null; scoreDisplayMode?: string; numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
}

export interface RunFigures {
  performance: number;
  accessibility: number;
  best_practices: number;
  seo: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  /** Audits of the accessibility, best-practices and SEO categories that did not pass. */
  failing: string[];
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const score = (result: LighthouseResult, id: string) => {
  const value = result.categories[id]?.score;
  if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${id} score`);
  return Math.round(value * 100);
};

const numeric = (result: LighthouseResult, id: string) => {
  const value = result.audits[id]?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse gave no ${id} value`);
  return value;
};

export function figuresOf(result: LighthouseResult): RunFigures {
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.code} ${result.runtimeError.message}`);
  const failing = new Set<string>();
  for (const id of ["accessibility", "best-practices", "seo"]) {
    for (const { id: audit } of result.categories[id]?.auditRefs ?? []) {
      const found = result.audits[audit];
      if (found && found.score !== null && found.score < 1 && found.scoreDisplayMode !== "informative" && found.scoreDisplayMode !== "manual") failing.add(audit);
    }
  }
  return {
    performance: score(result, "performance"),
    accessibility: score(result, "accessibility"),
    best_practices: score(result, "best-practices"),
    seo: score(result, "seo"),
    lcp_ms: numeric(result, "largest-contentful-paint"),
    tbt_ms: numeric(result, "total-blocking-time"),
    cls: numeric(result, "cumulative-layout-shift"),
    failing: [...failing].sort(),
  };
}

export function documentBytes(html: string) {
  const raw = Buffer.from(html, "utf8");
  return { document_bytes: raw.length, document_gzip_bytes: gzipSync(raw).length };
}

/** One page's line in the output: the median of each figure over the runs, and the document size. */
export function pageSummary(runs: RunFigures[], document: { document_bytes: number; document_gzip_bytes: number }) {
  const of = (key: Exclude<keyof RunFigures, "failing">) => median(runs.map((run) => run[key]));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    best_practices: of("best_practices"),
    seo: of("seo"),
    lcp_ms: Math.round(of("lcp_ms")),
    tbt_ms: Math.round(of("tbt_ms")),
    cls: Math.round(of("cls") * 1000) / 1000,
    ...document,
    failing_audits: [...new Set(runs.flatMap((run) => run.failing))].sort(),
  };
}
