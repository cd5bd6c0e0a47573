import { describe, expect, it } from "vitest";
import { checkInPath, formatCheckInCode, isCheckInCode, newCheckInCode } from "./check-in-code";

describe("check-in codes", () => {
  it("makes distinct codes that pass their own check", () => {
    const codes = new Set(Array.from({ length: 200 }, newCheckInCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(isCheckInCode(code)).toBe(true);
  });

  it("refuses codes of another shape or with look-alike characters", () => {
    expect(isCheckInCode("abcde23456")).toBe(true);
    expect(isCheckInCode(" ABCDE-23456 ")).toBe(true);
    expect(isCheckInCode("abcde2345")).toBe(false);
    expect(isCheckInCode("abcde2345o")).toBe(false);
    expect(isCheckInCode("../../x")).toBe(false);
  });

  it("builds the staff address and the printed form", () => {
    expect(checkInPath("ev1", "abcde23456")).toBe("/staf/acara/ev1/hadir/abcde23456");
    expect(formatCheckInCode("abcde23456")).toBe("abcde-23456");
  });
});
