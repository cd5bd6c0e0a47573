import { describe, expect, it } from "vitest";
import { buyerCountryOptions } from "./countries";

describe("buyer countries", () => {
  it("names countries in the page's language, Indonesia first, the rest alphabetically", () => {
    const id = buyerCountryOptions("id");
    expect(id[0]).toEqual({ code: "ID", name: "Indonesia" });
    expect(id.find((country) => country.code === "NL")?.name).toBe("Belanda");
    const en = buyerCountryOptions("en");
    expect(en.find((country) => country.code === "NL")?.name).toBe("Netherlands");
    const rest = en.slice(1).map((country) => country.name);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, "en-US")));
  });
});
