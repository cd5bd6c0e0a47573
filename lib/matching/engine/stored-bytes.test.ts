// The COPY field bytes of a pair's stored components are exactly JSON.stringify of its stored
// text, UTF-8: on random pairs, weights and histories, and on strings that need escaping twice.
import { describe, expect, it } from "vitest";
import { ByteSink } from "./stored-bytes";
import { storedFieldsOf, storedPair } from "./stored-pair";
import { randomPairs, sampleHistories, sampleWeights } from "./synthetic";
import type { MatchContext } from "./types";
import { defaultWeights } from "./weights";

const histories = sampleHistories;
const day = new Date("2027-03-10T00:00:00Z");

describe("stored components written as a COPY field's bytes", () => {
  it("are JSON.stringify of storedPair's text on random pairs, weights, policies and histories, and nothing for an excluded pair", () => {
    // A small sink, so that it grows many times over.
    const sink = new ByteSink(64);
    let written = 0;
    let excluded = 0;
    for (const [offset, weights] of sampleWeights.entries()) {
      const seed = 11 + offset;
      for (const policy of ["penalise", "exclude"] as const) {
        const context: MatchContext = { validOn: day, officeCity: "Semarang", weights, historyPolicy: policy };
        randomPairs(2000, seed).forEach(([supplier, demand], index) => {
          const history = histories[index % histories.length];
          const text = storedPair(supplier, demand, context, history);
          const before = sink.length;
          const wrote = storedFieldsOf(demand, context)(sink, supplier, history);
          if (text === null) {
            expect(wrote).toBe(false);
            expect(sink.length).toBe(before);
            excluded += 1;
            return;
          }
          expect(wrote).toBe(true);
          written += 1;
        });
        const expected = randomPairs(2000, seed)
          .map(([supplier, demand], index) => storedPair(supplier, demand, context, histories[index % histories.length]))
          .filter((text): text is string => text !== null)
          .map((text) => JSON.stringify(text))
          .join("");
        expect(sink.take().toString("utf8")).toBe(expected);
      }
    }
    expect(written).toBeGreaterThan(3000);
    expect(excluded).toBeGreaterThan(300);
  });

  it("escape quotes, backslashes, line breaks, tabs, control characters, non-ASCII and lone surrogates as JSON.stringify does, twice", () => {
    const context: MatchContext = { validOn: day, officeCity: "Kota Semarang", weights: defaultWeights, historyPolicy: "penalise" };
    const odd = ['pak "besar"', "kg\\bal", "baris\nbaru\ttab", "\u0001\u001f", "语 Ğüç é", "🧵 benang", "\ud800 sendiri", "\u2028"];
    const [supplier, demand] = randomPairs(1, 7)[0]!;
    let compared = 0;
    for (const text of odd) {
      // Same codes, nothing required: never excluded.
      const own = { ...supplier, capacityUnit: text, kbliCodes: [...demand.kbliCodes] };
      const asked = { ...demand, unit: `${text}!`, city: text, country: "MY", quantityPerMonth: 100, requiredCertificates: [] };
      const stored = storedPair(own, asked, context);
      if (stored === null) continue;
      const sink = new ByteSink(16);
      expect(storedFieldsOf(asked, context)(sink, own)).toBe(true);
      expect(sink.take().toString("utf8")).toBe(JSON.stringify(stored));
      compared += 1;
    }
    expect(compared).toBe(odd.length);
  });

  it("writes whole numbers as String() does, across the buffer's growth", () => {
    const sink = new ByteSink(1);
    const numbers = [0, 1, 9, 10, 99, 100, 12345, 2 ** 31 - 1, 2 ** 31, 2 ** 40, -1, -12345];
    for (const value of numbers) {
      sink.integer(value);
      sink.byte(0x2c);
    }
    expect(sink.take().toString("latin1")).toBe(numbers.map((value) => `${value},`).join(""));
    expect(sink.length).toBe(0);
  });
});
