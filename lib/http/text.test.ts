import { describe, expect, it } from "vitest";
import { firstValue, hasUnsafeCharacters, isReadablePath, searchText, stripUnsafeCharacters } from "./text";

const loneHigh = "\uD800";
const loneLow = "\uDC00";

describe("unsafe characters", () => {
  it("finds NUL, other control characters and lone surrogates, not tabs, newlines or emoji", () => {
    for (const value of ["a\u0000b", "\u0000", `x${loneHigh}`, `${loneLow}y`, "a\u0007", "\u007F", "a\u000Bb"]) expect(hasUnsafeCharacters(value), JSON.stringify(value)).toBe(true);
    for (const value of ["", "Batik Tulis", "baris 1\r\nbaris 2\tkolom", "kopi ☕", "😀 senyum", "Ñandú — ü"]) expect(hasUnsafeCharacters(value), value).toBe(false);
  });

  it("strips them and keeps everything else", () => {
    expect(stripUnsafeCharacters(`a\u0000b${loneHigh}c\u0007d`)).toBe("abcd");
    expect(stripUnsafeCharacters("😀\r\n\tok")).toBe("😀\r\n\tok");
  });
});

describe("searchText", () => {
  it("takes the first value, cleaned, collapsed and trimmed", () => {
    expect(searchText(["  batik\u0000  tulis ", "lain"])).toBe("batik tulis");
    expect(searchText("\u0000")).toBe("");
    expect(searchText(undefined)).toBe("");
    expect(searchText(`${loneHigh}kopi`)).toBe("kopi");
  });

  it("cuts at the limit without leaving half of a surrogate pair", () => {
    const cut = searchText(`${"a".repeat(99)}😀`, 100);
    expect(cut).toBe("a".repeat(99));
    expect(hasUnsafeCharacters(cut)).toBe(false);
    expect(searchText("x".repeat(5000))).toHaveLength(100);
  });

  it("reads the first of repeated parameters", () => {
    expect(firstValue(["a", "b"])).toBe("a");
    expect(firstValue("a")).toBe("a");
  });
});

describe("isReadablePath", () => {
  it("accepts ordinary paths, encoded spaces and UTF-8", () => {
    for (const path of ["/", "/katalog", "/katalog/pemasok/batik-semarang", "/a%20b", "/kopi%E2%98%95", "/foto/ikm/cabc123/small"]) expect(isReadablePath(path), path).toBe(true);
  });

  it("refuses NUL, lone surrogates and malformed percent-encoding", () => {
    for (const path of ["/acara/%00", "/acara/a%00b", "/acara/%ED%A0%80", "/acara/%F0%9F", "/acara/%", "/acara/%E0%A4%A", "/a/%07"]) expect(isReadablePath(path), path).toBe(false);
  });
});
