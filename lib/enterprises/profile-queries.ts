import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type KbliOption, kbliSearchWhere, maxKbliResults } from "./kbli-search";

const kbliSelect = { code: true, nameId: true, nameEn: true } satisfies Prisma.KbliSelect;

const profileSelect = {
  id: true,
  legalName: true,
  brandName: true,
  legalForm: true,
  nib: true,
  npwp: true,
  yearFounded: true,
  workforce: true,
  capitalRupiah: true,
  annualSalesRupiah: true,
  scale: true,
  kecamatanCode: true,
  kelurahanCode: true,
  address: true,
  sentraId: true,
  primaryKbli: { select: kbliSelect },
  additionalKbli: { select: { kbli: { select: kbliSelect } }, orderBy: { kbli: { code: "asc" } } },
  monthlyCapacity: true,
  installedCapacity: true,
  capacityUnit: true,
  rawMaterials: true,
  salesChannels: true,
  sellsNationally: true,
  exportCountries: true,
  targetBuyerKinds: true,
  phone: true,
  whatsapp: true,
  email: true,
  website: true,
  instagram: true,
  facebook: true,
  tiktok: true,
  marketplaceUrl: true,
  photos: {
    select: { id: true, kind: true, width: true, height: true, pendingReview: true },
    orderBy: [{ kind: "asc" }, { sortOrder: "asc" }, { createdAt: "asc" }],
    take: 10,
  },
} satisfies Prisma.EnterpriseSelect;

export type EnterpriseProfile = Prisma.EnterpriseGetPayload<{ select: typeof profileSelect }>;

/** The SME's own enterprise, with what the profile steps edit. */
export async function getOwnEnterpriseProfile(enterpriseId: string): Promise<EnterpriseProfile | null> {
  return db.enterprise.findUnique({ where: { id: enterpriseId }, select: profileSelect });
}

export type AssistedEnterpriseProfile = { profile: EnterpriseProfile; ownerName: string | null };

/** An enterprise staff fill in on behalf of its owner; null unless it is in assisted mode. */
export async function getAssistedEnterpriseProfile(enterpriseId: string): Promise<AssistedEnterpriseProfile | null> {
  const row = await db.enterprise.findFirst({
    where: { id: enterpriseId, assistedAt: { not: null } },
    select: { ...profileSelect, owner: { select: { name: true } } },
  });
  if (!row) return null;
  const { owner, ...profile } = row;
  return { profile, ownerName: owner?.name ?? null };
}

export type PlaceOptions = {
  kecamatan: { code: string; name: string }[];
  kelurahan: { code: string; name: string; kecamatanCode: string }[];
  sentra: { id: string; name: string; kecamatanCode: string }[];
};

/** The reference lists the address step chooses from (16 kecamatan, their kelurahan, the sentra). */
export async function getPlaceOptions(): Promise<PlaceOptions> {
  const [kecamatan, kelurahan, sentra] = await Promise.all([
    db.kecamatan.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } }),
    db.kelurahan.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true, kecamatanCode: true } }),
    db.sentra.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kecamatanCode: true }, take: 500 }),
  ]);
  return { kecamatan, kelurahan, sentra };
}

/** KBLI 2020 subclasses matching a search (code prefix or name words), at most 20. */
export async function searchKbliSubclasses(query: string): Promise<KbliOption[]> {
  const where = kbliSearchWhere(query);
  if (!where) return [];
  return db.kbli.findMany({ where, select: kbliSelect, orderBy: { code: "asc" }, take: maxKbliResults });
}
