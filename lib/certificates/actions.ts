"use server";

// Certificates: the SME owner adds, edits and deletes its own; staff mark them verified.
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { deleteFile, putFile, uploadKey } from "@/lib/storage/files";
import { checkDocumentUpload } from "@/lib/storage/sniff";
import { createCertificate, deleteOwnCertificate, markCertificateVerified, type StoredDocument, updateOwnCertificate } from "./mutations";
import { addCertificateSchema, certificateIdSchema, updateCertificateSchema, verifyCertificateSchema } from "./schemas";

const uploadProblems = {
  empty: "Certificates.form.documentInvalid",
  tooLarge: "Certificates.form.documentTooLarge",
  unsupportedType: "Certificates.form.documentType",
} as const;

/** Checks the upload by its content and stores it under a key of our own. */
async function storeDocument(file: File): Promise<StoredDocument> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkDocumentUpload(bytes);
  if (!check.ok) throw new UserFacingError(uploadProblems[check.reason], "document");
  const key = uploadKey("certificates");
  try {
    await putFile({ key, bytes, contentType: check.contentType });
  } catch (error) {
    // Storage refusing the write (a read-only disk, S3 down) is told to the user; no row is written.
    console.error("Storing a certificate document failed", { error });
    throw new UserFacingError("Errors.uploadFailed", "document");
  }
  return { key, name: file.name.slice(0, 200) || "dokumen", contentType: check.contentType };
}

export const addCertificateAction = defineFormAction({
  name: "certificates.add",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Certificates.noEnterprise",
  schema: addCertificateSchema,
  run: async ({ document, ...input }, _actor, owner) => {
    const stored = document ? await storeDocument(document) : null;
    try {
      await db.$transaction((tx) => createCertificate(tx, owner, input, stored));
    } catch (error) {
      if (stored) await deleteFile(stored.key);
      throw error;
    }
    revalidatePath("/ikm/sertifikat");
    revalidatePath("/ikm");
    revalidatePublicPages("catalog");
    return { ok: true, message: "Certificates.form.added" };
  },
});

export const updateCertificateAction = defineFormAction({
  name: "certificates.update",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Certificates.noEnterprise",
  schema: updateCertificateSchema,
  run: async ({ document, ...input }, _actor, owner) => {
    const stored = document ? await storeDocument(document) : null;
    let result;
    try {
      result = await db.$transaction((tx) => updateOwnCertificate(tx, owner, input, stored));
    } catch (error) {
      if (stored) await deleteFile(stored.key);
      throw error;
    }
    // The old document goes once the row points at the new one.
    if (result.replacedDocumentKey) await deleteFile(result.replacedDocumentKey);
    revalidatePath("/ikm/sertifikat");
    revalidatePath("/ikm");
    revalidatePublicPages("catalog");
    revalidatePath("/staf/sertifikat");
    if (result.changed.length === 0) return { ok: true, message: "Certificates.edit.unchanged" };
    return { ok: true, message: result.verificationCleared ? "Certificates.edit.savedNeedsVerification" : "Certificates.edit.saved" };
  },
});

export const deleteCertificateAction = defineFormAction({
  name: "certificates.delete",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Certificates.noEnterprise",
  schema: certificateIdSchema,
  run: async ({ certificateId }, _actor, owner) => {
    const documentKey = await db.$transaction((tx) => deleteOwnCertificate(tx, owner, certificateId));
    // The row is gone once the transaction commits; the file follows it.
    if (documentKey) await deleteFile(documentKey);
    revalidatePath("/ikm/sertifikat");
    revalidatePath("/ikm");
    revalidatePublicPages("catalog");
    return { ok: true, message: "Certificates.deleted" };
  },
});

export const verifyCertificateAction = defineFormAction({
  name: "certificates.verify",
  access: "catalog:curate",
  schema: verifyCertificateSchema,
  run: async ({ certificateId, reviewedVersion }, actor) => {
    try {
      await db.$transaction((tx) => markCertificateVerified(tx, actor.id, certificateId, reviewedVersion));
    } finally {
      // Refused or not, the list is drawn again, so a changed certificate shows its new content.
      revalidatePath("/staf/sertifikat");
      revalidatePublicPages("catalog");
    }
    return { ok: true, message: "Certificates.staff.verified" };
  },
});
