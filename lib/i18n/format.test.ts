import { describe, expect, it } from "vitest";
import {
  formatCountry,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDateTimeRange,
  formatNumber,
  formatRupiah,
  formatRupiahRange,
} from "./format";

// Intl separates currency symbols and times with (narrow) no-break spaces; compare on plain spaces.
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, " ");
}

describe("formatRupiah", () => {
  it("formats whole rupiah in Indonesian with dots for thousands and no decimals", () => {
    expect(plain(formatRupiah(150000n, "id"))).toBe("Rp 150.000");
    expect(plain(formatRupiah(1_250_000, "id"))).toBe("Rp 1.250.000");
  });

  it("formats rupiah in English with the IDR code and commas", () => {
    expect(plain(formatRupiah(150000n, "en"))).toBe("IDR 150,000");
  });

  it("keeps bigints beyond Number.MAX_SAFE_INTEGER exact", () => {
    expect(plain(formatRupiah(9_007_199_254_740_993n, "id"))).toBe("Rp 9.007.199.254.740.993");
  });

  it("rounds fractional numbers to whole rupiah", () => {
    expect(plain(formatRupiah(999.6, "id"))).toBe("Rp 1.000");
  });
});

describe("formatRupiahRange", () => {
  it("joins both ends, collapses equal ends and handles missing ends", () => {
    expect(plain(formatRupiahRange(10000n, 25000n, "id") ?? "")).toBe("Rp 10.000 – Rp 25.000");
    expect(plain(formatRupiahRange(10000n, 10000n, "id") ?? "")).toBe("Rp 10.000");
    expect(plain(formatRupiahRange(null, 5000n, "en") ?? "")).toBe("IDR 5,000");
    expect(formatRupiahRange(null, null, "id")).toBeNull();
  });
});

describe("formatNumber", () => {
  it("groups thousands per locale", () => {
    expect(formatNumber(1234567, "id")).toBe("1.234.567");
    expect(formatNumber(1234567n, "en")).toBe("1,234,567");
  });
});

describe("dates in Asia/Jakarta", () => {
  // 17:30 UTC on 15 December is already 00:30 on 16 December in Jakarta (UTC+7).
  const lateEvening = new Date("2026-12-15T17:30:00Z");

  it("uses the Jakarta calendar day whatever the server's time zone", () => {
    expect(formatDate(lateEvening, "id")).toBe("16 Desember 2026");
    expect(formatDate(lateEvening, "en")).toBe("December 16, 2026");
  });

  it("shows date and time with the WIB label", () => {
    expect(plain(formatDateTime(new Date("2026-12-16T02:00:00Z"), "id"))).toBe("16 Desember 2026 pukul 09.00 WIB");
    expect(plain(formatDateTime(new Date("2026-12-16T02:00:00Z"), "en"))).toBe("December 16, 2026 at 9:00 AM WIB");
  });

  it("shows a one-day event as one date with a time range", () => {
    const text = plain(formatDateTimeRange(new Date("2026-12-16T02:00:00Z"), new Date("2026-12-16T09:00:00Z"), "id"));
    expect(text).toBe("Rabu, 16 Desember 2026 09.00–16.00 WIB");
  });

  it("shows a registration window as a date range", () => {
    const text = plain(formatDateRange(new Date("2026-11-01T01:00:00Z"), new Date("2026-11-30T10:00:00Z"), "id"));
    expect(text).toBe("1–30 November 2026");
  });
});

describe("formatCountry", () => {
  it("names countries in the reader's language and passes unknown codes through", () => {
    expect(formatCountry("JP", "id")).toBe("Jepang");
    expect(formatCountry("jp", "en")).toBe("Japan");
    expect(formatCountry("not-a-code", "en")).toBe("not-a-code");
  });
});

describe("names in both languages", () => {
  it("uses the English name only when asked and present, and prefixes a KBLI code", async () => {
    const { kbliLabel, localName } = await import("./format");
    expect(localName({ nameId: "Batik tulis", nameEn: "Hand-drawn batik" }, "en")).toBe("Hand-drawn batik");
    expect(localName({ nameId: "Batik tulis", nameEn: null }, "en")).toBe("Batik tulis");
    expect(localName({ nameId: "Batik tulis", nameEn: "Hand-drawn batik" }, "id")).toBe("Batik tulis");
    expect(kbliLabel({ code: "13134", nameId: "Industri batik tulis", nameEn: null }, "id")).toBe("13134 Industri batik tulis");
  });
});
