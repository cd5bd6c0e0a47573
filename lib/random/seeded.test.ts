import { describe, expect, it } from "vitest";
import { createRandom, mixSeed, mulberry32 } from "./seeded";

function draw(seed: number, count: number): number[] {
  const next = mulberry32(seed);
  return Array.from({ length: count }, () => next());
}

describe("mulberry32", () => {
  it("gives the same sequence for the same seed", () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  it("matches the reference mulberry32 output, so generated data sets do not drift", () => {
    expect(draw(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it("gives different sequences for different seeds", () => {
    expect(draw(1, 10)).not.toEqual(draw(2, 10));
  });

  it("stays in [0, 1) and spreads over the range", () => {
    const values = draw(7, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });
});

describe("mixSeed", () => {
  it("is stable and separates neighbouring rows", () => {
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(1, 2, 4));
    expect(mixSeed(1, 23)).not.toBe(mixSeed(12, 3));
  });
});

describe("createRandom", () => {
  it("replays the same picks for the same seed", () => {
    const run = (seed: number) => {
      const random = createRandom(seed);
      return [
        random.int(1, 6),
        random.pick(["mikro", "kecil", "menengah"]),
        random.weighted([["A", 1], ["B", 3]] as const),
        random.sample([1, 2, 3, 4, 5], 3),
        random.digits(13),
        random.chance(0.5),
      ];
    };
    expect(run(2026)).toEqual(run(2026));
  });

  it("keeps int within its inclusive bounds and reaches both ends", () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 2_000 }, () => random.int(1, 6)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("follows the weights of a weighted pick", () => {
    const random = createRandom(11);
    const picks = Array.from({ length: 10_000 }, () => random.weighted([["food", 9], ["metal", 1]] as const));
    const food = picks.filter((pick) => pick === "food").length / picks.length;
    expect(food).toBeGreaterThan(0.87);
    expect(food).toBeLessThan(0.93);
  });

  it("samples distinct items and never more than exist", () => {
    const random = createRandom(5);
    const sample = random.sample(["a", "b", "c"], 5);
    expect(sample).toHaveLength(3);
    expect(new Set(sample).size).toBe(3);
  });

  it("writes digit strings of the asked length", () => {
    expect(createRandom(9).digits(13)).toMatch(/^\d{13}$/);
  });
});
