import { describe, expect, it } from "vitest";
import { isRecordId, recordIdField } from "./record-id";

describe("isRecordId", () => {
  it("accepts cuid-shaped and seeded ids", () => {
    expect(isRecordId("cmabc123def456ghi789jkl0")).toBe(true);
    expect(isRecordId("cgen1e42")).toBe(true);
  });

  it("refuses anything else", () => {
    for (const value of ["", "tidak-ada", "../etc/passwd", "ABC", "a".repeat(41), "x' OR 1=1"]) expect(isRecordId(value)).toBe(false);
  });
});

describe("recordIdField", () => {
  const field = recordIdField("Test.errors.notFound");

  it("accepts what isRecordId accepts", () => {
    expect(field.safeParse("cmabc123def456ghi789jkl0").success).toBe(true);
  });

  it("refuses a malformed or missing id with the given message", () => {
    for (const value of ["tidak-ada", "ABC", "a".repeat(41), undefined, 42]) {
      const result = field.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Test.errors.notFound");
    }
  });
});
