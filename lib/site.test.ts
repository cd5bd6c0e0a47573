import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "./env";
import { displayUrl, siteConfig, telHref } from "./site";

describe("the site configuration", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCache();
  });

  it("is built once, not again for every component that reads it", () => {
    expect(siteConfig()).toBe(siteConfig());
    expect(Object.isFrozen(siteConfig())).toBe(true);
  });

  it("follows a changed configuration", () => {
    vi.stubEnv("SITE_CITY", "Kota Uji");
    resetEnvCache();
    expect(siteConfig().city).toBe("Kota Uji");
  });

  it("formats the phone and the website for links and display", () => {
    expect(telHref("(024) 3584441")).toBe("tel:0243584441");
    expect(displayUrl("https://disperin.semarangkota.go.id/")).toBe("disperin.semarangkota.go.id");
  });
});
