import { describe, expect, it } from "vitest";
import { activeHref, isActivePath, isProtectedPath, navItemsFor, safeCallbackPath } from "./navigation";

describe("navItemsFor", () => {
  it("shows anonymous visitors only the public links", () => {
    expect(navItemsFor(null).map((item) => item.href)).toEqual(["/", "/katalog", "/acara"]);
  });

  it("adds the role's own area, and both staff and admin areas for admins", () => {
    expect(navItemsFor("SME").map((item) => item.href)).toContain("/ikm");
    expect(navItemsFor("BUYER").map((item) => item.href)).toContain("/pembeli");
    expect(navItemsFor("ADMIN").map((item) => item.href)).toEqual(["/", "/katalog", "/acara", "/staf", "/admin"]);
    expect(navItemsFor("SME").map((item) => item.href)).not.toContain("/staf");
  });
});

describe("isActivePath", () => {
  it("matches a section and its subpaths but not look-alike prefixes", () => {
    expect(isActivePath("/acara/temu-usaha", "/acara")).toBe(true);
    expect(isActivePath("/acaraku", "/acara")).toBe(false);
    expect(isActivePath("/katalog", "/")).toBe(false);
    expect(isActivePath("/", "/")).toBe(true);
  });
});

describe("isProtectedPath", () => {
  it("covers the role areas and their subpaths only", () => {
    expect(isProtectedPath("/staf")).toBe(true);
    expect(isProtectedPath("/admin/pengguna")).toBe(true);
    expect(isProtectedPath("/stafx")).toBe(false);
    expect(isProtectedPath("/katalog")).toBe(false);
  });
});

describe("safeCallbackPath", () => {
  it("keeps same-site paths with their query", () => {
    expect(safeCallbackPath("/staf")).toBe("/staf");
    expect(safeCallbackPath("/katalog?q=batik&page=2")).toBe("/katalog?q=batik&page=2");
  });

  it("rejects other sites, protocol-relative and scheme URLs", () => {
    for (const value of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null]) {
      expect(safeCallbackPath(value)).toBeNull();
    }
  });

  it("does not send a user back to the sign-in page", () => {
    expect(safeCallbackPath("/masuk?callbackUrl=/staf")).toBeNull();
  });
});

describe("activeHref", () => {
  it("marks the closest link when one href lies below another", () => {
    expect(activeHref("/akun/notifikasi", ["/akun/notifikasi", "/akun"])).toBe("/akun/notifikasi");
    expect(activeHref("/akun/unduh-data", ["/akun/notifikasi", "/akun"])).toBe("/akun");
    expect(activeHref("/katalog/produk/x", ["/", "/katalog", "/acara"])).toBe("/katalog");
    expect(activeHref("/masuk", ["/", "/katalog"])).toBeUndefined();
  });
});
