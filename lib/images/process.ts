// Photos are re-encoded, never stored as uploaded: decoded with sharp (which refuses anything
// that is not really an image), turned upright from the EXIF orientation, stripped of metadata
// (phone photos carry GPS positions) and resized to two web sizes as WebP.
import "server-only";
import sharp from "sharp";
import { checkPhotoBytes, maxPhotoPixels, type PhotoRefusal, photoSizes } from "./check";

export interface ProcessedPhoto {
  large: Uint8Array;
  small: Uint8Array;
  /** Of the large version. */
  width: number;
  height: number;
}

export type PhotoResult = { ok: true; photo: ProcessedPhoto } | { ok: false; reason: PhotoRefusal };

async function resize(bytes: Uint8Array, longestSide: number) {
  const { data, info } = await sharp(bytes, { limitInputPixels: maxPhotoPixels, failOn: "error" })
    .rotate()
    .resize({ width: longestSide, height: longestSide, fit: "inside", withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

export async function processPhoto(bytes: Uint8Array): Promise<PhotoResult> {
  const check = checkPhotoBytes(bytes);
  if (!check.ok) return check;
  try {
    const [large, small] = await Promise.all([resize(bytes, photoSizes.large), resize(bytes, photoSizes.small)]);
    return { ok: true, photo: { large: large.data, small: small.data, width: large.width, height: large.height } };
  } catch {
    // A file with an image's first bytes that does not decode (truncated, corrupt, too many pixels).
    return { ok: false, reason: "unreadable" };
  }
}
