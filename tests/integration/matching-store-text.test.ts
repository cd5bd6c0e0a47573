// The store sends a run's rows to PostgreSQL as lines of tab-separated text, split there with
// string_to_table and string_to_array (on the server database and on PGlite alike). Text that a
// buyer or an SME typed, with tabs, line breaks, quotes and backslashes in it, must come back
// exactly; a profile demand (no request) stores no request; a re-run over the same rows takes
// the upsert path and changes nothing unless a score changed.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Suggestion } from "@/lib/matching/engine/batch";
import { parseComponents } from "@/lib/matching/engine/stored";
import type { Demand, ScoreComponent } from "@/lib/matching/engine/types";
import { storeSuggestions } from "@/lib/matching/store";
import { resetData } from "./reset";

const typed = 'pak\t"besar"\nbaru \\ kodi “A” 🧵';

function components(unit: string, points: number): ScoreComponent[] {
  return [
    { key: "sector", value: 1, weight: 30, points, applicable: true, explanation: { key: "sector.subclass", values: { supplier: "13134", buyer: "13134" } } },
    { key: "capacity", value: 0.5, weight: 20, points: 10, applicable: true, explanation: { key: "capacity.partial", values: { capacity: 40, quantity: 80, unit, percent: 50 } } },
  ];
}

function demand(buyerId: string, requestId: string | null): Demand {
  return {
    requestId,
    buyerId,
    buyerKind: "RETAILER",
    country: "ID",
    city: "Semarang",
    kecamatanCode: null,
    kbliCodes: ["13134"],
    quantityPerMonth: 80,
    unit: "pcs",
    orderSize: null,
    targetPriceMin: null,
    targetPriceMax: null,
    requiredCertificates: [],
    preferredCertificates: [],
    exportDestinations: [],
  };
}

const store = (demands: Demand[], suggestions: Suggestion[][]) => db.$transaction((tx) => storeSuggestions(tx, null, demands, suggestions));
const rows = () => db.match.findMany({ where: { eventId: null }, orderBy: [{ sourcingRequestId: { sort: "asc", nulls: "last" } }] });

describe("matching store, rows sent as text", () => {
  let enterpriseId = "";
  let buyerId = "";
  let requestId = "";

  beforeAll(async () => {
    await resetData();
    const kbli = await db.kbli.findFirstOrThrow({ where: { code: "13134", level: "SUBCLASS" }, select: { id: true } });
    enterpriseId = (
      await db.enterprise.create({
        data: { slug: "ikm-teks", legalName: "UD Teks", legalForm: "UD", kecamatanCode: "33.74.04", status: "PUBLISHED", primaryKbliId: kbli.id },
      })
    ).id;
    buyerId = (await db.buyerOrganization.create({ data: { slug: "pembeli-teks", name: "Toko Teks", kind: "RETAILER", city: "Semarang" } })).id;
    requestId = (
      await db.sourcingRequest.create({ data: { buyerId, title: "Kain", description: "Kain batik tulis untuk toko.", kbliId: kbli.id, quantityPerMonth: 80, unit: "pcs" } })
    ).id;
  });

  it("stores typed text exactly, and no request for a profile demand", async () => {
    const demands = [demand(buyerId, requestId), demand(buyerId, null)];
    const report = await store(demands, [[{ supplierId: enterpriseId, score: 77, components: components(typed, 30) }], [{ supplierId: enterpriseId, score: 64, components: components("kg", 20) }]]);
    expect(report).toMatchObject({ created: 2, updated: 0, removed: 0 });
    const [forRequest, forProfile] = await rows();
    expect(forRequest).toMatchObject({ enterpriseId, buyerId, sourcingRequestId: requestId, score: 77, status: "SUGGESTED" });
    expect(forProfile).toMatchObject({ enterpriseId, buyerId, sourcingRequestId: null, score: 64 });
    expect(parseComponents(forRequest!.components)).toEqual(components(typed, 30));
    expect(parseComponents(forProfile!.components)[1]!.explanation.values.unit).toBe("kg");
  });

  it("a re-run of the same rows changes nothing; a changed score is updated in place", async () => {
    const demands = [demand(buyerId, requestId), demand(buyerId, null)];
    const before = await rows();
    const same = [[{ supplierId: enterpriseId, score: 77, components: components(typed, 30) }], [{ supplierId: enterpriseId, score: 64, components: components("kg", 20) }]];
    expect(await store(demands, same)).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(await rows()).toEqual(before);

    const changed = [[{ supplierId: enterpriseId, score: 81, components: components(typed, 34) }], same[1]!];
    expect(await store(demands, changed)).toMatchObject({ created: 0, updated: 1, removed: 0 });
    const [forRequest] = await rows();
    expect(forRequest).toMatchObject({ id: before[0]!.id, score: 81 });
    expect(parseComponents(forRequest!.components)).toEqual(components(typed, 34));
  });
});
