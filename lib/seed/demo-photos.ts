// Demo photos: every demo product, and every demo enterprise (a photo of its workshop's goods),
// gets a picture of its line (./demo-data/artwork.ts), rasterised by sharp and stored through the
// upload pipeline as an uploaded photo is (lib/images/process.ts re-encodes it to two WebP sizes,
// lib/images/store.ts writes them under fresh upload keys), one row per photo. Each distinct
// picture is processed once (36 at most) and then stored per product, so the seed stays fast.
import sharp from "sharp";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type ProcessedPhoto, processPhoto } from "@/lib/images/process";
import { deletePhotoFiles, type PhotoArea, type StoredPhoto, storePhoto } from "@/lib/images/store";
import { demoArtwork, type DemoLine, lineOf, variantOf } from "./demo-data/artwork";

export interface DemoPictured {
  /** The row's id. */
  id: string;
  slug: string;
  kbli: string | null;
  name: string;
}

export interface DemoPhotoRows {
  productPhotos: Prisma.ProductPhotoCreateManyInput[];
  enterprisePhotos: Prisma.EnterprisePhotoCreateManyInput[];
  /** Every stored file pair, to remove again when the rows are not saved. */
  stored: StoredPhoto[];
}

/** Files written at once: enough to keep the disk busy, few enough for any open-file limit. */
const storeBatch = 16;

async function rasterise(line: DemoLine, variant: number): Promise<ProcessedPhoto> {
  const png = await sharp(Buffer.from(demoArtwork(line, variant))).png({ compressionLevel: 1 }).toBuffer();
  const result = await processPhoto(new Uint8Array(png));
  if (!result.ok) throw new Error(`the demo picture ${line}/${variant} did not pass the photo pipeline: ${result.reason}`);
  return result.photo;
}

/** Stores a photo for each product and enterprise; the caller saves the rows (or deletes `stored`). */
export async function storeDemoPhotos(products: readonly DemoPictured[], enterprises: readonly DemoPictured[]): Promise<DemoPhotoRows> {
  const pictures = new Map<string, Promise<ProcessedPhoto>>();
  const pictureOf = (item: DemoPictured) => {
    const line = lineOf(item.kbli, item.name);
    const variant = variantOf(item.slug);
    const key = `${line}/${variant}`;
    let picture = pictures.get(key);
    if (!picture) pictures.set(key, (picture = rasterise(line, variant)));
    return picture;
  };
  const jobs = [
    ...products.map((item) => ({ area: "product-photos" as PhotoArea, item })),
    ...enterprises.map((item) => ({ area: "enterprise-photos" as PhotoArea, item })),
  ];
  const stored: StoredPhoto[] = [];
  const rows: DemoPhotoRows = { productPhotos: [], enterprisePhotos: [], stored };
  try {
    for (let start = 0; start < jobs.length; start += storeBatch) {
      const batch = jobs.slice(start, start + storeBatch);
      const saved = await Promise.all(batch.map(async ({ area, item }) => storePhoto(area, await pictureOf(item))));
      stored.push(...saved);
      batch.forEach(({ area, item }, index) => {
        const photo = saved[index]!;
        const keys = { largeKey: photo.largeKey, smallKey: photo.smallKey, width: photo.width, height: photo.height, sortOrder: 0 };
        if (area === "product-photos") rows.productPhotos.push({ productId: item.id, ...keys });
        else rows.enterprisePhotos.push({ enterpriseId: item.id, kind: "PHOTO", pendingReview: false, ...keys });
      });
    }
  } catch (error) {
    await removeDemoPhotos(stored);
    throw error;
  }
  return rows;
}

export async function removeDemoPhotos(stored: readonly StoredPhoto[]): Promise<void> {
  await Promise.all(stored.map((photo) => deletePhotoFiles(photo).catch(() => undefined)));
}

