import { describe, expect, it } from "vitest";
import { deadlinePassed, fitCriteria, isAnswerable, jakartaToday, kbliGroupOf, parseDateOnly, sectorFit, sortOffersByPrice } from "./fit";

describe("sector fit", () => {
  it("is exact when the request's subclass is one of the enterprise's codes", () => {
    expect(sectorFit("10391", ["10794", "10391"])).toBe("exact");
  });

  it("is a group fit when the first three digits match one of the codes", () => {
    // 10392 tahu and 10391 tempe: group 103.
    expect(sectorFit("10392", ["10391"])).toBe("group");
    expect(sectorFit("10219", ["10212", "31001"])).toBe("group");
  });

  it("does not fit a neighbouring group, another division, or nothing at all", () => {
    expect(sectorFit("10410", ["10391"])).toBeNull();
    expect(sectorFit("20231", ["10391"])).toBeNull();
    expect(sectorFit("10391", [])).toBeNull();
  });

  it("fits nobody when the request has no KBLI, and ignores malformed codes", () => {
    expect(sectorFit(null, ["10391"])).toBeNull();
    expect(sectorFit("1039", ["10391"])).toBeNull();
    expect(sectorFit("10391", ["103", "1039x"])).toBeNull();
  });

  it("gives queries the codes and their groups once each", () => {
    expect(fitCriteria(["10392", "10391", "10391", "31001", "abc"])).toEqual({ codes: ["10391", "10392", "31001"], groups: ["103", "310"] });
    expect(kbliGroupOf("31001")).toBe("310");
    expect(kbliGroupOf("310")).toBeNull();
  });
});

describe("deadlines in Semarang time", () => {
  it("takes today's date in WIB (UTC+7)", () => {
    expect(jakartaToday(new Date("2026-12-02T16:59:59Z")).toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(jakartaToday(new Date("2026-12-02T17:00:00Z")).toISOString()).toBe("2026-12-03T00:00:00.000Z");
  });

  it("keeps a request answerable through its whole deadline day", () => {
    const deadline = new Date("2026-12-05T00:00:00Z");
    expect(deadlinePassed(deadline, new Date("2026-12-05T16:59:00Z"))).toBe(false);
    expect(deadlinePassed(deadline, new Date("2026-12-05T17:00:00Z"))).toBe(true);
    expect(deadlinePassed(null, new Date("2030-01-01T00:00:00Z"))).toBe(false);
  });

  it("answers only OPEN requests before their deadline", () => {
    const now = new Date("2026-12-02T03:00:00Z");
    expect(isAnswerable({ status: "OPEN", deadline: new Date("2026-12-02T00:00:00Z") }, now)).toBe(true);
    expect(isAnswerable({ status: "OPEN", deadline: new Date("2026-12-01T00:00:00Z") }, now)).toBe(false);
    expect(isAnswerable({ status: "CLOSED", deadline: null }, now)).toBe(false);
    expect(isAnswerable({ status: "OPEN", deadline: null }, now)).toBe(true);
  });

  it("reads form dates strictly", () => {
    expect(parseDateOnly("2027-02-28")?.toISOString()).toBe("2027-02-28T00:00:00.000Z");
    expect(parseDateOnly("2027-02-30")).toBeNull();
    expect(parseDateOnly("28/02/2027")).toBeNull();
  });
});

describe("offer comparison order", () => {
  it("puts the cheapest first, then the quickest, then the earliest", () => {
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 8, minute));
    const offers = [
      { id: "c", priceRupiah: BigInt(30_000), leadTimeDays: 7, createdAt: at(1) },
      { id: "b", priceRupiah: BigInt(25_000), leadTimeDays: 14, createdAt: at(2) },
      { id: "a", priceRupiah: BigInt(25_000), leadTimeDays: 10, createdAt: at(3) },
      { id: "d", priceRupiah: BigInt(25_000), leadTimeDays: 10, createdAt: at(0) },
    ];
    expect(sortOffersByPrice(offers).map((offer) => offer.id)).toEqual(["d", "a", "b", "c"]);
    expect(offers.map((offer) => offer.id)).toEqual(["c", "b", "a", "d"]);
  });
});
