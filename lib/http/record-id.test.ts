import { describe, expect, it } from "vitest";
import { isRecordId } from "./record-id";

describe("isRecordId", () => {
  it("accepts cuid-shaped and seeded ids", () => {
    expect(isRecordId("cmabc123def456ghi789jkl0")).toBe(true);
    expect(isRecordId("cgen1e42")).toBe(true);
  });

  it("refuses anything else", () => {
    for (const value of ["", "tidak-ada", "../etc/passwd", "ABC", "a".repeat(41), "x' OR 1=1"]) expect(isRecordId(value)).toBe(false);
  });
});
