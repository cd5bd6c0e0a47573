import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type KbliOption, kbliSearchWhere, maxKbliResults } from "./kbli-search";
import { decodePendingFields } from "./pending-changes";

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
  electricityKwhPerMonth: true,
  fuelPerMonth: true,
  fuelUnit: true,
  gasPerMonth: true,
  gasUnit: true,
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

/**
 * The profile as its editor last saved it: the published values with the edits still waiting
 * for staff (pending-changes.ts) laid over them, so the forms show what was proposed.
 */
async function withPendingValues<T extends EnterpriseProfile>(profile: T): Promise<T> {
  const pending = await db.enterprisePendingChange.findUnique({ where: { enterpriseId: profile.id }, select: { fields: true } });
  if (!pending) return profile;
  const { columns, additionalKbliIds } = decodePendingFields(pending.fields);
  const { primaryKbliId, ...values } = columns;
  const ids = [...(typeof primaryKbliId === "number" ? [primaryKbliId] : []), ...(additionalKbliIds ?? [])];
  const kbli = new Map((await db.kbli.findMany({ where: { id: { in: ids } }, select: { id: true, ...kbliSelect } })).map(({ id, ...row }) => [id, row]));
  return {
    ...profile,
    ...(values as Partial<EnterpriseProfile>),
    ...(typeof primaryKbliId === "number" ? { primaryKbli: kbli.get(primaryKbliId) ?? profile.primaryKbli } : {}),
    ...(additionalKbliIds ? { additionalKbli: additionalKbliIds.flatMap((id) => (kbli.has(id) ? [{ kbli: kbli.get(id)! }] : [])) } : {}),
  };
}

/** The SME's own enterprise, with what the profile steps edit (edits waiting for staff included). */
export async function getOwnEnterpriseProfile(enterpriseId: string): Promise<EnterpriseProfile | null> {
  const profile = await db.enterprise.findUnique({ where: { id: enterpriseId }, select: profileSelect });
  return profile && withPendingValues(profile);
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
  return { profile: await withPendingValues(profile), ownerName: owner?.name ?? null };
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
