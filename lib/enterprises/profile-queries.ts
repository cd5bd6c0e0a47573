import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
} satisfies Prisma.EnterpriseSelect;

export type EnterpriseProfile = Prisma.EnterpriseGetPayload<{ select: typeof profileSelect }>;

/** The SME's own enterprise, with what the profile steps edit. */
export async function getOwnEnterpriseProfile(enterpriseId: string): Promise<EnterpriseProfile | null> {
  return db.enterprise.findUnique({ where: { id: enterpriseId }, select: profileSelect });
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
