// Reads of partner referrals. Every partner-side read names the partner's own organisation and
// the active-consent condition (./active.ts: not revoked, not past its end) in its own query, so
// access ends the moment a consent is revoked or ends: nothing is cached between requests.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartnerKind, ReferralPurpose } from "@/lib/generated/prisma/enums";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { activeConsentWhere } from "./active";
import { offeredPurposes } from "./purposes";
import type { ReferralListFilter } from "./schemas";

export interface ConsentState {
  purpose: ReferralPurpose;
  grantedAt: Date;
  endsAt: Date | null;
  revokedAt: Date | null;
}

export interface PartnerConsentOption {
  id: string;
  name: string;
  kind: PartnerKind;
  description: string | null;
  /** What the SME may share its profile for with this organisation. */
  purposes: ReferralPurpose[];
  consents: ConsentState[];
}

/** Every partner organisation, the purposes it offers and this enterprise's consents to it (the SME's page). */
export async function listConsentOptions(enterpriseId: string): Promise<PartnerConsentOption[]> {
  const partners = await db.partnerOrganization.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      description: true,
      offeredPurposes: true,
      consents: { where: { enterpriseId }, select: { purpose: true, grantedAt: true, endsAt: true, revokedAt: true } },
    },
  });
  return partners.map(({ offeredPurposes: listed, ...partner }) => ({ ...partner, purposes: offeredPurposes({ kind: partner.kind, offeredPurposes: listed }) }));
}

const activeFor = (partnerOrganizationId: string, now: Date = new Date()): Prisma.PartnerConsentWhereInput => ({ partnerOrganizationId, ...activeConsentWhere(now) });

const referralRowSelect = {
  id: true,
  purpose: true,
  grantedAt: true,
  endsAt: true,
  enterprise: { select: { legalName: true, brandName: true, scale: true, kecamatan: { select: { name: true } } } },
  outcomes: { orderBy: { createdAt: "desc" }, take: 1, select: { kind: true, createdAt: true } },
} satisfies Prisma.PartnerConsentSelect;

export type ReferralRow = Prisma.PartnerConsentGetPayload<{ select: typeof referralRowSelect }>;

export const referralPageSize = 20;

/** The SMEs that consented to this partner, have not revoked and whose consent has not ended, newest consent first. */
export async function listConsentedReferrals(partnerOrganizationId: string, filter: ReferralListFilter, page: number, pageSize = referralPageSize): Promise<Paginated<ReferralRow>> {
  const where: Prisma.PartnerConsentWhereInput = {
    AND: [activeFor(partnerOrganizationId)],
    ...(filter.purpose ? { purpose: filter.purpose } : {}),
    ...(filter.q
      ? { enterprise: { OR: [{ legalName: { contains: filter.q, mode: "insensitive" } }, { brandName: { contains: filter.q, mode: "insensitive" } }] } }
      : {}),
  };
  const [items, total] = await Promise.all([
    db.partnerConsent.findMany({ where, orderBy: [{ grantedAt: "desc" }, { id: "asc" }], ...pageWindow(page, pageSize), select: referralRowSelect }),
    db.partnerConsent.count({ where }),
  ]);
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}

const sharedProfileSelect = {
  legalName: true,
  brandName: true,
  legalForm: true,
  nib: true,
  yearFounded: true,
  description: true,
  scale: true,
  workforce: true,
  address: true,
  phone: true,
  whatsapp: true,
  email: true,
  website: true,
  owner: { select: { name: true } },
  kecamatan: { select: { name: true } },
  kelurahan: { select: { name: true } },
  primaryKbli: { select: { code: true, nameId: true, nameEn: true } },
  monthlyCapacity: true,
  capacityUnit: true,
  exportReadinessTier: true,
  exportReadinessScore: true,
  exportCountries: true,
  certificates: {
    select: { id: true, type: true, name: true, number: true, expiresAt: true },
    orderBy: [{ expiresAt: { sort: "asc", nulls: "last" } }, { type: "asc" }],
    take: 50,
  },
} satisfies Prisma.EnterpriseSelect;

const referralSelect = {
  id: true,
  purpose: true,
  grantedAt: true,
  endsAt: true,
  enterprise: { select: sharedProfileSelect },
  outcomes: {
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, kind: true, amountRupiah: true, note: true, createdAt: true, recordedBy: { select: { name: true } } },
  },
} satisfies Prisma.PartnerConsentSelect;

export type Referral = Prisma.PartnerConsentGetPayload<{ select: typeof referralSelect }>;
export type SharedProfile = Referral["enterprise"];

/** One referral with the shared profile and its outcomes, or null unless the consent is active and this partner's. */
export async function getConsentedReferral(partnerOrganizationId: string, consentId: string): Promise<Referral | null> {
  return db.partnerConsent.findFirst({ where: { id: consentId, AND: [activeFor(partnerOrganizationId)] }, select: referralSelect });
}
