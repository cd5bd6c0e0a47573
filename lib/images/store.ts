// Photos in upload storage (lib/storage): both sizes under fresh keys. Callers save the keys in
// their row inside a transaction and remove the files again when that transaction fails.
import "server-only";
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
  await putFile({ key: largeKey, bytes: photo.large, contentType: "image/webp" });
  await putFile({ key: smallKey, bytes: photo.small, contentType: "image/webp" });
  return { largeKey, smallKey, width: photo.width, height: photo.height };
}

export async function deletePhotoFiles(photo: { largeKey: string; smallKey: string }): Promise<void> {
  await Promise.all([deleteFile(photo.largeKey), deleteFile(photo.smallKey)]);
}
