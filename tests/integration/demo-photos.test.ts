// Demo products have pictures (issue 17, point 5): the demo seed gives every demo product and
// enterprise a photo, stored through the upload pipeline as an upload is (two WebP sizes in
// upload storage, one row per photo), the same picture for the same product every time.
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { demoArtwork, lineOf, variantOf } from "@/lib/seed/demo-data/artwork";
import { demoProducts } from "@/lib/seed/demo-data/build-rows";
import { seedDemoData } from "@/lib/seed/demo";
import { getFile } from "@/lib/storage/files";
import { resetData } from "./reset";

describe("demo photos", () => {
  beforeAll(async () => {
    await resetData();
    await seedDemoData(db);
  });

  it("give every demo product one photo and every demo enterprise a workshop photo, served as published", async () => {
    const products = await db.product.count();
    expect(products).toBe(demoProducts.length);
    expect(await db.product.count({ where: { photos: { none: {} } } })).toBe(0);
    expect(await db.productPhoto.count()).toBe(products);
    expect(await db.enterprise.count({ where: { photos: { none: { kind: "PHOTO", pendingReview: false } } } })).toBe(0);
  });

  it("are stored as uploads are: a large and a small WebP in upload storage, with the large one's size", async () => {
    const photos = await db.productPhoto.findMany({ take: 5, orderBy: { id: "asc" }, select: { largeKey: true, smallKey: true, width: true, height: true } });
    const enterprisePhoto = await db.enterprisePhoto.findFirstOrThrow({ select: { largeKey: true, smallKey: true, width: true, height: true } });
    for (const photo of [...photos, enterprisePhoto]) {
      const [large, small] = await Promise.all([getFile(photo.largeKey), getFile(photo.smallKey)]);
      expect(large?.contentType).toBe("image/webp");
      const [largeMeta, smallMeta] = await Promise.all([sharp(large!.bytes).metadata(), sharp(small!.bytes).metadata()]);
      expect([largeMeta.format, largeMeta.width, largeMeta.height]).toEqual(["webp", photo.width, photo.height]);
      expect([photo.width, photo.height]).toEqual([640, 480]);
      expect([smallMeta.format, smallMeta.width, smallMeta.height]).toEqual(["webp", 400, 300]);
    }
    // Each product has files of its own: deleting one product's photo leaves the others'.
    const keys = await db.productPhoto.findMany({ select: { largeKey: true } });
    expect(new Set(keys.map((photo) => photo.largeKey)).size).toBe(keys.length);
  });

  it("fit the product line and are the same for the same product every time", () => {
    const batik = demoProducts.find((product) => /batik tulis/i.test(product.nameId))!;
    const bandeng = demoProducts.find((product) => /bandeng presto/i.test(product.nameId))!;
    expect(lineOf(batik.kbli, batik.nameId)).toBe("batik");
    expect(lineOf(bandeng.kbli, bandeng.nameId)).toBe("food");
    expect(lineOf("25111", "Pagar dan Teralis Besi Hollow")).toBe("metal");
    expect(lineOf("31001", "Kursi Tamu Jati")).toBe("wood");
    expect(variantOf(batik.slug)).toBe(variantOf(batik.slug));
    expect(demoArtwork("batik", variantOf(batik.slug))).toBe(demoArtwork(lineOf(batik.kbli, batik.nameId), variantOf(batik.slug)));
    expect(new Set(demoProducts.map((product) => lineOf(product.kbli, product.nameId))).size).toBeGreaterThanOrEqual(10);
  });
});
