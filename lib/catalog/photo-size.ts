// Width and height of a stored photo in a given size, for the <img> attributes. Pure.
import { type PhotoSize, photoSizes } from "@/lib/images/check";

/** Stored width/height are those of the large size; the small size is scaled to fit its box. */
export function photoDimensions(photo: { width: number; height: number }, size: PhotoSize): { width: number; height: number } {
  const longest = Math.max(photo.width, photo.height, 1);
  const scale = Math.min(1, photoSizes[size] / longest);
  return { width: Math.max(1, Math.round(photo.width * scale)), height: Math.max(1, Math.round(photo.height * scale)) };
}
