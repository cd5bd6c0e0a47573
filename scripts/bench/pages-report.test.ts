import { describe, expect, it } from "vitest";
import { documentBytes, figuresOf, type LighthouseResult, median, pageSummary } from "./pages-report";

function report(scores: Record<string, number>, lcp: number, tbt: number, cls: number, failing: string[] = []): LighthouseResult {
  const audits: LighthouseResult["audits"] = {
    "largest-contentful-paint": { score: 1, numericValue: lcp },
    "total-blocking-time": { score: 1, numericValue: tbt },
    "cumulative-layout-shift": { score: 1, numericValue: cls },
    "color-contrast": { score: failing.includes("color-contrast") ? 0 : 1, scoreDisplayMode: "binary" },
    "label-content-name-mismatch": { score: failing.includes("label-content-name-mismatch") ? 0 : 1, scoreDisplayMode: "binary" },
    "meta-description": { score: failing.includes("meta-description") ? 0 : 1, scoreDisplayMode: "binary" },
    "manual-check": { score: 0, scoreDisplayMode: "manual" },
    "not-applicable": { score: null, scoreDisplayMode: "notApplicable" },
  };
  const refs = (ids: string[]) => ids.map((id) => ({ id }));
  return {
    audits,
    categories: {
      performance: { score: scores.performance! / 100, auditRefs: refs(["largest-contentful-paint", "total-blocking-time"]) },
      accessibility: { score: scores.accessibility! / 100, auditRefs: refs(["color-contrast", "label-content-name-mismatch", "manual-check", "not-applicable"]) },
      "best-practices": { score: scores["best-practices"]! / 100, auditRefs: [] },
      seo: { score: scores.seo! / 100, auditRefs: refs(["meta-description"]) },
    },
  };
}

describe("bench:pages report", () => {
  it("takes the median: the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([410, 90, 5000])).toBe(410);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it("reads scores 0-100, LCP, TBT, CLS and the failing audits (not manual or not applicable ones)", () => {
    const figures = figuresOf(report({ performance: 87, accessibility: 96, "best-practices": 100, seo: 91 }, 1500.4, 510, 0.012, ["label-content-name-mismatch", "meta-description"]));
    expect(figures).toEqual({ performance: 87, accessibility: 96, best_practices: 100, seo: 91, lcp_ms: 1500.4, tbt_ms: 510, cls: 0.012, failing: ["label-content-name-mismatch", "meta-description"] });
  });

  it("refuses a report that has a runtime error or no score", () => {
    expect(() => figuresOf({ ...report({ performance: 0, accessibility: 0, "best-practices": 0, seo: 0 }, 0, 0, 0), runtimeError: { code: "NO_FCP", message: "no paint" } })).toThrow(/NO_FCP/);
    const noScore = report({ performance: 90, accessibility: 90, "best-practices": 90, seo: 90 }, 1, 1, 0);
    noScore.categories.seo = { score: null, auditRefs: [] };
    expect(() => figuresOf(noScore)).toThrow(/seo/);
  });

  it("shapes a page: the median of each figure separately, the document's raw and gzip bytes", () => {
    const runs = [
      figuresOf(report({ performance: 84, accessibility: 96, "best-practices": 100, seo: 100 }, 3100, 410, 0, ["color-contrast"])),
      figuresOf(report({ performance: 90, accessibility: 100, "best-practices": 96, seo: 100 }, 2900, 620, 0.1)),
      figuresOf(report({ performance: 86, accessibility: 96, "best-practices": 100, seo: 92 }, 3300, 300, 0.0504, ["meta-description"])),
    ];
    const html = `<!DOCTYPE html><html lang="id"><body>${"<p>Temu Usaha</p>".repeat(200)}</body></html>`;
    const document = documentBytes(html);
    expect(document.document_bytes).toBe(Buffer.byteLength(html));
    expect(document.document_gzip_bytes).toBeLessThan(document.document_bytes);
    expect(pageSummary(runs, document)).toEqual({
      performance: 86,
      accessibility: 96,
      best_practices: 100,
      seo: 100,
      lcp_ms: 3100,
      tbt_ms: 410,
      cls: 0.05,
      document_bytes: document.document_bytes,
      document_gzip_bytes: document.document_gzip_bytes,
      failing_audits: ["color-contrast", "meta-description"],
    });
  });
});
