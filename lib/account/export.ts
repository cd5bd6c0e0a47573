// "Download my data" (UU PDP Art. 7 access and Art. 13 portability): every row that holds the
// user's data, table by table, as machine-readable JSON. Rows are exported whole (all their
// columns, never the password hash), because the point is a complete copy, not a page's view.
import type { DbClient } from "@/lib/db";
import { timeZone } from "@/lib/i18n/config";

/** Columns PostgreSQL derives for the catalog search (lib/catalog): not the owner's data. */
const derivedProductColumns = {
  searchName: true,
  catalogVisible: true,
  catalogKecamatanCode: true,
  catalogScale: true,
  catalogTier: true,
  catalogSentraId: true,
  catalogKbliCode: true,
  catalogCertificates: true,
  catalogCertificatesUntil: true,
} as const;

export const exportFormat = "temu-usaha.account-export";
export const exportVersion = 1;

/** The tables an export covers, in the order they appear in the file. */
export const exportedTables = [
  "User",
  "Enterprise",
  "EnterpriseKbli",
  "Certificate",
  "Product",
  "EventParticipant",
  "Match",
  "Meeting",
  "PartnerConsent",
  "BuyerOrganization",
  "SourcingRequest",
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

/** Audit entries the user made, or made about the user's account. */
export function auditRowsOf(userId: string) {
  return { OR: [{ actorId: userId }, { entityType: "User", entityId: userId }] };
}

export async function buildAccountExport(client: DbClient, userId: string, now: Date = new Date()): Promise<AccountExport> {
  const user = await client.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: true } });
  const enterprise = await client.enterprise.findUnique({ where: { ownerId: userId }, omit: { searchName: true } });
  const enterpriseId = enterprise?.id ?? "";
  const none = Promise.resolve([]);

  const [additionalKbli, certificates, products, participations, matches, meetings, consents] = enterprise
    ? await Promise.all([
        client.enterpriseKbli.findMany({ where: { enterpriseId }, include: { kbli: { select: { version: true, code: true, nameId: true } } } }),
        client.certificate.findMany({ where: { enterpriseId }, orderBy: { createdAt: "asc" } }),
        client.product.findMany({ where: { enterpriseId }, orderBy: { createdAt: "asc" }, omit: derivedProductColumns }),
        client.eventParticipant.findMany({
          where: { enterpriseId },
          include: { event: { select: { slug: true, title: true, startsAt: true } } },
          orderBy: { createdAt: "asc" },
        }),
        client.match.findMany({ where: { enterpriseId }, orderBy: { createdAt: "asc" } }),
        client.meeting.findMany({ where: { smeParticipant: { enterpriseId } }, orderBy: [{ startsAt: "asc" }, { createdAt: "asc" }] }),
        // Whom the enterprise let see its profile, and what those partners recorded of the referral.
        client.partnerConsent.findMany({
          where: { enterpriseId },
          include: { partnerOrganization: { select: { name: true } }, outcomes: { orderBy: { createdAt: "asc" }, omit: { recordedById: true } } },
          orderBy: { createdAt: "asc" },
        }),
      ])
    : await Promise.all([none, none, none, none, none, none, none]);

  const [buyerOrganization, sourcingRequests, partnerOrganization, eventsCreated, auditLog, signInAttempts, notifications] = await Promise.all([
    user.buyerOrganizationId ? client.buyerOrganization.findUnique({ where: { id: user.buyerOrganizationId } }) : null,
    client.sourcingRequest.findMany({ where: { createdById: userId }, orderBy: { createdAt: "asc" } }),
    user.partnerOrganizationId ? client.partnerOrganization.findUnique({ where: { id: user.partnerOrganizationId } }) : null,
    client.event.findMany({ where: { createdById: userId }, orderBy: { createdAt: "asc" } }),
    client.auditLog.findMany({ where: auditRowsOf(userId), orderBy: { id: "asc" } }),
    client.signInAttempt.findMany({ where: { email: user.email }, orderBy: { id: "asc" } }),
    client.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } }),
  ]);

  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: now.toISOString(),
    tables: {
      User: [user],
      Enterprise: enterprise ? [enterprise] : [],
      EnterpriseKbli: additionalKbli,
      Certificate: certificates,
      Product: products,
      EventParticipant: participations,
      Match: matches,
      Meeting: meetings,
      PartnerConsent: consents,
      BuyerOrganization: buyerOrganization ? [buyerOrganization] : [],
      SourcingRequest: sourcingRequests,
      PartnerOrganization: partnerOrganization ? [partnerOrganization] : [],
      Event: eventsCreated,
      AuditLog: auditLog,
      SignInAttempt: signInAttempts,
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
