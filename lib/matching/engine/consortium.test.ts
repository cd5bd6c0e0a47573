import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/random/seeded";
import { allocate, createConsortiumEngine, type PlaceIndex, type SupplierPlace } from "./consortium";
import { bruteForceConsortia, type PoolCandidate } from "./consortium-optimise";
import { capacityIn, unitFactor } from "./consortium-units";
import { type Explanation, explanationText } from "./explain";
import { scorePair } from "./score";
import type { Demand, MatchContext, Supplier } from "./types";
import { defaultWeights } from "./weights";

const context: MatchContext = { validOn: new Date("2026-12-06T00:00:00Z"), officeCity: "Semarang", weights: defaultWeights, historyPolicy: "exclude" };

function supplier(id: string, capacity: number | null, unit: string | null, extra: Partial<Supplier> = {}): Supplier {
  return {
    id,
    kbliCodes: ["10219"],
    monthlyCapacity: capacity,
    capacityUnit: unit,
    minOrder: null,
    priceMin: 45_000,
    priceMax: 60_000,
    exportReadinessTier: null,
    exportCountries: [],
    certificates: [{ type: "HALAL", expiresAt: null, verified: true }],
    kecamatanCode: "33.74.13",
    curationGrade: "B",
    targetBuyerKinds: [],
    ...extra,
  };
}

function demand(quantity: number | null, unit: string | null, extra: Partial<Demand> = {}): Demand {
  return {
    requestId: "r1",
    buyerId: "b1",
    buyerKind: "RETAILER",
    country: "ID",
    city: "Jakarta",
    kecamatanCode: null,
    kbliCodes: ["10219"],
    quantityPerMonth: quantity,
    unit,
    orderSize: null,
    targetPriceMin: 40_000,
    targetPriceMax: 65_000,
    requiredCertificates: [],
    preferredCertificates: [],
    exportDestinations: [],
    ...extra,
  };
}

const krobokan: SupplierPlace = { sentraId: "sentra-bandeng", sentraName: "Sentra Bandeng Presto Krobokan", kecamatanName: "Semarang Barat" };
const placesOf = (entries: [string, SupplierPlace][]): PlaceIndex => new Map(entries);

describe("units", () => {
  it("converts mass and count units exactly and refuses the rest", () => {
    expect(unitFactor("ton", "kg")).toBe(1000);
    expect(unitFactor("KG", "kg")).toBe(1);
    expect(capacityIn(3, "kodi", "pcs")).toBe(60);
    expect(capacityIn(2, "lusin", "pcs")).toBe(24);
    expect(capacityIn(1500, "kg", "ton")).toBe(1);
    expect(capacityIn(7, "meter persegi", "meter persegi")).toBe(7);
    expect(unitFactor("kg", "pcs")).toBeNull();
    expect(unitFactor("meter", "lembar")).toBeNull();
    expect(unitFactor("set", "unit")).toBeNull();
  });
});

describe("allocate", () => {
  it("shares in proportion to capacity by largest remainder, never above capacity, summing exactly", () => {
    expect(allocate(10_000, [4000, 4000, 4000])).toEqual([3334, 3333, 3333]);
    expect(allocate(10, [10, 5])).toEqual([7, 3]);
    expect(allocate(15, [10, 5])).toEqual([10, 5]);
    const random = createRandom(5);
    for (let run = 0; run < 500; run += 1) {
      const capacities = Array.from({ length: random.int(2, 5) }, () => random.int(1, 5000));
      const total = capacities.reduce((sum, capacity) => sum + capacity, 0);
      const volume = random.int(1, total);
      const shares = allocate(volume, capacities);
      expect(shares.reduce((sum, share) => sum + share, 0)).toBe(volume);
      shares.forEach((share, index) => {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(capacities[index]!);
        // Within one unit of the exact proportion.
        expect(Math.abs(share - (volume * capacities[index]!) / total)).toBeLessThan(1);
      });
    }
    expect(() => allocate(11, [5, 5])).toThrow(RangeError);
  });
});

describe("createConsortiumEngine", () => {
  const sentraMembers = [
    supplier("bandeng-a", 4000, "kg", { curationGrade: "B" }),
    supplier("bandeng-b", 4000, "kg", { curationGrade: "A" }),
    supplier("bandeng-c", 4, "ton", { curationGrade: "A", certificates: [{ type: "HALAL", expiresAt: null, verified: true }, { type: "PIRT", expiresAt: new Date("2027-01-01T00:00:00Z"), verified: true }] }),
  ];
  const places = placesOf(sentraMembers.map((item) => [item.id, krobokan]));

  it("proposes the sentra's three IKM for 10,000 kg of bandeng presto, explained in both languages", () => {
    const { needsPool, proposals } = createConsortiumEngine(sentraMembers, context, places).propose(demand(10_000, "kg"));
    expect(needsPool).toBe(true);
    expect(proposals).toHaveLength(1);
    const [proposal] = proposals;
    expect(proposal?.members.map((member) => member.supplierId)).toEqual(["bandeng-a", "bandeng-b", "bandeng-c"]);
    expect(proposal?.capacity).toBe(12_000);
    expect(proposal?.members.map((member) => member.share)).toEqual([3334, 3333, 3333]);
    // Grade A first, then capacity, then id: b and c are both A with 4,000 kg.
    expect(proposal?.leadId).toBe("bandeng-b");
    expect(proposal?.locality).toBe("sentra");
    expect(proposal?.productLine).toBe("1021");
    const text = (locale: "id" | "en") => proposal!.explanation.map((part) => explanationText(part, locale)).join(" ");
    expect(text("id")).toContain("3 IKM di Sentra Bandeng Presto Krobokan: kapasitas gabungan 12.000 kg/bulan memenuhi 100% kebutuhan 10.000 kg/bulan.");
    expect(text("id")).toContain("Semua anggota memegang Sertifikat Halal.");
    expect(text("en")).toContain("3 IKM in Sentra Bandeng Presto Krobokan: a combined capacity of 12,000 kg/month covers 100% of the need of 10,000 kg/month.");
    expect(text("en")).toContain("Every member holds Halal certificate.");
    for (const locale of ["id", "en"] as const) expect(text(locale)).not.toMatch(/Matching\.|[{}]/);
  });

  it("proposes nothing when one eligible supplier covers the volume alone", () => {
    const big = supplier("besar", 11, "ton");
    const result = createConsortiumEngine([...sentraMembers, big], context, places).propose(demand(10_000, "kg"));
    expect(result).toEqual({ needsPool: false, proposals: [] });
  });

  it("leaves out suppliers that fail a hard filter or whose unit does not convert", () => {
    const others = [
      supplier("no-pirt", 9000, "kg"),
      supplier("pieces", 9000, "pcs"),
      supplier("other-division", 9000, "kg", { kbliCodes: ["13134"] }),
    ];
    const all = [...sentraMembers, ...others];
    const result = createConsortiumEngine(all, context, places).propose(demand(8000, "kg", { requiredCertificates: ["PIRT"] }));
    // Only bandeng-c holds a PIRT: no consortium, and no supplier without one covers the need either.
    expect(result).toEqual({ needsPool: true, proposals: [] });
    const open = createConsortiumEngine(all, context, places).propose(demand(12_000, "kg"));
    for (const proposal of open.proposals) {
      for (const member of proposal.members) expect(["pieces", "other-division"]).not.toContain(member.supplierId);
    }
    expect(open.proposals[0]?.key).toBe("bandeng-a,bandeng-b,bandeng-c");
  });

  it("evaluates a set staff chose as propose() would, and says why one cannot stand", () => {
    const others = [supplier("no-pirt", 9000, "kg"), supplier("pieces", 9000, "pcs"), supplier("other-division", 9000, "kg", { kbliCodes: ["13134"] })];
    const engine = createConsortiumEngine([...sentraMembers, ...others], context, places);
    const need = demand(10_000, "kg");
    const [proposed] = engine.propose(need).proposals;
    const same = engine.evaluate(need, proposed!.productLine, ["bandeng-c", "bandeng-a", "bandeng-b"], null, 1);
    expect(same).toEqual({ proposal: proposed });
    // Another lead: only the lead changes.
    const led = engine.evaluate(need, "1021", ["bandeng-a", "bandeng-b", "bandeng-c"], "bandeng-a", 1);
    expect("proposal" in led && led.proposal).toEqual({ ...proposed, leadId: "bandeng-a", members: proposed!.members.map((member) => ({ ...member, lead: member.supplierId === "bandeng-a" })) });
    // Two members: 8,000 kg no longer covers 10,000.
    expect(engine.evaluate(need, "1021", ["bandeng-a", "bandeng-b"], null, 1)).toEqual({ error: "notCovered" });
    expect(engine.evaluate(need, "1021", ["bandeng-a"], null, 1)).toEqual({ error: "size" });
    expect(engine.evaluate(need, "1021", ["bandeng-a", "bandeng-b", "bandeng-c"], "no-pirt", 1)).toEqual({ error: "lead" });
    // A unit that does not convert, another division, a missing required certificate, an unknown id.
    expect(engine.evaluate(need, "1021", ["bandeng-a", "bandeng-b", "pieces"], null, 1)).toEqual({ error: "ineligible" });
    expect(engine.evaluate(need, "102", ["bandeng-a", "bandeng-b", "other-division"], null, 1)).toEqual({ error: "ineligible" });
    expect(engine.evaluate(demand(10_000, "kg", { requiredCertificates: ["PIRT"] }), "1021", ["bandeng-a", "bandeng-c"], null, 1)).toEqual({ error: "ineligible" });
    expect(engine.evaluate(need, "1021", ["bandeng-a", "nobody"], null, 1)).toEqual({ error: "ineligible" });
    // A set with a superfluous member still stands when it covers: staff may choose it.
    const four = engine.evaluate(need, "1021", ["bandeng-a", "bandeng-b", "bandeng-c", "no-pirt"], "bandeng-b", 1);
    expect("proposal" in four && four.proposal.capacity).toBe(21_000);
    expect("proposal" in four && four.proposal.members.reduce((sum, member) => sum + member.share, 0)).toBe(10_000);
  });

  it("falls back from the KBLI class to the group only when the class yields no consortium", () => {
    const sameClass = [supplier("class-1", 600, "kg", { kbliCodes: ["10219"] }), supplier("class-2", 600, "kg", { kbliCodes: ["10219"] })];
    const sameGroup = [supplier("group-1", 900, "kg", { kbliCodes: ["10250"] }), supplier("group-2", 900, "kg", { kbliCodes: ["10250"] })];
    const engine = createConsortiumEngine([...sameClass, ...sameGroup], context, new Map());
    const inClass = engine.propose(demand(1000, "kg"));
    expect(inClass.proposals.map((proposal) => proposal.productLine)).toEqual(["1021"]);
    expect(inClass.proposals[0]?.key).toBe("class-1,class-2");
    const inGroup = engine.propose(demand(1500, "kg"));
    expect(inGroup.proposals.map((proposal) => proposal.productLine)).toContain("102");
    expect(inGroup.proposals[0]?.members.length).toBeGreaterThanOrEqual(2);
  });

  it("gives the same proposals whatever the order of the suppliers", () => {
    const random = createRandom(11);
    const suppliers = Array.from({ length: 12 }, (_, index) => randomSupplier(random, index));
    const places = new Map(suppliers.map((item, index) => [item.id, { sentraId: index % 2 === 0 ? "sentra-1" : null, sentraName: "Sentra 1", kecamatanName: "Semarang Barat" }]));
    for (const quantity of [2000, 3500, 5000, 8000]) {
      const need = demand(quantity, "kg");
      const first = createConsortiumEngine(suppliers, context, places).propose(need);
      expect(createConsortiumEngine([...suppliers].reverse(), context, places).propose(need)).toEqual(first);
      expect(createConsortiumEngine(random.sample(suppliers, suppliers.length), context, places).propose(need)).toEqual(first);
    }
  });

  it("reads every consortium explanation in both languages", () => {
    const parts: Explanation[] = [
      { key: "consortium.sentra", values: { count: 2, place: "Sentra Bandeng Presto Krobokan", capacity: 14_000, unit: "kg", quantity: 10_000 } },
      { key: "consortium.kecamatan", values: { count: 3, place: "Semarang Barat", capacity: 1200, unit: "pcs", quantity: 1000 } },
      { key: "consortium.city", values: { count: 5, place: "Semarang", capacity: 60, unit: "ton", quantity: 55 } },
      { key: "consortium.certificates", values: { certificates: "HALAL,PIRT" } },
      { key: "consortium.pairScores", values: { average: 81, lowest: 72 } },
      { key: "consortium.priceOverlap", values: { low: 55_000, high: 98_000 } },
      { key: "consortium.pricePartlyKnown", values: { known: 2, count: 3 } },
      { key: "consortium.priceApart", values: {} },
      { key: "consortium.priceUnknown", values: {} },
    ];
    for (const part of parts) {
      for (const locale of ["id", "en"] as const) expect(explanationText(part, locale)).not.toMatch(/Matching\.|[{}]|HALAL|PIRT/);
    }
    expect(explanationText(parts[1]!, "id")).toBe("3 IKM di Kecamatan Semarang Barat: kapasitas gabungan 1.200 pcs/bulan memenuhi 100% kebutuhan 1.000 pcs/bulan.");
    expect(explanationText(parts[2]!, "en")).toBe("5 IKM across Semarang: a combined capacity of 60 ton/month covers 100% of the need of 55 ton/month.");
  });

  it("needs a volume and a unit", () => {
    const engine = createConsortiumEngine(sentraMembers, context, places);
    expect(engine.propose(demand(null, "kg")).needsPool).toBe(false);
    expect(engine.propose(demand(10_000, null)).needsPool).toBe(false);
  });
});

// ---------------------------------------------------------------- properties on random instances

const codes = ["10219", "10212", "10213", "10250"];
/** Capacities per unit, so that kg, ton and kuintal suppliers pool for the same volumes. */
const capacities: Record<string, number[]> = { kg: [400, 700, 1500, 1500, 3000], ton: [1, 2, 3], kuintal: [5, 10, 20], pcs: [500, 5000], lusin: [100, 400] };
const units = ["kg", "kg", "ton", "kuintal", "pcs", "lusin"];

function randomSupplier(random: Random, index: number): Supplier {
  const unit = random.pick(units);
  return supplier(`s${String(index).padStart(2, "0")}`, random.chance(0.9) ? random.pick(capacities[unit]!) : null, unit, {
    kbliCodes: random.sample(codes, random.int(1, 2)),
    certificates: random.sample(["HALAL", "PIRT"] as const, random.int(0, 2)).map((type) => ({ type, expiresAt: random.chance(0.2) ? new Date("2026-01-01T00:00:00Z") : null, verified: true })),
    kecamatanCode: random.pick(["33.74.13", "33.74.01"]),
    curationGrade: random.pick(["A", "B", "C", null] as const),
    priceMin: random.chance(0.8) ? random.pick([40, 50]) * 1000 : null,
  });
}

/** The eligibility rule, written out again from the brief, for the reference. */
function eligible(item: Supplier, need: Demand, unit: string, line: string) {
  if (item.monthlyCapacity === null || item.capacityUnit === null || !item.kbliCodes.some((code) => code.startsWith(line))) return null;
  const capacity = capacityIn(item.monthlyCapacity, item.capacityUnit, unit);
  const result = scorePair(item, need, context);
  if (capacity === null || capacity <= 0 || result.excluded) return null;
  return { capacity, pairScore: result.score };
}

describe("consortia on random instances", () => {
  it("each covers the volume, no share above capacity, members pass the hard filters, equal to brute force", () => {
    const random = createRandom(20261206);
    let pooled = 0;
    for (let run = 0; run < 200; run += 1) {
      const suppliers = Array.from({ length: random.int(2, 12) }, (_, index) => randomSupplier(random, index));
      const places = new Map(suppliers.map((item) => [item.id, { sentraId: random.chance(0.5) ? "sentra-1" : null, sentraName: "Sentra 1", kecamatanName: "Semarang Barat" }]));
      const unit = random.pick(["kg", "kg", "ton", "pcs"]);
      const need = demand(unit === "ton" ? random.pick([3, 5, 8]) : random.pick([2000, 3500, 5000, 8000]), unit, { requiredCertificates: random.chance(0.3) ? ["HALAL"] : [] });
      const result = createConsortiumEngine(suppliers, context, places).propose(need);
      const group = suppliers.map((item) => ({ item, fit: eligible(item, need, unit, "102") })).filter((entry) => entry.fit !== null);
      const single = group.some((entry) => entry.fit!.capacity >= need.quantityPerMonth!);
      expect(result.needsPool, `run ${run}`).toBe(!single);
      if (single) continue;
      for (const proposal of result.proposals) {
        expect(proposal.capacity).toBeGreaterThanOrEqual(need.quantityPerMonth!);
        expect(proposal.members.reduce((sum, member) => sum + member.share, 0)).toBe(need.quantityPerMonth);
        expect(proposal.members.length).toBeGreaterThanOrEqual(2);
        expect(proposal.members.length).toBeLessThanOrEqual(5);
        for (const member of proposal.members) {
          expect(member.share).toBeLessThanOrEqual(member.capacity);
          const item = suppliers.find((entry) => entry.id === member.supplierId)!;
          expect(eligible(item, need, unit, proposal.productLine)?.capacity).toBe(member.capacity);
        }
      }
      // Reference: the class first, the group when the class has none.
      const pool = (line: string): PoolCandidate[] =>
        group
          .filter((entry) => entry.item.kbliCodes.some((code) => code.startsWith(line)))
          .map(({ item, fit }) => ({ id: item.id, capacity: fit!.capacity, pairScore: fit!.pairScore, sentraId: places.get(item.id)!.sentraId, kecamatanCode: item.kecamatanCode, priceMin: item.priceMin, priceMax: item.priceMax }));
      const inClass = bruteForceConsortia(pool("1021"), need.quantityPerMonth!);
      const reference = inClass.length > 0 ? inClass : bruteForceConsortia(pool("102"), need.quantityPerMonth!);
      expect(result.proposals.map((proposal) => proposal.key), `run ${run}`).toEqual(reference.map((choice) => choice.key));
      if (reference.length > 0) pooled += 1;
    }
    expect(pooled).toBeGreaterThan(30);
  });
});
