import { describe, expect, it } from "vitest";
import { checkDay } from "./day";

describe("checkDay", () => {
  it("accepts real days from 2000 to 2100", () => {
    for (const day of ["2000-01-01", "2026-12-31", "2028-02-29", "2100-12-31"]) expect(checkDay(day), day).toBe("ok");
  });

  it("calls years outside 2000..2100 out of range", () => {
    for (const day of ["0000-01-01", "1999-12-31", "2101-01-01", "99999-12-31", "275760-09-13"]) expect(checkDay(day), day).toBe("outOfRange");
  });

  it("calls anything else invalid", () => {
    for (const day of ["", "2026-02-30", "2027-02-29", "2026-13-01", "26-01-01", "-0001-01-01", "2026-1-1", "kemarin", "2026-01-01\u0000"]) expect(checkDay(day), day).toBe("invalid");
  });
});
