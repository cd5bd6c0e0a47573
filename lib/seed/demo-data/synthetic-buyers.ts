// Synthetic buyer organisations (every BuyerKind, with the KBLI they source) and their sourcing
// requests, each from its own random stream. Pure: no database access.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BuyerKind, CertificateType, PurchaseVolumeBand, SourcingRequestStatus } from "@/lib/generated/prisma/enums";
import { createRandom, mixSeed, type Random, type Weighted } from "@/lib/random/seeded";
import { syntheticTrades } from "./synthetic-catalog";
import { kebab, largestCapacityFactor, roundPrice, SYNTHETIC_TODAY, syntheticIds, type SyntheticContext } from "./synthetic-enterprise";
import {
  buyerKinds,
  domesticCities,
  exportMarkets,
  governmentUnits,
  importerHomes,
  nameWords,
  requestOpeners,
  requestPurposes,
} from "./synthetic-names";

const DAY = 86_400_000;
const foodPermits = new Set<CertificateType>(["HALAL", "PIRT", "BPOM_MD"]);

const volumeBands: Record<"small" | "large", Weighted<PurchaseVolumeBand>> = {
  small: [["UNDER_50M", 35], ["FROM_50M_TO_500M", 40], ["FROM_500M_TO_5B", 20], ["OVER_5B", 5]],
  large: [["UNDER_50M", 5], ["FROM_50M_TO_500M", 30], ["FROM_500M_TO_5B", 45], ["OVER_5B", 20]],
};

function buyerName(r: Random, kind: BuyerKind, city: string): { name: string; country: string; city: string } {
  const a = r.pick(nameWords);
  const b = r.pick(nameWords.filter((word) => word !== a));
  switch (kind) {
    case "RETAILER":
      return { name: r.pick([`Toko Oleh-Oleh ${a} ${b}`, `Swalayan ${a} ${city}`, `Galeri ${a} ${b}`]), country: "ID", city };
    case "DISTRIBUTOR":
      return { name: r.pick([`CV ${a} ${b} Distribusi`, `PT ${a} Niaga ${city}`]), country: "ID", city };
    case "EXPORTER":
      return { name: r.pick([`PT ${a} ${b} Ekspor`, `CV ${a} Global Trading`]), country: "ID", city };
    case "IMPORTER": {
      const home = r.pick(importerHomes);
      return { name: `${a} ${b} Trading ${home.suffix}`, country: home.country, city: home.city };
    }
    case "HOREKA":
      return { name: r.pick([`Hotel ${a} ${city}`, `Restoran ${a} ${b}`, `Katering ${a} ${b}`]), country: "ID", city };
    case "CORPORATE_PROCUREMENT":
      return { name: `PT ${a} ${b} Industri`, country: "ID", city };
    case "GOVERNMENT_PROCUREMENT": {
      const region = r.pick(["Kota Semarang", "Kabupaten Semarang", "Kabupaten Kendal", "Kabupaten Demak", "Kota Salatiga", "Provinsi Jawa Tengah"]);
      return { name: `${r.pick(governmentUnits)} ${region}`, country: "ID", city: "Semarang" };
    }
    case "ONLINE_MARKETPLACE":
      return { name: r.pick([`${a}${b}.id`, `Pasar${a}.com`]), country: "ID", city };
  }
}

export function syntheticBuyer(ctx: SyntheticContext, b: number) {
  const { seed } = ctx;
  const r = createRandom(mixSeed(seed, 2, b));
  // The first buyers take every kind once, so even a small set has all of them.
  const kind = buyerKinds[b]?.[0] ?? r.weighted(buyerKinds);
  const where = buyerName(r, kind, r.weighted(domesticCities));
  const id = syntheticIds.buyer(seed, b);
  const candidates = syntheticTrades.filter((trade) => trade.buyers.includes(kind));
  const trades = r.sample(candidates.length > 0 ? candidates : syntheticTrades, r.int(1, 4));
  const food = trades.some((trade) => trade.food);
  const required = new Set<CertificateType>();
  if (food && r.chance(0.6)) required.add("HALAL");
  if (food && kind !== "EXPORTER" && kind !== "IMPORTER" && r.chance(0.4)) required.add("PIRT");
  if (food && r.chance(0.25)) required.add("BPOM_MD");
  if (!food && r.chance(0.15)) required.add("HKI_MEREK");
  if (kind === "CORPORATE_PROCUREMENT" && r.chance(0.3)) required.add("ISO");
  if (!food && r.chance(0.1)) required.add("SNI");
  const large = kind === "EXPORTER" || kind === "DISTRIBUTOR" || kind === "CORPORATE_PROCUREMENT" || kind === "GOVERNMENT_PROCUREMENT";
  const exportDestinations = kind === "EXPORTER" ? r.sample(exportMarkets, r.int(1, 3)) : [];

  const buyer: Prisma.BuyerOrganizationCreateManyInput = {
    id, slug: `gen-${seed}-b${b}-${kebab(where.name)}`, name: where.name, kind, country: where.country, city: where.city,
    description: `${where.name} mencari pemasok IKM untuk ${trades.map((trade) => trade.products[0]?.nameId.toLowerCase() ?? trade.kbli).join(", ")}.`,
    purchaseVolumeBand: r.weighted(volumeBands[large ? "large" : "small"]),
    requiredCertificates: [...required], exportDestinations,
    verifiedAt: r.chance(0.8) ? new Date(SYNTHETIC_TODAY - r.int(10, 600) * DAY) : null,
    createdAt: new Date(SYNTHETIC_TODAY - r.int(610, 900) * DAY),
  };
  const kbli: Prisma.BuyerKbliCreateManyInput[] = trades.map((trade) => ({ buyerId: id, kbliId: ctx.kbliId(trade.kbli) }));
  return { buyer, kbli, kind, trades, required: [...required], exportDestinations, country: where.country };
}

/**
 * With pooledShare (0..1), about that share of the requests ask for more than any synthetic IKM
 * of their trade can make alone (its typical maximum times largestCapacityFactor, times 1.05 to
 * 1.8), in the trade's capacity unit: demands for pooled supply. The choice and the volume come
 * from a stream of their own, so without the option every row is exactly what it was before.
 */
export function syntheticSourcingRequest(ctx: SyntheticContext, index: number, buyerCount: number, pooledShare = 0): Prisma.SourcingRequestCreateManyInput {
  const { seed } = ctx;
  const r = createRandom(mixSeed(seed, 3, index));
  const buyerIndex = r.int(0, buyerCount - 1);
  const buyer = syntheticBuyer(ctx, buyerIndex);
  const trade = r.pick(buyer.trades);
  const product = r.pick(trade.products);
  const purpose = r.pick(requestPurposes[buyer.kind]);
  const what = product.nameId.toLowerCase();
  const [low, high] = product.price;
  const pooled = createRandom(mixSeed(seed, 7, index));
  const pooling = pooledShare > 0 && pooled.next() < pooledShare;
  const usual = low < 5000 ? r.int(1000, 50_000) : low < 100_000 ? r.int(100, 5000) : low < 1_000_000 ? r.int(10, 500) : r.int(1, 40);
  const quantity = pooling ? Math.round(trade.capacity[1] * largestCapacityFactor * (1.05 + pooled.next() * 0.75)) : usual;
  const unit = pooling ? trade.capacity[2] : product.unit;
  const targetMin = roundPrice(low + r.next() * (high - low) * 0.5);
  const exportDestination =
    buyer.kind === "EXPORTER" ? (buyer.exportDestinations[0] ?? null) : buyer.kind === "IMPORTER" ? buyer.country : null;
  const status: SourcingRequestStatus = r.chance(0.8) ? "OPEN" : "CLOSED";
  return {
    id: syntheticIds.request(seed, index),
    buyerId: syntheticIds.buyer(seed, buyerIndex),
    title: `${r.pick(requestOpeners)} ${what} ${purpose}`,
    description: `${buyer.buyer.name} membutuhkan ${what} sekitar ${quantity} ${unit} per bulan ${purpose}. Penawaran dari IKM Kota Semarang diutamakan.`,
    kbliId: ctx.kbliId(trade.kbli),
    quantityPerMonth: quantity,
    unit,
    targetPriceMinRupiah: BigInt(targetMin),
    targetPriceMaxRupiah: BigInt(Math.max(targetMin, roundPrice(targetMin * (1.1 + r.next() * 0.4)))),
    // Food permits only where the goods are food.
    requiredCertificates: buyer.required.filter((type) => trade.food || !foodPermits.has(type)),
    exportDestination,
    deadline: new Date(Math.floor((SYNTHETIC_TODAY + r.int(7, 210) * DAY) / DAY) * DAY),
    status,
    createdAt: new Date(SYNTHETIC_TODAY - r.int(1, 90) * DAY),
  };
}
