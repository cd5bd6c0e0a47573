import { describe, expect, it } from "vitest";
import { parseRupiah, rupiahInputValue } from "./fields";

describe("rupiahInputValue", () => {
  it("shows a saved amount with thousands dots, and reads back to the same amount", () => {
    expect(rupiahInputValue(15_000_000n)).toBe("15.000.000");
    expect(rupiahInputValue(999n)).toBe("999");
    expect(rupiahInputValue(1000n)).toBe("1.000");
    expect(rupiahInputValue(0n)).toBe("0");
    expect(rupiahInputValue(null)).toBe("");
    for (const value of [0n, 7n, 1_234n, 25_000_000n, 999_999_999_999_999_999n]) expect(parseRupiah(rupiahInputValue(value))).toEqual({ ok: true, value });
  });
});
