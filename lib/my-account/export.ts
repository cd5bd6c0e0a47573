// "Download my data" (UU PDP Art. 7 access and Art. 13 portability): the user's own data, table
// by table, as machine-readable JSON, and none of anyone else's. Every table is read with a fixed
// `select` (a new column is never exported by default): the SME and the buyer get what their own
// pages show them (lib/my-account/export-activity.ts), their own work (pending changes, assessments,
// offers, messages they wrote: lib/my-account/export-own-work.ts) and the record of processing about
// them by role, without other people's identities or addresses (lib/my-account/export-record.ts).
import { recordAudit } from "@/lib/audit/log";
import { db, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { timeZone } from "@/lib/i18n/config";
import { exportSideActivity } from "./export-activity";
import { exportOwnWork } from "./export-own-work";
import { exportProcessingRecord } from "./export-record";

export const exportFormat = "temu-usaha.account-export";
/** 2: only the person's own data (shown matches, own side of meetings, the processing record by role). */
export const exportVersion = 2;

/** The tables an export covers, in the order they appear in the file. */
export const exportedTables = [
  "User",
  "Enterprise",
  "EnterprisePendingChange",
  "EnterpriseKbli",
  "Certificate",
  "ExportReadinessAssessment",
  "Product",
  "EventParticipant",
  "Match",
  "Meeting",
  "PartnerConsent",
  "BuyerOrganization",
  "SourcingRequest",
  "SourcingOffer",
  "InquiryMessage",
  "PartnerOrganization",
  "Event",
  "AuditLog",
  "SignInAttempt",
  "Notification",
] as const;

export type ExportedTable = (typeof exportedTables)[number];

export interface AccountExport {
  format: typeof exportFormat;
  version: typeof exportVersion;
  exportedAt: string;
  /** Each table's rows that hold the user's data; an empty list where there are none. */
  tables: Record<ExportedTable, readonly object[]>;
}

// Never the password hash or session bookkeeping of another kind; the person's own fields only.
const userSelect = {
  id: true,
  email: true,
  name: true,
  phone: true,
  role: true,
  status: true,
  locale: true,
  emailDigest: true,
  emailVerifiedAt: true,
  lastSignInAt: true,
  deletedAt: true,
  buyerOrganizationId: true,
  partnerOrganizationId: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.UserSelect;

// Not: the staff member who assisted (assistedById), the catalog's derived search columns.
const enterpriseSelect = {
  id: true,
  slug: true,
  legalName: true,
  brandName: true,
  legalForm: true,
  nib: true,
  npwp: true,
  description: true,
  scale: true,
  yearFounded: true,
  workforce: true,
  capitalRupiah: true,
  annualSalesRupiah: true,
  address: true,
  kecamatanCode: true,
  kelurahanCode: true,
  sentraId: true,
  primaryKbli: { select: { version: true, code: true, nameId: true } },
  monthlyCapacity: true,
  installedCapacity: true,
  capacityUnit: true,
  rawMaterials: true,
  salesChannels: true,
  exportCountries: true,
  sellsNationally: true,
  targetBuyerKinds: true,
  phone: true,
  whatsapp: true,
  email: true,
  website: true,
  instagram: true,
  facebook: true,
  tiktok: true,
  marketplaceUrl: true,
  assistedAt: true,
  status: true,
  curationGrade: true,
  verifiedAt: true,
  exportReadinessScore: true,
  exportReadinessTier: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EnterpriseSelect;

// Not: who verified it (verifiedById), the storage key of the scan.
const certificateSelect = {
  id: true,
  type: true,
  number: true,
  name: true,
  issuedAt: true,
  expiresAt: true,
  verifiedAt: true,
  documentName: true,
  documentType: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.CertificateSelect;

// Not: the catalog's derived columns (lib/catalog), which PostgreSQL computes.
const productSelect = {
  id: true,
  slug: true,
  nameId: true,
  nameEn: true,
  descriptionId: true,
  descriptionEn: true,
  kbli: { select: { version: true, code: true } },
  hsCode: true,
  priceMinRupiah: true,
  priceMaxRupiah: true,
  unit: true,
  minOrder: true,
  monthlyCapacity: true,
  leadTimeDays: true,
  exportReady: true,
  status: true,
  curationGrade: true,
  verifiedAt: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ProductSelect;

// Whom the enterprise let see its profile, and what came of the referral (not the partner's notes or staff).
const consentSelect = {
  id: true,
  purpose: true,
  grantedAt: true,
  endsAt: true,
  revokedAt: true,
  createdAt: true,
  partnerOrganization: { select: { name: true } },
  outcomes: { select: { kind: true, amountRupiah: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.PartnerConsentSelect;

// The organisation's own profile, never its members (colleagues are not this person).
const buyerOrganizationSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  country: true,
  city: true,
  description: true,
  website: true,
  purchaseVolumeBand: true,
  requiredCertificates: true,
  exportDestinations: true,
  verifiedAt: true,
  createdAt: true,
} satisfies Prisma.BuyerOrganizationSelect;

// The requests the person wrote, without the SMEs' offers on them.
const sourcingRequestSelect = {
  id: true,
  title: true,
  description: true,
  kbli: { select: { version: true, code: true } },
  quantityPerMonth: true,
  unit: true,
  targetPriceMinRupiah: true,
  targetPriceMaxRupiah: true,
  requiredCertificates: true,
  exportDestination: true,
  deadline: true,
  status: true,
  closedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.SourcingRequestSelect;

const partnerOrganizationSelect = { id: true, slug: true, name: true, kind: true, description: true, website: true } satisfies Prisma.PartnerOrganizationSelect;

const eventSelect = { id: true, slug: true, title: true, kind: true, quarter: true, venue: true, startsAt: true, endsAt: true, status: true, createdAt: true } satisfies Prisma.EventSelect;

const notificationSelect = { id: true, kind: true, title: true, body: true, link: true, readAt: true, emailedAt: true, createdAt: true } satisfies Prisma.NotificationSelect;

const noActivity = { participations: [], matches: [], meetings: [] };

export async function buildAccountExport(client: DbClient, userId: string, now: Date = new Date()): Promise<AccountExport> {
  const user = await client.user.findUniqueOrThrow({ where: { id: userId }, select: userSelect });
  const enterprise = await client.enterprise.findUnique({ where: { ownerId: userId }, select: enterpriseSelect });
  const enterpriseId = enterprise?.id ?? "";
  const none = Promise.resolve([]);

  const [additionalKbli, certificates, products, consents, smeActivity] = enterprise
    ? await Promise.all([
        client.enterpriseKbli.findMany({ where: { enterpriseId }, select: { kbli: { select: { version: true, code: true, nameId: true } } } }),
        client.certificate.findMany({ where: { enterpriseId }, select: certificateSelect, orderBy: { createdAt: "asc" } }),
        client.product.findMany({ where: { enterpriseId }, select: productSelect, orderBy: { createdAt: "asc" } }),
        client.partnerConsent.findMany({ where: { enterpriseId }, select: consentSelect, orderBy: { createdAt: "asc" } }),
        exportSideActivity(client, { kind: "SME", enterpriseId }),
      ])
    : await Promise.all([none, none, none, none, noActivity]);
  const buyerActivity = user.buyerOrganizationId ? await exportSideActivity(client, { kind: "BUYER", buyerId: user.buyerOrganizationId }) : noActivity;

  const [buyerOrganization, sourcingRequests, partnerOrganization, eventsCreated, record, notifications, ownWork] = await Promise.all([
    user.buyerOrganizationId ? client.buyerOrganization.findUnique({ where: { id: user.buyerOrganizationId }, select: buyerOrganizationSelect }) : null,
    client.sourcingRequest.findMany({ where: { createdById: userId }, select: sourcingRequestSelect, orderBy: { createdAt: "asc" } }),
    user.partnerOrganizationId ? client.partnerOrganization.findUnique({ where: { id: user.partnerOrganizationId }, select: partnerOrganizationSelect }) : null,
    client.event.findMany({ where: { createdById: userId }, select: eventSelect, orderBy: { createdAt: "asc" } }),
    exportProcessingRecord(client, user, {
      enterpriseId: enterprise?.id ?? null,
      productIds: products.map((product) => product.id),
      certificateIds: certificates.map((certificate) => certificate.id),
    }),
    client.notification.findMany({ where: { userId }, select: notificationSelect, orderBy: { createdAt: "asc" } }),
    exportOwnWork(client, userId, enterprise?.id ?? null),
  ]);

  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: now.toISOString(),
    tables: {
      User: [user],
      Enterprise: enterprise ? [enterprise] : [],
      EnterprisePendingChange: ownWork.pendingChanges,
      EnterpriseKbli: additionalKbli,
      Certificate: certificates,
      ExportReadinessAssessment: ownWork.assessments,
      Product: products,
      EventParticipant: [...smeActivity.participations, ...buyerActivity.participations],
      Match: [...smeActivity.matches, ...buyerActivity.matches],
      Meeting: [...smeActivity.meetings, ...buyerActivity.meetings],
      PartnerConsent: consents,
      BuyerOrganization: buyerOrganization ? [buyerOrganization] : [],
      SourcingRequest: sourcingRequests,
      SourcingOffer: ownWork.offers,
      InquiryMessage: ownWork.inquiryMessages,
      PartnerOrganization: partnerOrganization ? [partnerOrganization] : [],
      Event: eventsCreated,
      AuditLog: record.auditLog,
      SignInAttempt: record.signInAttempts,
      Notification: notifications,
    },
  };
}

/** JSON with BigInt ids and rupiah amounts as strings (JSON numbers would lose their precision). */
export function serializeExport(data: AccountExport): string {
  return JSON.stringify(data, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), 2);
}

/** "temu-usaha-data-2026-11-28.json", dated in the city's time zone. */
export function exportFileName(now: Date = new Date()): string {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `temu-usaha-data-${date}.json`;
}

/**
 * The download itself (GET /akun/unduh-data): the request is recorded first, so the export lists
 * the request that produced it, then the user's data is read.
 */
export async function exportOwnData(userId: string, ip: string, now: Date): Promise<AccountExport> {
  await recordAudit(db, { actorId: userId, action: "user.export-data", entityType: "User", entityId: userId, ip });
  return buildAccountExport(db, userId, now);
}
