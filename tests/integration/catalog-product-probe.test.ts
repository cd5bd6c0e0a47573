// GET /api/katalog/produk/[id], the bare dynamic route bench:catalog takes as its floor: it
// answers 200 with only the id of a public product, and the same 404 for everything else.
import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/katalog/produk/[id]/route";
import { publicProductId } from "@/lib/catalog/public-product-id";
import { db } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { resetData } from "./reset";

async function seedProduct(slug: string, enterpriseStatus: CurationStatus, productStatus: CurationStatus) {
  const enterprise = await db.enterprise.create({
    data: { slug, legalName: `UD ${slug}`, brandName: `Merek ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status: enterpriseStatus },
  });
  return db.product.create({
    data: { slug: `produk-${slug}`, enterpriseId: enterprise.id, nameId: `Produk ${slug}`, descriptionId: `Deskripsi ${slug}`, unit: "pcs", status: productStatus },
  });
}

async function get(id: string) {
  const response = await GET(new Request(`http://127.0.0.1/api/katalog/produk/${id}`), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as unknown, cache: response.headers.get("cache-control") };
}

beforeEach(async () => {
  await resetData();
});

describe("GET /api/katalog/produk/[id]", () => {
  it("answers a public product with its id and nothing else, uncached", async () => {
    const product = await seedProduct("terbit", "PUBLISHED", "PUBLISHED");
    expect(await get(product.id)).toEqual({ status: 200, body: { id: product.id }, cache: "no-store" });
  });

  it("answers the same 404 for a draft, a product under review, an unpublished enterprise's product, an unknown and a malformed id", async () => {
    const draft = await seedProduct("draf", "PUBLISHED", "DRAFT");
    const submitted = await seedProduct("diajukan", "PUBLISHED", "SUBMITTED");
    const hidden = await seedProduct("tersembunyi", "SUBMITTED", "PUBLISHED");
    for (const id of [draft.id, submitted.id, hidden.id, "cunknown000000000000000000", "x'; SELECT 1--", "A".repeat(41)]) {
      expect(await get(id)).toEqual({ status: 404, body: { error: "not found" }, cache: "no-store" });
    }
  });

  it("follows withdrawal at once: a product withdrawn from the catalog is a 404 on the next request", async () => {
    const product = await seedProduct("ditarik", "PUBLISHED", "PUBLISHED");
    expect(await publicProductId(product.id)).toBe(product.id);
    await db.product.update({ where: { id: product.id }, data: { status: "REVISION_REQUESTED" } });
    expect(await publicProductId(product.id)).toBeNull();
    expect((await get(product.id)).status).toBe(404);
  });
});
