import { describe, expect, it } from "vitest";
import { scorePair } from "./engine/score";
import type { Demand } from "./engine/types";
import { copyLine, layoutLine, storedComponents } from "./store";
import { CopyRows } from "./store-rows";
import { enterpriseName, parseComponents, topComponents } from "./engine/stored";
import { randomPairs } from "./engine/synthetic";
import { defaultWeights } from "./engine/weights";

const component = (key: string, points: number, applicable = true) => ({ key, value: 0.5, weight: 10, points, applicable, explanation: { key: `${key}.x`, values: {} } });

describe("stored match components", () => {
  it("reads well-formed components and drops malformed ones", () => {
    const parsed = parseComponents([component("sector", 30), { key: "price" }, null, "x", { ...component("grade", 2), explanation: "none" }]);
    expect(parsed.map((item) => item.key)).toEqual(["sector"]);
    expect(parseComponents({ not: "an array" })).toEqual([]);
    expect(parseComponents(null)).toEqual([]);
  });

  it("reads back exactly what the store writes", () => {
    const written = storedComponents([
      { key: "sector", value: 0.75, weight: 30, points: 25.4321, applicable: true, explanation: { key: "sector.class", values: { supplier: "13134", buyer: "13133" } } },
      { key: "history", value: 0, weight: 0, points: 0, applicable: false, explanation: { key: "history.none", values: {} } },
    ]);
    expect(parseComponents(JSON.parse(JSON.stringify(written)))).toEqual([
      { key: "sector", value: 0.75, weight: 30, points: 25.4, applicable: true, explanation: { key: "sector.class", values: { supplier: "13134", buyer: "13133" } } },
      { key: "history", value: 0, weight: 0, points: 0, applicable: false, explanation: { key: "history.none", values: {} } },
    ]);
    expect(parseComponents([["sector", 1, 30], ["grade", 1, 5, 5, 1, "graded", null]])).toEqual([]);
    // Rows written before components were stored as JSON text still read the same.
    expect(parseComponents(JSON.parse(written))).toEqual(parseComponents(written));
    expect(parseComponents("[[0.75, 30")).toEqual([]);
  });

  it("keeps every explanation exactly through storage, on random pairs", () => {
    const context = { validOn: new Date("2027-03-10T00:00:00Z"), officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" as const };
    let checked = 0;
    randomPairs(500, 11).forEach(([supplier, demand], index) => {
      const result = scorePair(supplier, demand, context, index % 5 === 0 ? { metWithoutResult: true, positiveOutcome: false } : undefined);
      if (result.excluded) return;
      const read = parseComponents(JSON.parse(JSON.stringify(storedComponents(result.components))));
      expect(read.map((component) => component.explanation)).toEqual(result.components.map((component) => component.explanation));
      expect(read.map((component) => [component.key, component.applicable, component.weight])).toEqual(result.components.map((component) => [component.key, component.applicable, component.weight]));
      checked += 1;
    });
    expect(checked).toBeGreaterThan(50);
  });

  it("lays a row out as one line of tab-separated fields, and refuses a field that would shift them", () => {
    const components = storedComponents([{ key: "capacity", value: 0.5, weight: 20, points: 10, applicable: true, explanation: { key: "capacity.partial", values: { unit: "pak\tbesar\nbaru" } } }]);
    const line = layoutLine("c1", "e1", "b1", null, 70, components);
    expect(line.split("\t")).toEqual(["c1", "e1", "b1", "", "70", components]);
    expect(line).not.toContain("\n");
    expect(layoutLine("c1", "e1", "b1", "r1", 70, "[]")).toBe("c1\te1\tb1\tr1\t70\t[]");
    expect(() => layoutLine("c1", "e\t1", "b1", null, 70, "[]")).toThrow();
    expect(() => layoutLine("c1", "e1", "b1", "r\n1", 70, "[]")).toThrow();
    expect(() => layoutLine("c1", "e1", "b1", null, 70.5, "[]")).toThrow();
  });

  it("lays a row out for COPY: tab-separated, components as one JSON string, no field that would shift the others", () => {
    const components = storedComponents([{ key: "capacity", value: 0.5, weight: 20, points: 10, applicable: true, explanation: { key: "capacity.partial", values: { unit: 'pak\tbesar\n"baru" \\ \u0001 🧵' } } }]);
    const line = copyLine("c1", "e1", "b1", null, 70, components, "\t\t2027-03-10 08:00:00");
    expect(line.endsWith("\n")).toBe(true);
    const fields = line.slice(0, -1).split("\t");
    expect(fields).toEqual(["c1", "e1", "b1", "", "70", JSON.stringify(components), "", "2027-03-10 08:00:00"]);
    expect(JSON.parse(fields[5]!)).toBe(components);
    expect(fields[5]).not.toMatch(/[\t\n\r\u0001]/);
    expect(copyLine("c1", "e1", "b1", "r1", 70, "[]", "")).toBe('c1\te1\tb1\tr1\t70\t"[]"\n');
    for (const bad of ["e\t1", "e\n1", "e\r1", "e\u00011"]) expect(() => copyLine("c1", bad, "b1", null, 70, "[]", "")).toThrow();
    expect(() => copyLine("c1", "e1", "b1", "r\n1", 70, "[]", "")).toThrow();
    expect(() => copyLine("c1", "e1", "b1", null, 70.5, "[]", "")).toThrow();
  });

  it("writes rows as bytes exactly as copyLine lays them out, and refuses a row copyLine refuses", () => {
    const tail = "\t\t2027-03-10 08:00:00";
    const texts = ["[]", storedComponents([{ key: "capacity", value: 0.5, weight: 20, points: 10, applicable: true, explanation: { key: "capacity.partial", values: { unit: 'pak\tbesar\n"baru" \\ \u0001 🧵' } } }])];
    const rows = new CopyRows(tail);
    const expected: string[] = [];
    for (const [index, text] of texts.entries()) {
      const demand = { buyerId: `b${index}`, requestId: index === 0 ? null : "r1" } as Demand;
      rows.beginRow(`e${index}`, demand, 70 + index);
      rows.sink.utf8(JSON.stringify(text));
      rows.endRow();
      expected.push(text);
    }
    expect(rows.count).toBe(2);
    const lines = rows.take()!.toString("utf8").split(/(?<=\n)/);
    lines.forEach((line, index) => {
      const id = line.slice(0, line.indexOf("\t"));
      expect(id).toMatch(/^c[a-z0-9]{24}$/);
      expect(line).toBe(copyLine(id, `e${index}`, `b${index}`, index === 0 ? null : "r1", 70 + index, expected[index]!, tail));
    });
    rows.beginRow("e\t1", { buyerId: "b1", requestId: null } as Demand, 70);
    rows.endRow();
    expect(rows.refused?.message).toMatch(/cannot be laid out/);
    expect(rows.take()).toBeNull();
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
