import { describe, expect, it } from "vitest";
import { filterQuery, parseReportFilters, readReportFilters } from "./filters";

describe("parseReportFilters", () => {
  it("reads the event and the period from the URL", () => {
    expect(parseReportFilters(new URLSearchParams("event=cevent123&from=2026-07-01&to=2026-09-30"))).toEqual({
      eventId: "cevent123",
      from: "2026-07-01",
      to: "2026-09-30",
    });
  });

  it("drops malformed values instead of failing", () => {
    expect(parseReportFilters({ event: "x' OR 1=1", from: "2026-02-30", to: "kemarin" })).toEqual({ eventId: null, from: null, to: null });
    expect(parseReportFilters({ event: ["cabc", "cdef"], from: "" })).toEqual({ eventId: "cabc", from: null, to: null });
  });

  it("never passes on a day outside 2000..2100 (PostgreSQL refuses year -1) and says why", () => {
    expect(parseReportFilters({ from: "0000-01-01", to: "99999-12-31" })).toEqual({ eventId: null, from: null, to: null });
    expect(readReportFilters({ from: "0000-01-01", to: "2026-12-31" })).toEqual({ filters: { eventId: null, from: null, to: "2026-12-31" }, errors: { from: "dateOutOfRange" } });
    expect(readReportFilters({ from: "2026-02-30", to: "99999-12-31" }).errors).toEqual({ to: "dateOutOfRange" });
    expect(readReportFilters({ from: "2000-01-01", to: "2100-12-31" }).errors).toEqual({});
  });

  it("swaps a period typed backwards", () => {
    expect(parseReportFilters({ from: "2026-12-31", to: "2026-10-01" })).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
  });
});

describe("filterQuery", () => {
  it("keeps only the filters that are set", () => {
    expect(filterQuery({ eventId: "cabc", from: null, to: "2026-12-31" }).toString()).toBe("event=cabc&to=2026-12-31");
  });
});
