// The front cache of finished signed-out pages (lib/admission/front.ts) is emptied at once, in
// this process, by the curation and product actions that publish or withdraw what those pages
// show (revalidatePublicPages, through the registry Next's separate bundles share), and kept by
// an action that changes nothing. (A production build answering from it, and showing the change
// to the next visitor, is tests/e2e/front-cache.spec.ts.)
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { reviewProductAction } from "@/lib/curation/product-actions";
import { db } from "@/lib/db";
import { deleteProductAction } from "@/lib/products/actions";
import { FrontCache } from "@/lib/public-cache/front-cache";
import { registerFrontCache } from "@/lib/public-cache/front-registry";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";

setRequestHeaders({});

const initial = { ok: false };
const scores = { legality: "3", qualityCapacity: "2", marketReach: "3", competitiveAdvantage: "2" };
const front = registerFrontCache(new FrontCache({ maxBytes: 1_000_000, maxEntries: 10, maxAgeMs: 10_000 }));
const productPage = "/anonim/id/katalog/produk/sambal-cache";

function fill() {
  const page = { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: Buffer.from("<h1>Sambal Cache</h1>") };
  front.set(productPage, page, front.generation, 60_000);
  expect(front.get(productPage)).toBeDefined();
}

async function seed(productStatus: "SUBMITTED" | "PUBLISHED") {
  const owner = await db.user.create({ data: { email: "ikm@uji.test", name: "ikm", role: "SME", status: "ACTIVE", passwordHash: "hash" } });
  const staff = await db.user.create({ data: { email: "staf@uji.test", name: "staf", role: "STAFF", status: "ACTIVE", passwordHash: "hash" } });
  const enterprise = await db.enterprise.create({
    data: { slug: "usaha-cache", legalName: "UD Sambal Cache", legalForm: "UD", kecamatanCode: "33.74.04", status: "PUBLISHED", ownerId: owner.id },
  });
  const product = await db.product.create({
    data: { slug: "sambal-cache", enterpriseId: enterprise.id, nameId: "Sambal Cache", descriptionId: "Sambal.", unit: "botol", status: productStatus },
  });
  return { owner, staff, enterprise, product };
}

describe("the front cache follows the writes that change public pages", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
    front.clear();
  });
  afterAll(() => {
    registerFrontCache({ clear: () => undefined });
  });

  it("is emptied when curation publishes a product", async () => {
    const { staff, product } = await seed("SUBMITTED");
    fill();
    signInAs(staff);
    const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "PUBLISH" }));
    expect(result).toEqual({ ok: true, message: "ProductCuration.review.published" });
    expect(front.get(productPage)).toBeUndefined();
    expect(front.size).toEqual({ entries: 0, bytes: 0 });
  });

  it("is emptied when an SME withdraws (deletes) its published product", async () => {
    const { owner, enterprise, product } = await seed("PUBLISHED");
    fill();
    signInAs({ ...owner, enterpriseId: enterprise.id });
    await expect(deleteProductAction(initial, form({ productId: product.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.product.count({ where: { id: product.id } })).toBe(0);
    expect(front.get(productPage)).toBeUndefined();
  });

  it("keeps its pages when an action is refused and changes nothing", async () => {
    const { product } = await seed("SUBMITTED");
    fill();
    const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "PUBLISH" }));
    expect(result).toMatchObject({ ok: false, message: "Errors.signInRequired" });
    expect(front.get(productPage)).toBeDefined();
  });
});
