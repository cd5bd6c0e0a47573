// Writes to certificates. Ownership is part of every `where`: an SME only ever touches rows of
// its own enterprise. Each write records its audit entry in the same transaction.
import { isUniqueViolation } from "@/lib/db-errors";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { SmeOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import type { AddCertificateInput, UpdateCertificateInput } from "./schemas";

export interface StoredDocument {
  key: string;
  name: string;
  contentType: string;
}

export async function createCertificate(
  tx: DbClient,
  owner: SmeOwner,
  input: Omit<AddCertificateInput, "document">,
  document: StoredDocument | null,
): Promise<string> {
  try {
    const certificate = await tx.certificate.create({
      data: {
        enterpriseId: owner.enterpriseId,
        type: input.type,
        number: input.number,
        name: input.name,
        issuedAt: input.issuedAt,
        expiresAt: input.expiresAt,
        documentKey: document?.key ?? null,
        documentName: document?.name ?? null,
        documentType: document?.contentType ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: owner.userId,
      action: "certificate.create",
      entityType: "Certificate",
      entityId: certificate.id,
      data: { type: input.type, number: input.number, document: document !== null },
    });
    return certificate.id;
  } catch (error) {
    if (isUniqueViolation(error, "number")) throw new UserFacingError("Certificates.form.duplicate", "number");
    throw error;
  }
}

const sameDate = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

/** Fields whose change means staff must verify the certificate again (the name is only a label). */
export const reverifyFields = ["type", "number", "issuedAt", "expiresAt"] as const;

export interface CertificateUpdateResult {
  changed: string[];
  verificationCleared: boolean;
  /** The replaced document's key, to remove once the transaction has committed. */
  replacedDocumentKey: string | null;
}

/**
 * Edits one of the owner's certificates. A new type, number or date clears the verification
 * (staff check again); a new expiry also clears the sent reminders, so the reminder job counts
 * down to the new date.
 */
export async function updateOwnCertificate(
  tx: DbClient,
  owner: SmeOwner,
  input: Omit<UpdateCertificateInput, "document">,
  document: StoredDocument | null,
): Promise<CertificateUpdateResult> {
  const where = { id: input.certificateId, enterpriseId: owner.enterpriseId };
  const current = await tx.certificate.findFirst({
    where,
    select: { type: true, number: true, name: true, issuedAt: true, expiresAt: true, verifiedAt: true, documentKey: true },
  });
  if (!current) throw new UserFacingError("Certificates.notFound");

  const differs = {
    type: current.type !== input.type,
    number: current.number !== input.number,
    name: current.name !== input.name,
    issuedAt: !sameDate(current.issuedAt, input.issuedAt),
    expiresAt: !sameDate(current.expiresAt, input.expiresAt),
  };
  const changed: string[] = Object.entries(differs)
    .filter(([, changedField]) => changedField)
    .map(([field]) => field);
  if (document) changed.push("document");
  const reverify = reverifyFields.some((field) => differs[field]);
  const verificationCleared = reverify && current.verifiedAt !== null;

  try {
    await tx.certificate.update({
      where,
      data: {
        type: input.type,
        number: input.number,
        name: input.name,
        issuedAt: input.issuedAt,
        expiresAt: input.expiresAt,
        ...(reverify ? { verifiedAt: null, verifiedById: null } : {}),
        ...(document ? { documentKey: document.key, documentName: document.name, documentType: document.contentType } : {}),
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error, "number")) throw new UserFacingError("Certificates.form.duplicate", "number");
    throw error;
  }
  if (differs.expiresAt) await tx.certificateReminder.deleteMany({ where: { certificateId: input.certificateId } });
  await recordAudit(tx, {
    actorId: owner.userId,
    action: "certificate.update",
    entityType: "Certificate",
    entityId: input.certificateId,
    data: { changed, verificationCleared, type: input.type, number: input.number },
  });
  return { changed, verificationCleared, replacedDocumentKey: document ? current.documentKey : null };
}

/** Deletes one of the owner's certificates; returns its document key (to remove after commit), or throws when not theirs. */
export async function deleteOwnCertificate(tx: DbClient, owner: SmeOwner, certificateId: string): Promise<string | null> {
  const certificate = await tx.certificate.findFirst({
    where: { id: certificateId, enterpriseId: owner.enterpriseId },
    select: { id: true, type: true, number: true, documentKey: true },
  });
  if (!certificate) throw new UserFacingError("Certificates.notFound");
  await tx.certificate.deleteMany({ where: { id: certificate.id, enterpriseId: owner.enterpriseId } });
  await recordAudit(tx, {
    actorId: owner.userId,
    action: "certificate.delete",
    entityType: "Certificate",
    entityId: certificate.id,
    data: { type: certificate.type, number: certificate.number },
  });
  return certificate.documentKey;
}

/**
 * Staff confirm the version of a certificate they reviewed; a certificate already verified stays
 * as it was. One the SME changed after the reviewer opened it is refused, so the reviewer sees the
 * new number, dates or document before confirming them.
 */
export async function markCertificateVerified(tx: DbClient, staffId: string, certificateId: string, reviewedVersion: Date, now = new Date()): Promise<void> {
  const updated = await tx.certificate.updateMany({
    where: { id: certificateId, verifiedAt: null, updatedAt: reviewedVersion },
    data: { verifiedAt: now, verifiedById: staffId },
  });
  if (updated.count === 0) {
    const current = await tx.certificate.findUnique({ where: { id: certificateId }, select: { verifiedAt: true } });
    if (!current) throw new UserFacingError("Certificates.notFound");
    if (current.verifiedAt) return;
    throw new UserFacingError("Certificates.staff.changedSinceOpened");
  }
  await recordAudit(tx, { actorId: staffId, action: "certificate.verify", entityType: "Certificate", entityId: certificateId });
}
