import { describe, expect, it } from "vitest";
import { csvBom, csvCell, csvLine, escapeCsvField, guardFormula, isoDay } from "./csv";

describe("CSV fields (RFC 4180)", () => {
  it("quotes fields holding a comma, a quote or a line break, doubling quotes", () => {
    expect(escapeCsvField("Batik Semarang")).toBe("Batik Semarang");
    expect(escapeCsvField("Kedelai, garam")).toBe('"Kedelai, garam"');
    expect(escapeCsvField('Bandeng "presto" Juwana')).toBe('"Bandeng ""presto"" Juwana"');
    expect(escapeCsvField("baris satu\nbaris dua")).toBe('"baris satu\nbaris dua"');
    expect(escapeCsvField("akhir\r")).toBe('"akhir\r"');
  });

  it("ends every line with CRLF and leaves empty values empty", () => {
    expect(csvLine(["a", null, 3, "d,e"])).toBe('a,,3,"d,e"\r\n');
  });

  it("starts the file with a UTF-8 byte order mark, so Excel reads Indonesian text right", () => {
    expect(csvBom).toBe("\uFEFF");
    expect(Buffer.from(csvBom, "utf8")).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("formula-injection guard", () => {
  it("prefixes text starting with = + - @ (and tab or carriage return) with an apostrophe", () => {
    for (const text of ["=HYPERLINK(\"http://x\")", "+6281234", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(guardFormula(text)).toBe(`'${text}`);
    }
    expect(guardFormula("Kripik = enak")).toBe("Kripik = enak");
    expect(guardFormula("")).toBe("");
  });

  it("guards text cells before quoting them, but never numbers", () => {
    expect(csvCell('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(1_250_000_000)).toBe("1250000000");
  });
});

describe("dates", () => {
  it("writes the calendar day in Jakarta time", () => {
    expect(isoDay(new Date("2026-09-30T16:59:59Z"))).toBe("2026-09-30");
    expect(isoDay(new Date("2026-09-30T17:00:00Z"))).toBe("2026-10-01");
    expect(csvCell(new Date("2026-12-31T18:00:00Z"))).toBe("2027-01-01");
  });
});
