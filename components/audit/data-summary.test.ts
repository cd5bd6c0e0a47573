import { describe, expect, it } from "vitest";
import { summarizeAuditData } from "./data-summary";

describe("summarizeAuditData", () => {
  it("reads an object as key: value pairs, leaving out empty ones", () => {
    expect(summarizeAuditData({ from: "SME", to: "STAFF", note: null, count: 3, tags: ["a"] })).toBe('from: SME · to: STAFF · count: 3 · tags: ["a"]');
  });

  it("shows nothing for no data and a plain value as itself", () => {
    expect(summarizeAuditData(null)).toBe("");
    expect(summarizeAuditData("csv")).toBe("csv");
    expect(summarizeAuditData([1, 2])).toBe("[1,2]");
  });

  it("cuts long data at 120 characters with an ellipsis", () => {
    const summary = summarizeAuditData({ reason: "x".repeat(300) });
    expect(summary).toHaveLength(120);
    expect(summary.endsWith("…")).toBe(true);
  });
});
