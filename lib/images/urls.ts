// Where photos are served (route handlers under app/foto/ check who may see them). Pure.
import type { PhotoSize } from "./check";

export function productPhotoUrl(photoId: string, size: PhotoSize): string {
  return `/foto/produk/${encodeURIComponent(photoId)}/${size}`;
}

export function enterprisePhotoUrl(photoId: string, size: PhotoSize): string {
  return `/foto/ikm/${encodeURIComponent(photoId)}/${size}`;
}
