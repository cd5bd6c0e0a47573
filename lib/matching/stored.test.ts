import { describe, expect, it } from "vitest";
import { enterpriseName, parseComponents, topComponents } from "./stored";

const component = (key: string, points: number, applicable = true) => ({ key, value: 0.5, weight: 10, points, applicable, explanation: { key: `${key}.x`, values: {} } });

describe("stored match components", () => {
  it("reads well-formed components and drops malformed ones", () => {
    const parsed = parseComponents([component("sector", 30), { key: "price" }, null, "x", { ...component("grade", 2), explanation: "none" }]);
    expect(parsed.map((item) => item.key)).toEqual(["sector"]);
    expect(parseComponents({ not: "an array" })).toEqual([]);
    expect(parseComponents(null)).toEqual([]);
  });

  it("ranks the applicable components by points, leaving out those that gave nothing", () => {
    const parsed = parseComponents([component("grade", 5), component("sector", 30), component("price", 0), component("location", 40, false), component("capacity", 30)]);
    expect(topComponents(parsed, 2).map((item) => item.key)).toEqual(["sector", "capacity"]);
    expect(topComponents(parsed, 10).map((item) => item.key)).toEqual(["sector", "capacity", "grade"]);
  });

  it("names an enterprise by its brand, else its legal name", () => {
    expect(enterpriseName({ brandName: "Batik Sekar Asem", legalName: "CV Sekar Asem" })).toBe("Batik Sekar Asem");
    expect(enterpriseName({ brandName: "  ", legalName: "CV Sekar Asem" })).toBe("CV Sekar Asem");
    expect(enterpriseName({ brandName: null, legalName: "UD Laras" })).toBe("UD Laras");
  });
});
