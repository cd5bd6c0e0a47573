import { describe, expect, it } from "vitest";
import { copyField, copyText } from "./copy";

describe("COPY text format", () => {
  it("writes null as \\N and escapes backslashes, tabs and line breaks", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField(42)).toBe("42");
    expect(copyField('"[[0.75,\\"class\\"]]"')).toBe('"[[0.75,\\\\"class\\\\"]]"');
    expect(copyField("a\tb\nc\rd")).toBe("a\\tb\\nc\\rd");
  });

  it("lays out one tab-separated line per row", () => {
    expect(copyText([["c1", null, 7], ["c2", "x", 8]])).toBe("c1\t\\N\t7\nc2\tx\t8\n");
    expect(copyText([])).toBe("");
  });
});
