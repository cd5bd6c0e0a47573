// Writes of the SME's products. Each takes a transaction client; the enterprise is always in
// the where (`enterpriseId: owner.enterpriseId`), so another enterprise's product is never
// touched, and every status change names the status it expects, so two requests at once
// cannot both move it.
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { SmeOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { type CreateProductInput, slugBase, type UpdateProductInput } from "./schemas";

/** Statuses in which the SME may change a product; REJECTED is read-only. */
export const editableStatuses: readonly CurationStatus[] = ["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "PUBLISHED"];

export function isEditable(status: CurationStatus): boolean {
  return editableStatuses.includes(status);
}

/** A changed published product leaves the catalog until staff approve it again. */
export function statusAfterChange(status: CurationStatus): CurationStatus {
  return status === "PUBLISHED" ? "SUBMITTED" : status;
}

export function productSlug(nameId: string): string {
  return `${slugBase(nameId)}-${randomBytes(4).toString("hex").slice(0, 6)}`;
}

async function kbliIdOf(tx: DbClient, kbli: CreateProductInput["kbli"]): Promise<number> {
  const row = await tx.kbli.findFirst({ where: { version: KBLI_VERSION, code: kbli.code, level: "SUBCLASS" }, select: { id: true } });
  if (!row) throw new UserFacingError("Products.errors.kbliUnknown", kbli.field);
  return row.id;
}

async function checkOwnCertificates(tx: DbClient, owner: SmeOwner, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const own = await tx.certificate.count({ where: { id: { in: ids }, enterpriseId: owner.enterpriseId } });
  if (own !== ids.length) throw new UserFacingError("Products.errors.certificateNotOwn", "certificateIds");
}

function productData(input: CreateProductInput, kbliId: number) {
  return {
    nameId: input.nameId,
    nameEn: input.nameEn,
    descriptionId: input.descriptionId,
    descriptionEn: input.descriptionEn,
    kbliId,
    hsCode: input.hsCode,
    priceMinRupiah: input.priceMin,
    priceMaxRupiah: input.priceMax,
    unit: input.unit,
    minOrder: input.minOrder,
    monthlyCapacity: input.monthlyCapacity,
    leadTimeDays: input.leadTimeDays,
    exportReady: input.exportReady,
  };
}

export async function createProduct(tx: DbClient, owner: SmeOwner, input: CreateProductInput): Promise<{ id: string }> {
  const kbliId = await kbliIdOf(tx, input.kbli);
  await checkOwnCertificates(tx, owner, input.certificateIds);
  const product = await tx.product.create({
    data: { ...productData(input, kbliId), slug: productSlug(input.nameId), enterpriseId: owner.enterpriseId, status: "DRAFT" },
    select: { id: true },
  });
  if (input.certificateIds.length > 0) {
    await tx.productCertificate.createMany({ data: input.certificateIds.map((certificateId) => ({ productId: product.id, certificateId })) });
  }
  await recordAudit(tx, { actorId: owner.userId, action: "product.create", entityType: "Product", entityId: product.id });
  return product;
}

/** The product's status, read for a change; refuses another enterprise's product and a rejected one. */
async function editableStatusOf(tx: DbClient, owner: SmeOwner, productId: string): Promise<CurationStatus> {
  const row = await tx.product.findFirst({ where: { id: productId, enterpriseId: owner.enterpriseId }, select: { status: true } });
  if (!row) throw new UserFacingError("Products.errors.notFound");
  if (!isEditable(row.status)) throw new UserFacingError("Products.errors.readOnly");
  return row.status;
}

export async function updateProduct(tx: DbClient, owner: SmeOwner, input: UpdateProductInput): Promise<{ status: CurationStatus }> {
  const from = await editableStatusOf(tx, owner, input.productId);
  const kbliId = await kbliIdOf(tx, input.kbli);
  await checkOwnCertificates(tx, owner, input.certificateIds);
  const status = statusAfterChange(from);
  const updated = await tx.product.updateMany({
    where: { id: input.productId, enterpriseId: owner.enterpriseId, status: from },
    data: { ...productData(input, kbliId), status, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new UserFacingError("Products.errors.changedMeanwhile");
  await tx.productCertificate.deleteMany({ where: { productId: input.productId } });
  if (input.certificateIds.length > 0) {
    await tx.productCertificate.createMany({ data: input.certificateIds.map((certificateId) => ({ productId: input.productId, certificateId })) });
  }
  await recordAudit(tx, {
    actorId: owner.userId,
    action: "product.update",
    entityType: "Product",
    entityId: input.productId,
    data: from === status ? undefined : { from, to: status },
  });
  return { status };
}

/** Deletes the product (any status); returns the photo keys to remove once the transaction commits. */
export async function deleteProduct(tx: DbClient, owner: SmeOwner, productId: string) {
  const photos = await tx.productPhoto.findMany({
    where: { productId, product: { enterpriseId: owner.enterpriseId } },
    select: { largeKey: true, smallKey: true },
  });
  const deleted = await tx.product.deleteMany({ where: { id: productId, enterpriseId: owner.enterpriseId } });
  if (deleted.count === 0) throw new UserFacingError("Products.errors.notFound");
  await recordAudit(tx, { actorId: owner.userId, action: "product.delete", entityType: "Product", entityId: productId });
  return photos;
}

/** A draft goes to the curation queue; it needs at least one photo (checked in the same where). */
export async function submitProduct(tx: DbClient, owner: SmeOwner, productId: string): Promise<void> {
  const updated = await tx.product.updateMany({
    where: { id: productId, enterpriseId: owner.enterpriseId, status: "DRAFT", photos: { some: {} } },
    data: { status: "SUBMITTED" },
  });
  if (updated.count === 0) {
    const row = await tx.product.findFirst({
      where: { id: productId, enterpriseId: owner.enterpriseId },
      select: { status: true, _count: { select: { photos: true } } },
    });
    if (!row) throw new UserFacingError("Products.errors.notFound");
    if (row.status !== "DRAFT") throw new UserFacingError("Products.errors.notDraft");
    throw new UserFacingError("Products.errors.photoRequired");
  }
  await recordAudit(tx, { actorId: owner.userId, action: "product.submit", entityType: "Product", entityId: productId });
}

/** The SME's answer to staff's revision request; it sends the product back to the queue. */
export async function answerProductRevision(tx: DbClient, owner: SmeOwner, productId: string, body: string): Promise<void> {
  const updated = await tx.product.updateMany({
    where: { id: productId, enterpriseId: owner.enterpriseId, status: "REVISION_REQUESTED" },
    data: { status: "SUBMITTED" },
  });
  if (updated.count === 0) throw new UserFacingError("Products.errors.notAwaitingRevision");
  await tx.curationComment.create({ data: { productId, authorId: owner.userId, fromStaff: false, body }, select: { id: true } });
  await recordAudit(tx, { actorId: owner.userId, action: "product.resubmit", entityType: "Product", entityId: productId });
}
