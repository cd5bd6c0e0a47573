// Photo rows of the SME's products. The files are stored before the transaction and removed
// by the caller if it fails; deleted photos' files are removed by the caller after commit.
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { SmeOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import type { StoredPhoto } from "@/lib/images/store";
import { editableStatuses, statusAfterChange } from "./mutations";
import { productLimits } from "./schemas";

/**
 * Adds a photo. The first write touches the product row with the enterprise in its where:
 * that checks ownership and locks the row, so two uploads at once cannot pass the limit of 8.
 * A photo added to a published product sends it back to curation, like any other change.
 */
export async function addProductPhoto(tx: DbClient, owner: SmeOwner, productId: string, photo: StoredPhoto): Promise<{ id: string }> {
  const locked = await tx.product.updateMany({
    where: { id: productId, enterpriseId: owner.enterpriseId, status: { in: [...editableStatuses] } },
    data: { updatedAt: new Date(), version: { increment: 1 } },
  });
  if (locked.count === 0) throw new UserFacingError("Products.errors.notEditable", "photo");
  const product = await tx.product.findFirstOrThrow({
    where: { id: productId, enterpriseId: owner.enterpriseId },
    select: { status: true, _count: { select: { photos: true } } },
  });
  if (product._count.photos >= productLimits.photosPerProduct) throw new UserFacingError("Products.errors.photoLimit", "photo");
  const last = await tx.productPhoto.findFirst({ where: { productId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
  const row = await tx.productPhoto.create({
    data: { productId, ...photo, sortOrder: (last?.sortOrder ?? -1) + 1 },
    select: { id: true },
  });
  if (product.status === "PUBLISHED") await returnToCuration(tx, owner, productId);
  await recordAudit(tx, { actorId: owner.userId, action: "product.photo-add", entityType: "Product", entityId: productId, data: { photoId: row.id } });
  return row;
}

/** Deletes a photo of one of the enterprise's editable products; returns its keys for removal after commit. */
export async function deleteProductPhoto(tx: DbClient, owner: SmeOwner, photoId: string) {
  const photo = await tx.productPhoto.findFirst({
    where: { id: photoId, product: { enterpriseId: owner.enterpriseId } },
    select: { productId: true, largeKey: true, smallKey: true, product: { select: { status: true } } },
  });
  if (!photo) throw new UserFacingError("Products.errors.photoNotFound");
  if (!editableStatuses.includes(photo.product.status)) throw new UserFacingError("Products.errors.readOnly");
  const deleted = await tx.productPhoto.deleteMany({ where: { id: photoId, product: { enterpriseId: owner.enterpriseId } } });
  if (deleted.count === 0) throw new UserFacingError("Products.errors.photoNotFound");
  // A reviewer who saw the photo must not publish the product without it unawares.
  await tx.product.updateMany({ where: { id: photo.productId }, data: { version: { increment: 1 } } });
  if (photo.product.status === "PUBLISHED") await returnToCuration(tx, owner, photo.productId);
  await recordAudit(tx, {
    actorId: owner.userId,
    action: "product.photo-delete",
    entityType: "Product",
    entityId: photo.productId,
    data: { photoId },
  });
  return { productId: photo.productId, largeKey: photo.largeKey, smallKey: photo.smallKey };
}

async function returnToCuration(tx: DbClient, owner: SmeOwner, productId: string): Promise<void> {
  await tx.product.updateMany({
    where: { id: productId, enterpriseId: owner.enterpriseId, status: "PUBLISHED" },
    data: { status: statusAfterChange("PUBLISHED") },
  });
}
