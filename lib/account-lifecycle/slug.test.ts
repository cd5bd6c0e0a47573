import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slug";

describe("slugs", () => {
  it("turns a business name into a readable URL part", () => {
    expect(slugify("UD Batik Sékar Jagad")).toBe("ud-batik-sekar-jagad");
    expect(slugify("  Kopi & Teh  Semarang!! ")).toBe("kopi-dan-teh-semarang");
    expect(slugify("???")).toBe("usaha");
    expect(slugify("---", "pembeli")).toBe("pembeli");
    expect(slugify("a".repeat(100)).length).toBe(60);
  });

  it("adds the first free number when the slug is taken", () => {
    expect(firstFreeSlug("batik", [])).toBe("batik");
    expect(firstFreeSlug("batik", ["batik", "batik-2", "batik-tulis"])).toBe("batik-3");
  });
});
