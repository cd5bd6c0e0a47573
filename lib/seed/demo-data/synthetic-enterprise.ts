// One synthetic IKM with its extra KBLI, certificates and products, generated from its own
// random stream (seed, index): the same (seed, index) always gives the same rows, whatever the
// batch size. Pure: no database access.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BusinessScale, CertificateType, CurationStatus, LegalForm } from "@/lib/generated/prisma/enums";
import { createRandom, mixSeed, type Random, type Weighted } from "@/lib/random/seeded";
import { scaleForCapital, tierForScore } from "./build-rows";
import { salesChannelCodesOf } from "./sales-channels";
import { syntheticTrades, type SyntheticTrade } from "./synthetic-catalog";
import { exportMarkets, mobilePrefixes, nameWords, productVariants, salesChannels, streetSuffixes } from "./synthetic-names";

export interface SyntheticContext {
  seed: number;
  kbliId: (code: string) => number;
  kelurahan: readonly { code: string; name: string; kecamatanCode: string }[];
  kecamatanCodes: readonly string[];
}

const DAY = 86_400_000;
/** The demo's "today"; generated dates fall before or around it. */
export const SYNTHETIC_TODAY = Date.UTC(2026, 10, 28);

export const syntheticIds = {
  enterprise: (seed: number, i: number) => `cgen${seed}e${i}`,
  product: (seed: number, i: number, j: number) => `cgen${seed}e${i}p${j}`,
  certificate: (seed: number, i: number, k: number) => `cgen${seed}e${i}c${k}`,
  buyer: (seed: number, b: number) => `cgen${seed}b${b}`,
  request: (seed: number, r: number) => `cgen${seed}r${r}`,
};

/** "7" + seed (3 digits) + a bijective scramble of the index (9 digits): unique per seed below 1000. */
export function syntheticNib(seed: number, i: number): string {
  const scrambled = (BigInt(i) * 387_420_489n + 104_729n) % 1_000_000_000n;
  return `7${String(seed % 1000).padStart(3, "0")}${scrambled.toString().padStart(9, "0")}`;
}

export function kebab(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

export function roundPrice(value: number): number {
  const step = value < 1000 ? 50 : value < 100_000 ? 500 : value < 1_000_000 ? 1000 : 50_000;
  return Math.max(step, Math.round(value / step) * step);
}

export const tradeWeights: Weighted<SyntheticTrade> = syntheticTrades.map((trade) => [trade, trade.weight]);

interface Band {
  capital: readonly [number, number];
  sales: readonly [number, number];
  workforce: readonly [number, number];
  capacity: readonly [number, number];
  readiness: number;
  legalForms: Weighted<LegalForm>;
}

// PP 7/2021 bands for modal usaha and annual sales; Kemenperin's industri kecil has <= 19 workers.
const bands: Record<Exclude<BusinessScale, "BESAR">, Band> = {
  MIKRO: { capital: [10e6, 1e9], sales: [24e6, 2e9], workforce: [1, 8], capacity: [0.3, 1], readiness: 18,
    legalForms: [["PERORANGAN", 65], ["UD", 25], ["CV", 8], ["KOPERASI", 2]] },
  KECIL: { capital: [1.001e9, 5e9], sales: [2.001e9, 15e9], workforce: [5, 19], capacity: [1, 3], readiness: 40,
    legalForms: [["UD", 30], ["CV", 55], ["PT", 10], ["KOPERASI", 5]] },
  MENENGAH: { capital: [5.001e9, 10e9], sales: [15.001e9, 50e9], workforce: [20, 120], capacity: [3, 8], readiness: 55,
    legalForms: [["CV", 40], ["PT", 60]] },
};

/** No synthetic IKM's monthly capacity exceeds its trade's typical maximum times this (the largest band's factor). */
export const largestCapacityFactor = Math.max(...Object.values(bands).map((band) => band.capacity[1]));

const juta = (value: number, [min, max]: readonly [number, number]) =>
  BigInt(Math.min(Math.floor(max / 1e6), Math.max(Math.ceil(min / 1e6), Math.round(value / 1e6)))) * 1_000_000n;
const dateOnly = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);
const addYears = (ms: number, years: number) => {
  const date = dateOnly(ms);
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
};
const domesticChannels = salesChannels.filter((channel) => channel !== "Ekspor");

function certificates(r: Random, trade: SyntheticTrade, scale: BusinessScale) {
  const list: { type: CertificateType; number: string; name: string | null; issued: number; years: number | null }[] = [];
  const issued = () => SYNTHETIC_TODAY - r.int(20, 6 * 365) * DAY;
  const yy = (from: number, years: number) => String(new Date(from).getUTCFullYear() + years).slice(2);
  if (trade.food && scale !== "MENENGAH" && r.chance(0.55)) {
    const at = issued();
    list.push({ type: "PIRT", number: `${r.int(1, 8)}${r.digits(2)}3374${r.digits(2)}${r.digits(4)}${yy(at, 5)}`, name: null, issued: at, years: 5 });
  }
  if (trade.food && r.chance(0.45)) list.push({ type: "HALAL", number: `ID3311${r.digits(10)}`, name: null, issued: issued(), years: null });
  if (trade.food && scale !== "MIKRO" && r.chance(0.35)) list.push({ type: "BPOM_MD", number: `MD ${r.digits(12)}`, name: null, issued: issued(), years: 5 });
  if (r.chance(scale === "MIKRO" ? 0.08 : 0.3)) list.push({ type: "HKI_MEREK", number: `IDM000${r.digits(6)}`, name: null, issued: issued(), years: 10 });
  if (!trade.food && r.chance(scale === "MIKRO" ? 0.02 : 0.12)) {
    const at = issued();
    list.push({ type: "SNI", number: `${r.digits(4)}/SPPT-SNI/${new Date(at).getUTCFullYear()}`, name: null, issued: at, years: 4 });
  }
  if (r.chance(scale === "MENENGAH" ? 0.4 : scale === "KECIL" ? 0.08 : 0)) {
    const at = issued();
    list.push({ type: "ISO", number: `QMS-ID-${new Date(at).getUTCFullYear()}-${r.digits(4)}`, name: "ISO 9001:2015", issued: at, years: 3 });
  }
  return list;
}

export function syntheticEnterprise(ctx: SyntheticContext, i: number) {
  const { seed } = ctx;
  const r = createRandom(mixSeed(seed, 1, i));
  const trade = r.weighted(tradeWeights);
  // The first rows visit every kecamatan once, so even a small set covers the whole city.
  const home = ctx.kecamatanCodes[i];
  const place = r.pick(home === undefined ? ctx.kelurahan : ctx.kelurahan.filter((row) => row.kecamatanCode === home));
  const scaleKey = r.weighted<keyof typeof bands>([["MIKRO", 72], ["KECIL", 23], ["MENENGAH", 5]]);
  const band = bands[scaleKey];
  const capitalRupiah = juta(r.logUniform(band.capital[0], band.capital[1]), band.capital);
  const annualSalesRupiah = juta(r.logUniform(band.sales[0], band.sales[1]), band.sales);
  const legalForm = r.weighted(band.legalForms);
  const first = r.pick(nameWords);
  const second = r.chance(0.3) ? place.name : r.pick(nameWords.filter((word) => word !== first));
  const brandName = `${r.pick(trade.words)} ${first} ${second}`;
  const legalName =
    legalForm === "PERORANGAN" ? brandName
    : legalForm === "KOPERASI" ? `Koperasi Produsen ${trade.words[0] ?? "IKM"} ${place.name}`
    : `${legalForm} ${brandName}`;
  const slug = `gen-${seed}-${i}-${kebab(brandName)}`;
  const id = syntheticIds.enterprise(seed, i);
  const scale = scaleForCapital(capitalRupiah);
  const readiness = Math.min(100, Math.max(0, Math.round(band.readiness + (r.next() + r.next() + r.next() - 1.5) * 40)));
  const tier = tierForScore(readiness);
  const exportCountries =
    tier === "SIAP_EKSPOR" ? r.sample(exportMarkets, r.int(1, 3)) : tier === "SIAP_DENGAN_PENDAMPINGAN" && r.chance(0.2) ? r.sample(exportMarkets, 1) : [];
  const status = r.weighted<CurationStatus>([["PUBLISHED", 85], ["SUBMITTED", 7], ["DRAFT", 5], ["REVISION_REQUESTED", 3]]);
  const published = status === "PUBLISHED";
  const verifiedMs = published ? SYNTHETIC_TODAY - r.int(7, 900) * DAY - r.int(0, 8) * 3_600_000 : null;
  const capacity = Math.max(1, Math.round(r.logUniform(trade.capacity[0], trade.capacity[1]) * (band.capacity[0] + r.next() * (band.capacity[1] - band.capacity[0]))));
  const mobile = `+62${r.pick(mobilePrefixes)}${r.digits(8)}`;
  const incorporated = legalForm === "CV" || legalForm === "PT" || legalForm === "KOPERASI";
  const sameDivision = syntheticTrades.filter((other) => other.kbli !== trade.kbli && other.kbli.slice(0, 2) === trade.kbli.slice(0, 2));
  const extra = sameDivision.length > 0 && r.chance(0.25) ? r.sample(sameDivision, r.int(1, 2)) : [];

  const enterprise: Prisma.EnterpriseCreateManyInput = {
    id, slug, legalName, brandName, legalForm,
    nib: syntheticNib(seed, i),
    npwp: incorporated ? `0${r.digits(15)}` : null,
    description: `${brandName} adalah IKM ${(trade.words[0] ?? "pengolahan").toLowerCase()} di Kelurahan ${place.name}, Kota Semarang.`,
    scale, yearFounded: 2026 - Math.floor(r.logUniform(1, 50)), workforce: r.int(band.workforce[0], band.workforce[1]),
    capitalRupiah, annualSalesRupiah,
    address: `Jl. ${place.name} ${r.pick(streetSuffixes)} No. ${r.int(1, 150)}, Kota Semarang`,
    kecamatanCode: place.kecamatanCode, kelurahanCode: place.code, primaryKbliId: ctx.kbliId(trade.kbli),
    monthlyCapacity: capacity, installedCapacity: Math.round(capacity * (1.1 + r.next() * 0.6)), capacityUnit: trade.capacity[2],
    rawMaterials: trade.materials, exportCountries,
    salesChannels: salesChannelCodesOf([...r.sample(domesticChannels, r.int(1, 4)), ...(exportCountries.length > 0 ? ["Ekspor"] : [])]),
    sellsNationally: r.chance(scale === "MIKRO" ? 0.25 : 0.7),
    targetBuyerKinds: [...new Set([...r.sample(trade.buyers, r.int(1, 3)), ...(exportCountries.length > 0 ? (["EXPORTER"] as const) : [])])],
    phone: incorporated ? `+6224${r.digits(7)}` : mobile, whatsapp: mobile, email: `${slug}@gen.temu-usaha.test`,
    status, curationGrade: published ? r.weighted([["A", 20], ["B", 50], ["C", 30]] as const) : null,
    verifiedAt: verifiedMs === null ? null : new Date(verifiedMs),
    exportReadinessScore: readiness, exportReadinessTier: tier,
    createdAt: new Date((verifiedMs ?? SYNTHETIC_TODAY) - r.int(1, 90) * DAY),
  };

  const extraKbli: Prisma.EnterpriseKbliCreateManyInput[] = extra.map((other) => ({ enterpriseId: id, kbliId: ctx.kbliId(other.kbli) }));

  const certificateRows: Prisma.CertificateCreateManyInput[] = certificates(r, trade, scale).map((cert, k) => {
    const verified = r.chance(0.8) ? Math.min(SYNTHETIC_TODAY, cert.issued + r.int(5, 40) * DAY) : null;
    return {
      id: syntheticIds.certificate(seed, i, k), enterpriseId: id, type: cert.type, number: cert.number, name: cert.name,
      issuedAt: dateOnly(cert.issued),
      expiresAt: cert.years === null ? null : addYears(cert.issued, cert.years),
      verifiedAt: verified === null ? null : new Date(verified),
    };
  });

  const productCount = r.pick([1, 2, 3, 3, 3, 4, 4, 5]);
  const products: Prisma.ProductCreateManyInput[] = [];
  for (let j = 0; j < productCount; j++) {
    const template = trade.products[j % trade.products.length];
    if (!template) throw new Error(`trade ${trade.kbli} has no product templates`);
    // Repeats of a template get a variant, a different one each time round.
    const round = Math.floor(j / trade.products.length);
    const variant = round > 0 ? productVariants[(round - 1 + i) % productVariants.length] : undefined;
    const nameId = variant ? `${template.nameId} ${variant[0]}` : template.nameId;
    const nameEn = variant ? `${template.nameEn}, ${variant[1]}` : template.nameEn;
    const priceMin = roundPrice(r.logUniform(template.price[0], template.price[1] * 0.8));
    const priceMax = Math.max(priceMin, roundPrice(priceMin * (1 + r.next() * 0.6)));
    const productCapacity = Math.max(1, Math.round((capacity / productCount) * (0.5 + r.next())));
    const productStatus: CurationStatus = published
      ? r.weighted<CurationStatus>([["PUBLISHED", 90], ["DRAFT", 6], ["SUBMITTED", 4]])
      : status === "SUBMITTED" ? "SUBMITTED" : "DRAFT";
    products.push({
      id: syntheticIds.product(seed, i, j), slug: `gen-${seed}-${i}-${j}-${kebab(nameId)}`, enterpriseId: id, nameId, nameEn,
      descriptionId: `${nameId} buatan ${brandName}, ${place.name}, Kota Semarang. Kapasitas sekitar ${productCapacity} ${template.unit} per bulan.`,
      descriptionEn: `${nameEn} made by ${brandName} in ${place.name}, Semarang. Capacity about ${productCapacity} ${template.unit} a month.`,
      kbliId: ctx.kbliId(trade.kbli), hsCode: template.hs, priceMinRupiah: BigInt(priceMin), priceMaxRupiah: BigInt(priceMax),
      unit: template.unit,
      minOrder: priceMin < 5000 ? r.int(100, 2000) : priceMin < 100_000 ? r.int(10, 200) : priceMin < 1_000_000 ? r.int(2, 50) : r.int(1, 5),
      monthlyCapacity: productCapacity, leadTimeDays: r.int(trade.leadDays[0], trade.leadDays[1]),
      exportReady: tier === "SIAP_EKSPOR" ? r.chance(0.7) : tier === "SIAP_DENGAN_PENDAMPINGAN" && r.chance(0.2),
      status: productStatus,
      publishedAt: productStatus === "PUBLISHED" && verifiedMs !== null ? new Date(Math.min(SYNTHETIC_TODAY, verifiedMs + r.int(0, 30) * DAY)) : null,
    });
  }

  return { enterprise, extraKbli, certificates: certificateRows, products };
}
