// Photos in upload storage (lib/storage): both sizes under fresh keys. Callers save the keys in
// their row inside a transaction and remove the files again when that transaction fails.
// Storage that refuses the write (a full or read-only disk, an S3 endpoint that is down) is the
// user's to know about: the form says the photo could not be stored, and nothing half-stored stays.
import "server-only";
import { UserFacingError } from "@/lib/auth/action";
import { deleteFile, putFile, uploadKey } from "@/lib/storage/files";
import type { ProcessedPhoto } from "./process";

export interface StoredPhoto {
  largeKey: string;
  smallKey: string;
  width: number;
  height: number;
}

export type PhotoArea = "product-photos" | "enterprise-photos";

export async function storePhoto(area: PhotoArea, photo: ProcessedPhoto): Promise<StoredPhoto> {
  const largeKey = uploadKey(area);
  const smallKey = uploadKey(area);
  try {
    await putFile({ key: largeKey, bytes: photo.large, contentType: "image/webp" });
    await putFile({ key: smallKey, bytes: photo.small, contentType: "image/webp" });
  } catch (error) {
    console.error("Storing a photo failed", { area, error });
    await deletePhotoFiles({ largeKey, smallKey }).catch(() => undefined);
    throw new UserFacingError("Errors.uploadFailed", "photo");
  }
  return { largeKey, smallKey, width: photo.width, height: photo.height };
}

export async function deletePhotoFiles(photo: { largeKey: string; smallKey: string }): Promise<void> {
  await Promise.all([deleteFile(photo.largeKey), deleteFile(photo.smallKey)]);
}
