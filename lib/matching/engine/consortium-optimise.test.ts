import { describe, expect, it } from "vitest";
import { createRandom, type Random } from "@/lib/random/seeded";
import { bruteForceConsortia, maxMembers, minMembers, optimiseConsortia, type PoolCandidate, type PoolChoice } from "./consortium-optimise";

/** A small instance with many ties: few distinct capacities, scores, sentra and kecamatan. */
function randomInstance(random: Random, index: number): { candidates: PoolCandidate[]; volume: number } {
  const count = random.int(0, 12);
  const capacities = random.sample([100, 150, 200, 250, 300, 400, 500, 800], random.int(1, 4));
  const candidates = Array.from({ length: count }, (_, k): PoolCandidate => {
    const priceMin = random.chance(0.8) ? random.pick([10, 12, 15, 20]) * 1000 : null;
    return {
      id: `i${index}c${k}`,
      capacity: random.pick(capacities),
      pairScore: random.pick([55, 60, 60, 72, 80, 80, 95]),
      sentraId: random.chance(0.5) ? random.pick(["sentra-a", "sentra-b"]) : null,
      kecamatanCode: random.pick(["33.74.01", "33.74.13"]),
      priceMin,
      priceMax: priceMin === null ? (random.chance(0.5) ? random.pick([14, 18]) * 1000 : null) : priceMin + random.pick([0, 2, 5]) * 1000,
    };
  });
  const largest = Math.max(0, ...candidates.map((candidate) => candidate.capacity));
  const topFive = [...candidates].sort((a, b) => b.capacity - a.capacity).slice(0, maxMembers).reduce((sum, candidate) => sum + candidate.capacity, 0);
  // Mostly a volume no single candidate covers and five could; sometimes one beyond reach.
  const volume = random.chance(0.85) && topFive > largest ? random.int(largest + 1, topFive) : random.int(1, topFive + 500);
  return { candidates, volume };
}

const summary = (choices: PoolChoice[]) => choices.map((choice) => ({ key: choice.key, value: choice.value, capacity: choice.capacity, locality: choice.locality, ids: choice.members.map((member) => member.id) }));

describe("optimiseConsortia", () => {
  it("equals brute force on 500 random small instances (up to 12 candidates, ties)", () => {
    const random = createRandom(20261206);
    let withChoices = 0;
    let full = 0;
    for (let index = 0; index < 500; index += 1) {
      const { candidates, volume } = randomInstance(random, index);
      const reference = bruteForceConsortia(candidates, volume);
      expect(summary(optimiseConsortia(candidates, volume)), `instance ${index}`).toEqual(summary(reference));
      if (reference.length > 0) withChoices += 1;
      if (reference.length === 3) full += 1;
    }
    // The instances are not trivial: most have consortia, many a full top three.
    expect(withChoices).toBeGreaterThan(300);
    expect(full).toBeGreaterThan(200);
  });

  it("keeps any number asked for, equal to brute force", () => {
    const random = createRandom(7);
    for (let index = 0; index < 100; index += 1) {
      const { candidates, volume } = randomInstance(random, index);
      for (const keep of [1, 5]) expect(summary(optimiseConsortia(candidates, volume, keep))).toEqual(summary(bruteForceConsortia(candidates, volume, keep)));
    }
  });

  it("is deterministic whatever the order of the candidates", () => {
    const random = createRandom(99);
    for (let index = 0; index < 100; index += 1) {
      const { candidates, volume } = randomInstance(random, index);
      const reversed = [...candidates].reverse();
      const shuffled = random.sample(candidates, candidates.length);
      const first = summary(optimiseConsortia(candidates, volume));
      expect(summary(optimiseConsortia(reversed, volume))).toEqual(first);
      expect(summary(optimiseConsortia(shuffled, volume))).toEqual(first);
    }
  });

  it("proposes only 2-5 members that cover the volume, none superfluous", () => {
    const random = createRandom(31);
    for (let index = 0; index < 300; index += 1) {
      const { candidates, volume } = randomInstance(random, index);
      for (const choice of optimiseConsortia(candidates, volume)) {
        const capacities = choice.members.map((member) => member.capacity);
        const total = capacities.reduce((sum, capacity) => sum + capacity, 0);
        expect(choice.members.length).toBeGreaterThanOrEqual(minMembers);
        expect(choice.members.length).toBeLessThanOrEqual(maxMembers);
        expect(total).toBe(choice.capacity);
        expect(total).toBeGreaterThanOrEqual(volume);
        expect(total - Math.min(...capacities)).toBeLessThan(volume);
      }
    }
  });

  const member = (id: string, capacity: number, sentraId: string | null, kecamatanCode = "33.74.13"): PoolCandidate => ({
    id,
    capacity,
    pairScore: 80,
    sentraId,
    kecamatanCode,
    priceMin: 15_000,
    priceMax: 18_000,
  });

  it("for equal capacity and score, ranks fewer members first", () => {
    const candidates = [member("a", 500, "s"), member("b", 500, "s"), member("c", 400, "s"), member("d", 300, "s"), member("e", 300, "s")];
    const ranked = optimiseConsortia(candidates, 1000, 20).map((choice) => choice.key);
    // a,b and c,d,e both hold exactly 1,000 at the same pair scores and in the same sentra.
    expect(ranked[0]).toBe("a,b");
    expect(ranked).toContain("c,d,e");
    expect(ranked.indexOf("c,d,e")).toBeGreaterThan(0);
  });

  it("for equal capacity and score, ranks one sentra first, then one kecamatan, then the city", () => {
    const candidates = [
      member("city-1", 500, null, "33.74.01"),
      member("city-2", 500, null, "33.74.02"),
      member("kec-1", 500, null, "33.74.05"),
      member("kec-2", 500, "other", "33.74.05"),
      member("sentra-1", 500, "krobokan"),
      member("sentra-2", 500, "krobokan"),
    ];
    const [first, second] = optimiseConsortia(candidates, 1000);
    expect(first?.key).toBe("sentra-1,sentra-2");
    expect(first?.locality).toBe("sentra");
    expect(second?.locality).toBe("kecamatan");
    expect(second?.key).toBe("kec-1,kec-2");
  });

  it("proposes nothing when five together fall short, or with fewer than two candidates", () => {
    expect(optimiseConsortia([member("a", 100, "s"), member("b", 100, "s")], 201)).toEqual([]);
    expect(optimiseConsortia([member("a", 100, "s")], 50)).toEqual([]);
    const six = Array.from({ length: 6 }, (_, k) => member(`m${k}`, 100, "s"));
    expect(optimiseConsortia(six, 501)).toEqual([]);
    expect(optimiseConsortia(six, 500)[0]?.members.length).toBe(5);
  });
});
