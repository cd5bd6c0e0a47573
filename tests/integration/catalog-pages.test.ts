// The public product and supplier pages read only what is published: a product shows when it
// and its enterprise are PUBLISHED, a supplier when it is PUBLISHED, and lists never carry drafts.
import { beforeEach, describe, expect, it } from "vitest";
import { getPublishedProduct } from "@/lib/catalog/product-page";
import { listPublishedProducts } from "@/lib/catalog/queries";
import { getPublishedSupplier, listSupplierProducts } from "@/lib/catalog/supplier-page";
import { db } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { resetData } from "./reset";

const notPublished: CurationStatus[] = ["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "REJECTED"];

async function seedEnterprise(slug: string, status: CurationStatus = "PUBLISHED") {
  return db.enterprise.create({
    data: {
      slug,
      legalName: `UD ${slug}`,
      brandName: `Merek ${slug}`,
      legalForm: "UD",
      kecamatanCode: "33.74.04",
      status,
      verifiedAt: status === "PUBLISHED" ? new Date("2026-10-01T03:00:00Z") : null,
      whatsapp: "0812-3456-789",
    },
  });
}

async function seedProduct(enterpriseId: string, slug: string, status: CurationStatus = "PUBLISHED") {
  return db.product.create({
    data: {
      slug,
      enterpriseId,
      nameId: `Produk ${slug}`,
      descriptionId: `Deskripsi ${slug}`,
      unit: "pcs",
      priceMinRupiah: 10_000n,
      priceMaxRupiah: 15_000n,
      hsCode: "52085210",
      status,
      publishedAt: status === "PUBLISHED" ? new Date("2026-10-03T03:00:00Z") : null,
    },
  });
}

const photo = (productId: string, sortOrder: number) =>
  db.productPhoto.create({
    data: { productId, sortOrder, largeKey: `l-${productId}-${sortOrder}`, smallKey: `s-${productId}-${sortOrder}`, width: 1200, height: 900 },
  });

beforeEach(async () => {
  await resetData();
});

describe("product page query", () => {
  it("returns a published product of a published enterprise with its photos in order and its certificates", async () => {
    const enterprise = await seedEnterprise("batik-terbit");
    const product = await seedProduct(enterprise.id, "batik-tulis-terbit");
    const second = await photo(product.id, 2);
    const first = await photo(product.id, 1);
    const certificate = await db.certificate.create({
      data: { enterpriseId: enterprise.id, type: "HKI_MEREK", number: "IDM000573064", expiresAt: new Date("2027-03-20") },
    });
    await db.productCertificate.create({ data: { productId: product.id, certificateId: certificate.id } });

    const page = await getPublishedProduct("batik-tulis-terbit");
    expect(page?.id).toBe(product.id);
    expect(page?.photos.map((row) => row.id)).toEqual([first.id, second.id]);
    expect(page?.certificates.map((link) => link.certificate.number)).toEqual(["IDM000573064"]);
    expect(page?.enterprise).toMatchObject({ slug: "batik-terbit", brandName: "Merek batik-terbit", whatsapp: "0812-3456-789" });
  });

  it("returns null for products that are not published", async () => {
    const enterprise = await seedEnterprise("batik-terbit");
    for (const status of notPublished) {
      await seedProduct(enterprise.id, `produk-${status.toLowerCase().replace(/_/g, "-")}`, status);
    }
    for (const status of notPublished) {
      expect(await getPublishedProduct(`produk-${status.toLowerCase().replace(/_/g, "-")}`), status).toBeNull();
    }
  });

  it("returns null for a published product of an enterprise that is not published", async () => {
    for (const status of notPublished) {
      const slug = `ikm-${status.toLowerCase().replace(/_/g, "-")}`;
      const enterprise = await seedEnterprise(slug, status);
      await seedProduct(enterprise.id, `produk-${slug}`, "PUBLISHED");
      expect(await getPublishedProduct(`produk-${slug}`), status).toBeNull();
    }
  });

  it("returns null for unknown and malformed slugs without failing", async () => {
    expect(await getPublishedProduct("tidak-ada")).toBeNull();
    expect(await getPublishedProduct("../etc/passwd")).toBeNull();
    expect(await getPublishedProduct("")).toBeNull();
  });
});

describe("supplier page queries", () => {
  it("returns null for an enterprise that is not published", async () => {
    for (const status of notPublished) {
      const slug = `ikm-${status.toLowerCase().replace(/_/g, "-")}`;
      await seedEnterprise(slug, status);
      expect(await getPublishedSupplier(slug), status).toBeNull();
    }
  });

  it("shows a published enterprise and lists only its published products, a page at a time", async () => {
    const enterprise = await seedEnterprise("batik-terbit");
    const other = await seedEnterprise("ikm-lain");
    await seedProduct(other.id, "produk-ikm-lain");
    for (const status of notPublished) await seedProduct(enterprise.id, `draf-${status.toLowerCase().replace(/_/g, "-")}`, status);
    await seedProduct(enterprise.id, "produk-satu");
    await seedProduct(enterprise.id, "produk-dua");
    await seedProduct(enterprise.id, "produk-tiga");
    await db.enterprisePhoto.create({
      data: { enterpriseId: enterprise.id, kind: "LOGO", largeKey: "logo-l", smallKey: "logo-s", width: 600, height: 600 },
    });

    const supplier = await getPublishedSupplier("batik-terbit");
    expect(supplier?.id).toBe(enterprise.id);
    expect(supplier?.photos.map((row) => row.kind)).toEqual(["LOGO"]);

    const firstPage = await listSupplierProducts({ enterpriseId: enterprise.id, page: 1, pageSize: 2 });
    expect(firstPage.total).toBe(3);
    expect(firstPage.pageCount).toBe(2);
    const secondPage = await listSupplierProducts({ enterpriseId: enterprise.id, page: 2, pageSize: 2 });
    const slugs = [...firstPage.items, ...secondPage.items].map((item) => item.slug).sort();
    expect(slugs).toEqual(["produk-dua", "produk-satu", "produk-tiga"]);
  });
});

describe("catalog list", () => {
  it("never includes drafts or products of unpublished enterprises, and carries the first photo and verification", async () => {
    const enterprise = await seedEnterprise("batik-terbit");
    const hidden = await seedEnterprise("ikm-draf", "DRAFT");
    await seedProduct(hidden.id, "produk-ikm-draf");
    for (const status of notPublished) await seedProduct(enterprise.id, `draf-${status.toLowerCase().replace(/_/g, "-")}`, status);
    const shown = await seedProduct(enterprise.id, "produk-terbit");
    await db.product.update({ where: { id: shown.id }, data: { verifiedAt: new Date("2026-10-05T03:00:00Z") } });
    await photo(shown.id, 5);
    const cover = await photo(shown.id, 0);

    const result = await listPublishedProducts({ page: 1 });
    expect(result.items.map((item) => item.slug)).toEqual(["produk-terbit"]);
    expect(result.total).toBe(1);
    expect(result.items[0]?.photos).toEqual([{ id: cover.id }]);
    expect(result.items[0]?.verifiedAt).toEqual(new Date("2026-10-05T03:00:00Z"));

    const search = await listPublishedProducts({ q: "draf", page: 1 });
    expect(search.items).toEqual([]);
  });
});
