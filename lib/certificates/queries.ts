// Reads for the certificate pages, each with a fixed select.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import type { QueueSearch } from "@/lib/queue-search/search";
import { enterpriseSearchWhere, periodWhere, sortDirection } from "@/lib/queue-search/where";

export async function listEnterpriseCertificates(enterpriseId: string) {
  return db.certificate.findMany({
    where: { enterpriseId },
    orderBy: [{ expiresAt: { sort: "asc", nulls: "last" } }, { createdAt: "desc" }],
    select: {
      id: true,
      type: true,
      number: true,
      name: true,
      issuedAt: true,
      expiresAt: true,
      verifiedAt: true,
      documentKey: true,
      documentName: true,
    },
  });
}

export type EnterpriseCertificate = Awaited<ReturnType<typeof listEnterpriseCertificates>>[number];

const awaitingSelect = {
  id: true,
  type: true,
  number: true,
  name: true,
  issuedAt: true,
  expiresAt: true,
  documentKey: true,
  createdAt: true,
  /** The version the verify button sends back (lib/certificates/mutations.ts). */
  updatedAt: true,
  enterprise: { select: { legalName: true, brandName: true } },
} as const;

/** Certificates staff have still to verify: the queue lists them and the staff desk counts them. */
export const awaitingVerificationWhere = { verifiedAt: null } satisfies Prisma.CertificateWhereInput;

export const certificateQueueStatuses = ["awaiting", "verified", "all"] as const;
export type CertificateQueueStatus = (typeof certificateQueueStatuses)[number];

/** The certificates queue as staff search it: awaiting verification unless the status says otherwise. */
export function certificateQueueWhere(search: QueueSearch<CertificateQueueStatus>): Prisma.CertificateWhereInput {
  const status = search.status ?? "awaiting";
  const parts: Prisma.CertificateWhereInput[] = [
    status === "awaiting" ? awaitingVerificationWhere : status === "verified" ? { verifiedAt: { not: null } } : {},
  ];
  const enterprise = enterpriseSearchWhere(search);
  if (enterprise) parts.push({ enterprise });
  const period = periodWhere(search);
  if (period) parts.push({ createdAt: period });
  return { AND: parts };
}

export async function listCertificateQueue(page: number, search: QueueSearch<CertificateQueueStatus>) {
  const size = 20;
  const where = certificateQueueWhere(search);
  const direction = sortDirection(search);
  const [items, total] = await Promise.all([
    db.certificate.findMany({
      where,
      orderBy: [{ createdAt: direction }, { id: direction }],
      select: { ...awaitingSelect, verifiedAt: true },
      ...pageWindow(page, size),
    }),
    db.certificate.count({ where }),
  ]);
  const result: Paginated<(typeof items)[number]> = { items, total, page, pageSize: size, pageCount: pageCountOf(total, size) };
  return result;
}

/** The stored document of a certificate; `enterpriseId` limits it to that enterprise's rows (null: any, for staff). */
export async function findCertificateDocument(certificateId: string, enterpriseId: string | null) {
  return db.certificate.findFirst({
    where: { id: certificateId, ...(enterpriseId === null ? {} : { enterpriseId }), documentKey: { not: null } },
    select: { documentKey: true, documentName: true, documentType: true },
  });
}
