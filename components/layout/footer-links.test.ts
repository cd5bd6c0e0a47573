import { describe, expect, it } from "vitest";
import { footerLinks } from "./footer-links";

describe("footerLinks", () => {
  it("offers Masuk and Daftar only to visitors who are not signed in", () => {
    expect(footerLinks(false).map(([href]) => href)).toEqual(["/", "/katalog", "/acara", "/daftar", "/masuk"]);
    expect(footerLinks(true).map(([href]) => href)).toEqual(["/", "/katalog", "/acara"]);
  });
});
