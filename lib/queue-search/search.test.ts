import { describe, expect, it } from "vitest";
import { isNarrowed, parseQueueSearch, queueSearchQuery } from "./search";

const statuses = ["SUBMITTED", "PUBLISHED"] as const;

describe("parseQueueSearch", () => {
  it("reads every field of a good query string", () => {
    const { search, ignored } = parseQueueSearch(
      { q: "  Batik   Semarang ", kecamatan: "33.74.04", kbli: "13", status: "SUBMITTED", dari: "2026-01-01", sampai: "2026-12-31", urut: "baru" },
      statuses,
    );
    expect(ignored).toEqual([]);
    expect(search).toEqual({ q: "Batik Semarang", kecamatan: "33.74.04", kbli: "13", status: "SUBMITTED", from: "2026-01-01", to: "2026-12-31", sort: "baru" });
    expect(isNarrowed(search)).toBe(true);
  });

  it("drops and names each bad value, keeping the good ones", () => {
    const { search, ignored } = parseQueueSearch(
      { q: "ok\u0000", kecamatan: "Semarang'; --", kbli: "131", status: "DRAFT", dari: "0000-01-01", sampai: "2026-02-30", urut: "acak" },
      statuses,
    );
    expect(ignored).toEqual(["q", "kecamatan", "kbli", "status", "from", "to", "sort"]);
    expect(search).toEqual({ q: "", kecamatan: null, kbli: null, status: null, from: null, to: null, sort: "lama" });
    expect(isNarrowed(search)).toBe(false);
  });

  it("drops the end of a period that ends before it starts, and text over 100 characters", () => {
    const { search, ignored } = parseQueueSearch({ dari: "2026-05-02", sampai: "2026-05-01", q: "x".repeat(101) }, statuses);
    expect(search.from).toBe("2026-05-02");
    expect(search.to).toBeNull();
    expect(ignored).toEqual(["q", "to"]);
  });

  it("takes the first of repeated parameters and leaves defaults out of links", () => {
    const { search } = parseQueueSearch({ q: ["Kandri", "lain"], urut: "lama" }, statuses);
    expect(search.q).toBe("Kandri");
    expect(queueSearchQuery(search)).toEqual({ q: "Kandri", kecamatan: undefined, kbli: undefined, status: undefined, dari: undefined, sampai: undefined, urut: undefined });
  });
});
