// The layout worker (copy-layout.ts) gives the bytes copyLine gives for the same rows, with ids
// of createIds' shape that never repeat, and refuses a row copyLine refuses.
import { describe, expect, it } from "vitest";
import { copyLayout, type LayoutPart } from "./copy-layout";
import { copyLine, createIds } from "./store-rows";

const tail = "\t\t2027-03-10 08:00:00.000";

/** Rows with the characters that need care: quotes, backslashes, non-ASCII, an escaped line break. */
function part(rows: number, seed: number): LayoutPart {
  const texts = ['[[1,30,30,1,"subclass","13134","13134"]]', '[[0.4,5,2,1,"domestic","Kab. \\"Semarang\\""]]', '[[1,1,1,1,"x","Ğüç\\\\é 语"]]', '[[0,0,0,0,"none","a\\nb"]]'];
  return {
    supplierIds: Array.from({ length: rows }, (_, row) => `e${seed}-${row}`),
    buyerIds: Array.from({ length: rows }, (_, row) => `b${row % 7}`),
    requestIds: Array.from({ length: rows }, (_, row) => (row % 3 === 0 ? null : `r${row % 5}`)),
    scores: Array.from({ length: rows }, (_, row) => (row * 37 + seed) % 101),
    stored: Array.from({ length: rows }, (_, row) => texts[row % texts.length]!),
    tail,
  };
}

describe("the COPY layout worker", () => {
  it("lays rows out as copyLine does, with new ids of createIds' shape", async () => {
    const layout = copyLayout();
    expect(layout).not.toBeNull();
    const [first, second] = [part(500, 1), part(3, 2)];
    const [a, b] = await Promise.all([layout!.layout(first), layout!.layout(second)]);
    const seen = new Set<string>();
    for (const [rows, bytes] of [
      [first, a],
      [second, b],
    ] as const) {
      const lines = Buffer.from(bytes).toString("utf8").split(/(?<=\n)/);
      expect(lines).toHaveLength(rows.scores.length);
      lines.forEach((line, row) => {
        const id = line.slice(0, line.indexOf("\t"));
        expect(id).toMatch(/^c[a-z0-9]{24}$/);
        expect(id.length).toBe(createIds(1)[0]!.length);
        seen.add(id);
        expect(line).toBe(copyLine(id, rows.supplierIds[row]!, rows.buyerIds[row]!, rows.requestIds[row]!, rows.scores[row]!, rows.stored[row]!, tail));
      });
    }
    expect(seen.size).toBe(503);
  });

  it("refuses a row copyLine refuses, and goes on laying out the next parts", async () => {
    const layout = copyLayout()!;
    const bad = part(4, 3);
    bad.buyerIds[2] = "b\t2";
    await expect(layout.layout(bad)).rejects.toThrow(/cannot be laid out/);
    const fractional = part(2, 4);
    fractional.scores[1] = 70.5;
    await expect(layout.layout(fractional)).rejects.toThrow(/cannot be laid out/);
    const good = await layout.layout(part(2, 5));
    expect(Buffer.from(good).toString("utf8").split("\n")).toHaveLength(3);
  });

  it("fails what a stopped worker had and anything asked of it later, and the next copyLayout() starts another", async () => {
    const layout = copyLayout()!;
    const pending = layout.layout(part(20_000, 6));
    await layout.stop();
    await expect(pending).rejects.toThrow(/stopped/);
    await expect(layout.layout(part(1, 7))).rejects.toThrow(/stopped/);
    const next = copyLayout();
    expect(next).not.toBe(layout);
    expect(Buffer.from(await next!.layout(part(1, 8))).toString("utf8")).toMatch(/^c[a-z0-9]{24}\te8-0\t/);
  });
});
