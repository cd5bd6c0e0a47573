// Turns the demo content into createMany rows: deterministic cuid-shaped ids, KBLI ids, scale
// from modal usaha (PP 7/2021), export-readiness tier from the score. Pure: no database access.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BusinessScale, CurationGrade, CurationStatus, ExportReadinessTier } from "@/lib/generated/prisma/enums";
import { demoBuyers, demoPartners } from "./buyers";
import { demoCertificates } from "./certificates";
import { foodEnterprises } from "./enterprises-food";
import { industryEnterprises } from "./enterprises-industry";
import { snackAndDrinkEnterprises } from "./enterprises-snacks-drinks";
import { textileEnterprises } from "./enterprises-textile";
import { salesChannelCodesOf } from "./sales-channels";
import { craftProducts } from "./products-crafts";
import { foodProducts } from "./products-food";
import { metalAndFurnitureProducts } from "./products-metal-furniture";
import { snackAndDrinkProducts } from "./products-snacks-drinks";
import { textileProducts } from "./products-textile";
import { demoSentra } from "./sentra";
import { demoSourcingRequests, demoUsers } from "./sourcing";
import type { DemoEnterprise, DemoProduct } from "./types";

export const demoEnterprises: readonly DemoEnterprise[] = [
  ...foodEnterprises,
  ...snackAndDrinkEnterprises,
  ...textileEnterprises,
  ...industryEnterprises,
];

export const demoProducts: readonly (DemoProduct & { enterprise: string })[] = [
  foodProducts,
  snackAndDrinkProducts,
  textileProducts,
  craftProducts,
  metalAndFurnitureProducts,
].flatMap((group) => Object.entries(group).flatMap(([enterprise, products]) => products.map((product) => ({ ...product, enterprise }))));

/** A stable id in cuid form ("c" + 24 base-36 characters), so id validators accept demo rows. */
export function demoId(kind: string, key: string): string {
  const hex = createHash("sha256").update(`temu-usaha-demo:${kind}:${key}`).digest("hex").slice(0, 32);
  return `c${BigInt(`0x${hex}`).toString(36).padStart(25, "0").slice(-24)}`;
}

/** PP 7/2021 Art. 35: modal usaha (excluding land and buildings) bands. */
export function scaleForCapital(capitalRupiah: bigint): BusinessScale {
  if (capitalRupiah <= 1_000_000_000n) return "MIKRO";
  if (capitalRupiah <= 5_000_000_000n) return "KECIL";
  if (capitalRupiah <= 10_000_000_000n) return "MENENGAH";
  return "BESAR";
}

export function tierForScore(score: number): ExportReadinessTier {
  if (score >= 70) return "SIAP_EKSPOR";
  if (score >= 40) return "SIAP_DENGAN_PENDAMPINGAN";
  return "BELUM_SIAP";
}

export const juta = (millions: number): bigint => BigInt(Math.round(millions * 1_000_000));
export const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);
const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * 86_400_000);

const mobilePrefixes = ["812", "813", "821", "822", "852", "853", "857", "858", "877", "878", "895", "815", "856", "838"];

/** Deterministic, realistic-looking contact numbers and registry numbers per enterprise index. */
function identifiers(index: number) {
  const prefix = mobilePrefixes[index % mobilePrefixes.length] ?? "812";
  const mobile = `+62${prefix}${String((index * 7_919_123 + 21_436_587) % 100_000_000).padStart(8, "0")}`;
  return {
    mobile,
    landline: `+6224${String((index * 76_543 + 7_601_234) % 10_000_000).padStart(7, "0")}`,
    nib: `9120${String(102_345_678 + index * 1_003_471).padStart(9, "0")}`,
    npwp: `0${String(81_245_673_517_000 + index * 7_177_123).padStart(15, "0")}`,
  };
}

/** Verification dates spread over mid-2025 to autumn 2026 (the demo's "today" is 2026-11-28). */
function verifiedAtFor(index: number): Date {
  return new Date(Date.UTC(2025, 5 + (index % 16), 2 + ((index * 7) % 25), 3, 0));
}

export type KbliLookup = (code: string) => number;

export interface DemoRowsInput {
  kbliId: KbliLookup;
  passwordHash: string;
}

export function ownerEmailOf(enterprise: DemoEnterprise): string | null {
  if (!enterprise.owner) return null;
  return enterprise.ownerEmail ?? `${enterprise.slug}@ikm.temu-usaha.test`;
}

export function buildCoreRows({ kbliId, passwordHash }: DemoRowsInput) {
  const userId = (email: string) => demoId("user", email);
  const enterpriseId = (slug: string) => demoId("enterprise", slug);
  const buyerId = (slug: string) => demoId("buyer", slug);
  const partnerId = (slug: string) => demoId("partner", slug);
  const sentraIds = new Map(demoSentra.map((sentra) => [sentra.key, demoId("sentra", sentra.slug)]));
  const emailVerifiedAt = new Date("2026-06-01T02:00:00Z");

  const sentra: Prisma.SentraCreateManyInput[] = demoSentra.map((item) => ({
    id: demoId("sentra", item.slug),
    slug: item.slug,
    name: item.name,
    description: item.description,
    kecamatanCode: item.kecamatanCode,
    kbliId: kbliId(item.kbli),
  }));

  const users: Prisma.UserCreateManyInput[] = demoUsers.map((user) => ({
    id: userId(user.email),
    email: user.email,
    name: user.name,
    phone: user.phone ?? null,
    passwordHash,
    role: user.role,
    status: "ACTIVE",
    emailVerifiedAt,
    buyerOrganizationId: user.buyer ? buyerId(user.buyer) : null,
    partnerOrganizationId: user.partner ? partnerId(user.partner) : null,
  }));

  const enterpriseInfo = new Map<string, { id: string; status: CurationStatus; verifiedAt: Date | null; grade: CurationGrade }>();
  const enterprises: Prisma.EnterpriseCreateManyInput[] = demoEnterprises.map((item, index) => {
    const ids = identifiers(index);
    const status = item.status ?? "PUBLISHED";
    const published = status === "PUBLISHED";
    const verifiedAt = published ? verifiedAtFor(index) : null;
    const capitalRupiah = juta(item.capitalJuta);
    const ownerEmail = ownerEmailOf(item);
    enterpriseInfo.set(item.slug, { id: enterpriseId(item.slug), status, verifiedAt, grade: item.grade ?? "B" });
    if (ownerEmail) {
      users.push({
        id: userId(ownerEmail), email: ownerEmail, name: item.owner ?? item.brandName, phone: ids.mobile, passwordHash,
        role: "SME", status: "ACTIVE", emailVerifiedAt,
      });
    }
    const incorporated = item.legalForm === "CV" || item.legalForm === "PT" || item.legalForm === "KOPERASI";
    return {
      id: enterpriseId(item.slug),
      slug: item.slug,
      ownerId: ownerEmail ? userId(ownerEmail) : null,
      legalName: item.legalName,
      brandName: item.brandName,
      legalForm: item.legalForm,
      nib: ids.nib,
      npwp: incorporated ? ids.npwp : null,
      description: item.description,
      scale: scaleForCapital(capitalRupiah),
      yearFounded: item.founded,
      workforce: item.workforce,
      capitalRupiah,
      annualSalesRupiah: juta(item.salesJuta),
      address: `${item.address}, Kota Semarang`,
      kecamatanCode: item.kelurahan.slice(0, 8),
      kelurahanCode: item.kelurahan,
      sentraId: item.sentra ? (sentraIds.get(item.sentra) ?? null) : null,
      primaryKbliId: kbliId(item.kbli),
      monthlyCapacity: item.capacity[0],
      installedCapacity: Math.round(item.capacity[0] * 1.25),
      capacityUnit: item.capacity[1],
      rawMaterials: item.rawMaterials,
      salesChannels: salesChannelCodesOf(item.channels),
      exportCountries: [...(item.exportCountries ?? [])],
      sellsNationally: item.sellsNationally ?? false,
      targetBuyerKinds: [...item.buyers],
      phone: incorporated ? ids.landline : ids.mobile,
      whatsapp: ids.mobile,
      email: ownerEmail ?? `${item.slug}@ikm.temu-usaha.test`,
      status,
      curationGrade: published ? (item.grade ?? "B") : null,
      verifiedAt,
      exportReadinessScore: item.readiness,
      exportReadinessTier: tierForScore(item.readiness),
      createdAt: verifiedAt ? daysBefore(verifiedAt, 21) : new Date(Date.UTC(2026, 9, 1 + (index % 25), 2)),
    };
  });

  const enterpriseKbli: Prisma.EnterpriseKbliCreateManyInput[] = demoEnterprises.flatMap((item) =>
    (item.extraKbli ?? []).map((code) => ({ enterpriseId: enterpriseId(item.slug), kbliId: kbliId(code) })),
  );

  const info = (slug: string) => {
    const found = enterpriseInfo.get(slug);
    if (!found) throw new Error(`demo data refers to an unknown enterprise "${slug}"`);
    return found;
  };

  const certificates: Prisma.CertificateCreateManyInput[] = demoCertificates.map((cert) => {
    const owner = info(cert.enterprise);
    return {
      id: demoId("certificate", `${cert.enterprise}:${cert.type}:${cert.number}`),
      enterpriseId: owner.id,
      type: cert.type,
      number: cert.number,
      name: cert.name ?? null,
      issuedAt: day(cert.issued),
      expiresAt: cert.expires ? day(cert.expires) : null,
      verifiedAt: cert.verified === false ? null : owner.verifiedAt,
    };
  });

  const products: Prisma.ProductCreateManyInput[] = demoProducts.map((product) => {
    const owner = info(product.enterprise);
    const status: CurationStatus =
      product.status ?? (owner.status === "PUBLISHED" ? "PUBLISHED" : owner.status === "SUBMITTED" ? "SUBMITTED" : "DRAFT");
    const publishedAt = status === "PUBLISHED" && owner.verifiedAt ? new Date(owner.verifiedAt.getTime() + 2 * 86_400_000) : null;
    return {
      id: demoId("product", product.slug),
      slug: product.slug,
      enterpriseId: owner.id,
      nameId: product.nameId,
      nameEn: product.nameEn,
      descriptionId: product.descriptionId,
      descriptionEn: product.descriptionEn,
      kbliId: kbliId(product.kbli),
      hsCode: product.hs,
      priceMinRupiah: BigInt(product.price[0]),
      priceMaxRupiah: BigInt(product.price[1]),
      unit: product.unit,
      minOrder: product.minOrder,
      monthlyCapacity: product.capacity,
      leadTimeDays: product.leadDays,
      exportReady: product.exportReady ?? false,
      status,
      publishedAt,
      // Published demo products went through curation: graded and verified when published.
      curationGrade: publishedAt ? owner.grade : null,
      verifiedAt: publishedAt,
      createdAt: owner.verifiedAt ? daysBefore(owner.verifiedAt, 14) : new Date(Date.UTC(2026, 10, 3, 4)),
    };
  });

  const buyers: Prisma.BuyerOrganizationCreateManyInput[] = demoBuyers.map((buyer, index) => ({
    id: buyerId(buyer.slug),
    slug: buyer.slug,
    name: buyer.name,
    kind: buyer.kind,
    country: buyer.country ?? "ID",
    city: buyer.city,
    description: buyer.description,
    website: buyer.website ?? null,
    purchaseVolumeBand: buyer.volume,
    requiredCertificates: [...buyer.requiredCertificates],
    exportDestinations: [...buyer.exportDestinations],
    verifiedAt: buyer.verified === false ? null : new Date(Date.UTC(2026, 3 + (index % 6), 10 + index, 3)),
  }));

  const buyerKbli: Prisma.BuyerKbliCreateManyInput[] = demoBuyers.flatMap((buyer) =>
    buyer.kbli.map((code) => ({ buyerId: buyerId(buyer.slug), kbliId: kbliId(code) })),
  );

  const partners: Prisma.PartnerOrganizationCreateManyInput[] = demoPartners.map((partner) => ({
    id: partnerId(partner.slug),
    slug: partner.slug,
    name: partner.name,
    kind: partner.kind,
    offeredPurposes: [...partner.offers],
    description: partner.description,
    website: partner.website ?? null,
  }));

  const sourcingRequests: Prisma.SourcingRequestCreateManyInput[] = demoSourcingRequests.map((request, index) => {
    const author = demoUsers.find((user) => user.buyer === request.buyer);
    return {
      id: demoId("sourcing-request", request.key),
      buyerId: buyerId(request.buyer),
      createdById: author ? userId(author.email) : null,
      title: request.title,
      description: request.description,
      kbliId: kbliId(request.kbli),
      quantityPerMonth: request.quantityPerMonth,
      unit: request.unit,
      targetPriceMinRupiah: request.targetPrice ? BigInt(request.targetPrice[0]) : null,
      targetPriceMaxRupiah: request.targetPrice ? BigInt(request.targetPrice[1]) : null,
      requiredCertificates: [...request.requiredCertificates],
      exportDestination: request.exportDestination ?? null,
      deadline: day(request.deadline),
      status: request.closed ? "CLOSED" : "OPEN",
      createdAt: new Date(Date.UTC(2026, 9, 5 + index * 3, 2)),
    };
  });

  return { sentra, users, enterprises, enterpriseKbli, certificates, products, buyers, buyerKbli, partners, sourcingRequests };
}
