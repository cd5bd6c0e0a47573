import { describe, expect, it } from "vitest";
import { auditFilterQuery, auditFilterValues, isAuditAction, isAuditFiltered, noAuditFilters, parseAuditFilters } from "./filters";

describe("parseAuditFilters", () => {
  it("reads every filter, trimmed, from a URL or from Next's searchParams", () => {
    const expected = { actor: "siti@", entityType: "Enterprise", entityId: "e-1", action: "enterprise.publish", from: "2026-12-01", to: "2026-12-02" };
    const url = new URLSearchParams("actor=%20siti%40%20&entityType=Enterprise&entityId=e-1&action=enterprise.publish&from=2026-12-01&to=2026-12-02&page=3");
    expect(parseAuditFilters(url)).toEqual({ ok: true, filters: expected });
    expect(parseAuditFilters({ ...expected, actor: ["siti@", "other"] })).toEqual({ ok: true, filters: expected });
  });

  it("treats empty and missing fields as no filter", () => {
    expect(parseAuditFilters({ actor: "  ", action: "" })).toEqual({ ok: true, filters: noAuditFilters });
    expect(isAuditFiltered(noAuditFilters)).toBe(false);
  });

  it("refuses malformed values with a message per field, keeping what was typed", () => {
    const result = parseAuditFilters({ action: "user.hack", from: "2026-02-30", entityType: "Robert'); DROP", entityId: "x".repeat(129), actor: "a".repeat(255) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ action: "actionUnknown", from: "dateInvalid", entityType: "entityTypeInvalid", entityId: "entityIdTooLong", actor: "actorTooLong" });
    expect(result.values.action).toBe("user.hack");
    expect(result.values.to).toBe("");
  });

  it("refuses days outside 2000..2100 and text with a NUL byte or a lone surrogate", () => {
    const result = parseAuditFilters({ from: "0000-01-01", to: "99999-12-31", actor: "siti\u0000@", entityId: "e-\uD800" });
    expect(result).toMatchObject({ ok: false, errors: { from: "dateOutOfRange", to: "dateOutOfRange", actor: "invalidCharacters", entityId: "invalidCharacters" } });
    expect(parseAuditFilters({ from: "2000-01-01", to: "2100-12-31" }).ok).toBe(true);
  });

  it("refuses a period that ends before it starts, on the end date", () => {
    expect(parseAuditFilters({ from: "2026-12-02", to: "2026-12-01" })).toMatchObject({ ok: false, errors: { to: "periodBackwards" } });
    expect(parseAuditFilters({ from: "2026-12-02", to: "2026-12-02" }).ok).toBe(true);
  });
});

describe("auditFilterQuery", () => {
  it("keeps only the filters that are set, for links", () => {
    const query = auditFilterQuery({ ...noAuditFilters, action: "audit.export", from: "2026-01-01" });
    expect(Object.entries(query).filter(([, value]) => value !== undefined)).toEqual([
      ["action", "audit.export"],
      ["from", "2026-01-01"],
    ]);
    expect(auditFilterValues({ ...noAuditFilters, actor: "siti" })).toEqual({ actor: "siti", entityType: "", entityId: "", action: "", from: "", to: "" });
  });
});

describe("isAuditAction", () => {
  it("knows the actions the code writes and nothing else", () => {
    expect(isAuditAction("auth.sign-in")).toBe(true);
    expect(isAuditAction("audit.export")).toBe(true);
    expect(isAuditAction("auth.sign-in ")).toBe(false);
    expect(isAuditAction("toString")).toBe(false);
  });
});
