// A photo is served only while what it shows is visible: once its product or enterprise is
// unpublished or deleted, the same URL answers 404. So no cache may hold it as `immutable` for a
// year: public photos are revalidated with their ETag, private ones never stored.
import { beforeEach, describe, expect, it } from "vitest";
import { GET as enterprisePhotoRoute } from "@/app/foto/ikm/[id]/[size]/route";
import { GET as productPhotoRoute } from "@/app/foto/produk/[id]/[size]/route";
import { db } from "@/lib/db";
import { putFile, uploadKey } from "@/lib/storage/files";
import { resetData } from "./reset";
import { signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x1a, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x4c]);

async function storedKey(area: string): Promise<string> {
  const key = uploadKey(area);
  await putFile({ key, bytes: webp, contentType: "image/webp" });
  return key;
}

async function seedPublished(slug: string) {
  const owner = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME" } });
  const enterprise = await db.enterprise.create({
    data: { slug, ownerId: owner.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status: "PUBLISHED" },
  });
  const product = await db.product.create({
    data: { slug: `${slug}-produk`, enterpriseId: enterprise.id, nameId: "Kerupuk", descriptionId: "Kerupuk ikan.", unit: "pak", status: "PUBLISHED" },
  });
  const size = { width: 10, height: 10 };
  const productPhoto = await db.productPhoto.create({ data: { productId: product.id, largeKey: await storedKey("product-photos"), smallKey: await storedKey("product-photos"), ...size } });
  const enterprisePhoto = await db.enterprisePhoto.create({
    data: { enterpriseId: enterprise.id, kind: "PHOTO", largeKey: await storedKey("enterprise-photos"), smallKey: await storedKey("enterprise-photos"), ...size },
  });
  return { owner, enterprise, product, productPhotoId: productPhoto.id, enterprisePhotoId: enterprisePhoto.id };
}

const getProductPhoto = (id: string, headers: HeadersInit = {}) =>
  productPhotoRoute(new Request(`http://localhost/foto/produk/${id}/small`, { headers }), { params: Promise.resolve({ id, size: "small" }) });
const getEnterprisePhoto = (id: string, headers: HeadersInit = {}) =>
  enterprisePhotoRoute(new Request(`http://localhost/foto/ikm/${id}/large`, { headers }), { params: Promise.resolve({ id, size: "large" }) });

/** Public, short-lived and revalidated: never a year-long immutable copy. */
function expectRevocableCaching(response: Response) {
  const cacheControl = response.headers.get("Cache-Control") ?? "";
  expect(cacheControl).not.toContain("immutable");
  expect(cacheControl).toContain("public");
  expect(cacheControl).toContain("must-revalidate");
  expect(Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(300);
  expect(response.headers.get("ETag")).toMatch(/^"[^"]+"$/);
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("revoked photos", () => {
  it("serves a published product's photo with revalidated caching, then 404 once the product is unpublished", async () => {
    const { product, productPhotoId } = await seedPublished("kerupuk-revoke");
    const served = await getProductPhoto(productPhotoId);
    expect(served.status).toBe(200);
    expectRevocableCaching(served);
    // A cache revalidating with the ETag gets a 304 while the photo is still public...
    const again = await getProductPhoto(productPhotoId, { "If-None-Match": served.headers.get("ETag")! });
    expect(again.status).toBe(304);

    await db.product.update({ where: { id: product.id }, data: { status: "REVISION_REQUESTED" } });
    // ...and a 404 once it is not.
    expect((await getProductPhoto(productPhotoId)).status).toBe(404);
    expect((await getProductPhoto(productPhotoId, { "If-None-Match": served.headers.get("ETag")! })).status).toBe(404);
  });

  it("stops serving an enterprise's photos and its products' photos once the enterprise is unpublished, and after it is deleted", async () => {
    const { enterprise, productPhotoId, enterprisePhotoId } = await seedPublished("batik-revoke");
    const served = await getEnterprisePhoto(enterprisePhotoId);
    expect(served.status).toBe(200);
    expectRevocableCaching(served);

    await db.enterprise.update({ where: { id: enterprise.id }, data: { status: "DRAFT" } });
    expect((await getEnterprisePhoto(enterprisePhotoId)).status).toBe(404);
    expect((await getProductPhoto(productPhotoId)).status).toBe(404);

    await db.enterprise.update({ where: { id: enterprise.id }, data: { status: "PUBLISHED" } });
    expect((await getEnterprisePhoto(enterprisePhotoId)).status).toBe(200);
    await db.enterprise.delete({ where: { id: enterprise.id } });
    expect((await getEnterprisePhoto(enterprisePhotoId)).status).toBe(404);
    expect((await getProductPhoto(productPhotoId)).status).toBe(404);
  });

  it("keeps the owner's view of an unpublished photo out of every cache", async () => {
    const { owner, enterprise, product, productPhotoId } = await seedPublished("sambal-revoke");
    await db.product.update({ where: { id: product.id }, data: { status: "DRAFT" } });
    signInAs({ id: owner.id, email: owner.email, name: owner.name, role: "SME", locale: "id", enterpriseId: enterprise.id, buyerOrganizationId: null, partnerOrganizationId: null });
    const own = await getProductPhoto(productPhotoId);
    expect(own.status).toBe(200);
    expect(own.headers.get("Cache-Control")).toBe("private, no-store");
  });
});
