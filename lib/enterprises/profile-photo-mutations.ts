// Rows of the enterprise's logo and photos. The files are stored before these run and removed
// by the caller after the transaction: new files when it fails, replaced or deleted ones when it
// commits. The first write touches the enterprise (updateTarget), which both checks the target
// and locks its row, so two uploads at once cannot pass the limit of six photos. A photo or logo
// added to a PUBLISHED enterprise waits for staff (pendingReview, served only to the owner and
// staff until approved); a new logo then replaces only a logo that is itself still waiting.
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { EnterprisePhotoKind } from "@/lib/generated/prisma/enums";
import type { StoredPhoto } from "@/lib/images/store";
import { refreshPendingChange } from "./pending-changes";
import { auditProfileChange, type ProfileTarget, updateTarget } from "./profile-mutations";
import { maxPhotos } from "./profile-step-schemas";

export type PhotoKeys = { largeKey: string; smallKey: string };

/** Adds a photo, or a logo in place of the previous one; returns the files the replaced logo leaves behind. */
export async function addPhotoRow(tx: DbClient, target: ProfileTarget, kind: EnterprisePhotoKind, stored: StoredPhoto): Promise<PhotoKeys[]> {
  await updateTarget(tx, target);
  const { status } = await tx.enterprise.findUniqueOrThrow({ where: { id: target.enterpriseId }, select: { status: true } });
  const pendingReview = status === "PUBLISHED";
  const existing = await tx.enterprisePhoto.findMany({
    where: { enterpriseId: target.enterpriseId, kind },
    select: { id: true, largeKey: true, smallKey: true, pendingReview: true },
  });
  if (kind === "PHOTO" && existing.length >= maxPhotos) throw new UserFacingError("EnterpriseProfile.errors.photosFull", "photo");
  const replaced = kind === "LOGO" ? existing.filter((photo) => !pendingReview || photo.pendingReview) : [];
  if (replaced.length > 0) await tx.enterprisePhoto.deleteMany({ where: { id: { in: replaced.map((photo) => photo.id) } } });
  const row = await tx.enterprisePhoto.create({
    data: { enterpriseId: target.enterpriseId, kind, ...stored, sortOrder: kind === "PHOTO" ? existing.length : 0, pendingReview },
    select: { id: true },
  });
  await refreshPendingChange(tx, target);
  await auditProfileChange(tx, target, "enterprise.photo-add", { photoId: row.id, kind, replaced: replaced.map((photo) => photo.id), pendingReview });
  return replaced.map(({ largeKey, smallKey }) => ({ largeKey, smallKey }));
}

/** Deletes one of the target's photos (the enterprise id is in the `where`); returns its files. */
export async function deletePhotoRow(tx: DbClient, target: ProfileTarget, photoId: string): Promise<PhotoKeys> {
  await updateTarget(tx, target);
  const photo = await tx.enterprisePhoto.findFirst({
    where: { id: photoId, enterpriseId: target.enterpriseId },
    select: { id: true, kind: true, largeKey: true, smallKey: true, pendingReview: true },
  });
  if (!photo) throw new UserFacingError("EnterpriseProfile.errors.photoNotFound");
  await tx.enterprisePhoto.delete({ where: { id: photo.id } });
  // Taking a photo down needs no review; withdrawing a waiting one may empty the pending change.
  await refreshPendingChange(tx, target);
  await auditProfileChange(tx, target, "enterprise.photo-delete", { photoId: photo.id, kind: photo.kind });
  return { largeKey: photo.largeKey, smallKey: photo.smallKey };
}
