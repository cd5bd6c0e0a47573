// Whether uploaded bytes may become a photo: judged by content (magic bytes), never by the file
// name or the type the browser claims. Pure, shared by the server and the browser's early check.
import { maxUploadBytes, sniffDocumentType } from "@/lib/storage/sniff";

export const maxPhotoBytes = maxUploadBytes;
/** Decoding bombs stop here: 50 megapixels is more than any phone camera gives. */
export const maxPhotoPixels = 50_000_000;

export type PhotoContentType = "image/jpeg" | "image/png" | "image/webp";
export type PhotoRefusal = "empty" | "tooLarge" | "unsupportedType" | "unreadable";
export type PhotoCheck = { ok: true; contentType: PhotoContentType } | { ok: false; reason: PhotoRefusal };

/** Not empty, at most 5 MB, and a JPEG, PNG or WebP by its first bytes. */
export function checkPhotoBytes(bytes: Uint8Array): PhotoCheck {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (bytes.length > maxPhotoBytes) return { ok: false, reason: "tooLarge" };
  const type = sniffDocumentType(bytes);
  if (type === null || type === "application/pdf") return { ok: false, reason: "unsupportedType" };
  return { ok: true, contentType: type };
}

/** Longest side in pixels of each stored size. */
export const photoSizes = { large: 1200, small: 400 } as const;
export type PhotoSize = keyof typeof photoSizes;

export function isPhotoSize(value: string): value is PhotoSize {
  return value === "large" || value === "small";
}
