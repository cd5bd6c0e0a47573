// Reads for the certificate pages, each with a fixed select.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clampPageSize, type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";

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

export async function listCertificatesAwaitingVerification(page: number, pageSize?: number) {
  const size = clampPageSize(pageSize, 20);
  const where = awaitingVerificationWhere;
  const [items, total] = await Promise.all([
    db.certificate.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: awaitingSelect, ...pageWindow(page, size) }),
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
