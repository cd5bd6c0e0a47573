import { describe, expect, it } from "vitest";
import { clampPageSize, pageCountOf, pageHref, pageWindow, parsePage, visiblePages } from "./pagination";

describe("parsePage", () => {
  it("accepts positive whole numbers and falls back to 1 otherwise", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(["2", "5"])).toBe(2);
    for (const value of [undefined, "", "0", "-1", "1.5", "abc", "9999999"]) expect(parsePage(value)).toBe(1);
  });
});

describe("page sizes and windows", () => {
  it("clamps the page size and computes skip/take", () => {
    expect(clampPageSize(undefined, 12)).toBe(12);
    expect(clampPageSize(500, 12)).toBe(50);
    expect(clampPageSize(0, 12)).toBe(1);
    expect(pageWindow(3, 12)).toEqual({ skip: 24, take: 12 });
  });

  it("counts at least one page", () => {
    expect(pageCountOf(0, 12)).toBe(1);
    expect(pageCountOf(25, 12)).toBe(3);
  });
});

describe("pageHref", () => {
  it("keeps other parameters and leaves page 1 out of the URL", () => {
    expect(pageHref("/katalog", 1, { q: "batik" })).toBe("/katalog?q=batik");
    expect(pageHref("/katalog", 2, { q: "batik tulis", page: "9" })).toBe("/katalog?q=batik+tulis&page=2");
    expect(pageHref("/acara", 1)).toBe("/acara");
  });
});

describe("visiblePages", () => {
  it("shows the ends and the neighbours of the current page with gaps", () => {
    expect(visiblePages(5, 12)).toEqual([1, null, 4, 5, 6, null, 12]);
    expect(visiblePages(1, 3)).toEqual([1, 2, 3]);
    expect(visiblePages(1, 1)).toEqual([1]);
  });
});
