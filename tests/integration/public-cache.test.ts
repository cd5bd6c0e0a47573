// The cached anonymous catalog and event pages (app/anonim/, lib/public-cache) are re-rendered
// when a write changes what they show: the actions that publish, withdraw or change public
// content expire the area's cache tag at once. (That the page itself then changes is shown
// against a production build in tests/e2e/public-cache.spec.ts.)
import { beforeEach, describe, expect, it } from "vitest";
import { reviewEnterpriseAction } from "@/lib/curation/actions";
import { reviewProductAction } from "@/lib/curation/product-actions";
import { db } from "@/lib/db";
import { changeEventStatusAction } from "@/lib/events/actions";
import { createProductAction, deleteProductAction, submitProductAction } from "@/lib/products/actions";
import { resetRevalidations, revalidations } from "@/tests/support/next-cache";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";

setRequestHeaders({});

const initial = { ok: false };
const scores = { legality: "3", qualityCapacity: "2", marketReach: "3", competitiveAdvantage: "2" };
const tagged = (tag: string) => revalidations().filter((entry) => entry.kind === "tag" && entry.target === tag);

async function createUser(email: string, role: "STAFF" | "SME") {
  return db.user.create({ data: { email, name: email.split("@")[0] ?? email, role, status: "ACTIVE", passwordHash: "hash" } });
}

async function seedEnterprise(status: "SUBMITTED" | "PUBLISHED", ownerId: string | null = null) {
  return db.enterprise.create({
    data: { slug: "usaha-cache", legalName: "UD Sambal Cache", legalForm: "UD", kecamatanCode: "33.74.04", status, ownerId },
  });
}

describe("cached public pages follow the writes that change them", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
    resetRevalidations();
  });

  it("publishing a product expires the catalog's cached pages", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const enterprise = await seedEnterprise("PUBLISHED");
    const product = await db.product.create({
      data: { slug: "sambal-cache", enterpriseId: enterprise.id, nameId: "Sambal Cache", descriptionId: "Sambal.", unit: "botol", status: "SUBMITTED" },
    });
    signInAs(staff);
    const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "PUBLISH" }));
    expect(result).toEqual({ ok: true, message: "ProductCuration.review.published" });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("PUBLISHED");
    expect(tagged("public-catalog")).toHaveLength(1);
    expect(tagged("public-events")).toHaveLength(0);
  });

  it("publishing an enterprise expires the catalog's cached pages", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const enterprise = await seedEnterprise("SUBMITTED");
    signInAs(staff);
    const result = await reviewEnterpriseAction(initial, form({ ...scores, enterpriseId: enterprise.id, version: "0", decision: "PUBLISH" }));
    expect(result).toMatchObject({ ok: true });
    expect(tagged("public-catalog")).toHaveLength(1);
  });

  it("an SME withdrawing (deleting) its published product expires the catalog's cached pages", async () => {
    const owner = await createUser("ikm@uji.test", "SME");
    const enterprise = await seedEnterprise("PUBLISHED", owner.id);
    const product = await db.product.create({
      data: { slug: "sambal-cache", enterpriseId: enterprise.id, nameId: "Sambal Cache", descriptionId: "Sambal.", unit: "botol", status: "PUBLISHED" },
    });
    signInAs({ ...owner, enterpriseId: enterprise.id });
    await expect(deleteProductAction(initial, form({ productId: product.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    expect(await db.product.count({ where: { id: product.id } })).toBe(0);
    expect(tagged("public-catalog")).toHaveLength(1);
  });

  it("a new draft product and its submission change no public page and expire nothing", async () => {
    // Under load (bench:load) SMEs add products all the time: expiring the whole catalog's cache
    // for each new draft left anonymous visitors with freshly rendered pages instead of cached ones.
    const owner = await createUser("ikm@uji.test", "SME");
    const enterprise = await seedEnterprise("PUBLISHED", owner.id);
    signInAs({ ...owner, enterpriseId: enterprise.id });
    const fields = { nameId: "Sambal Draf", descriptionId: "Sambal bawang dalam botol kaca, dibuat tiap pagi.", unit: "botol", kbliCode: "10792", minOrder: "10", monthlyCapacity: "500", leadTimeDays: "3", priceMin: "15000", priceMax: "25000" };
    await expect(createProductAction(initial, form(fields))).rejects.toThrow(/NEXT_REDIRECT/);
    const product = await db.product.findFirstOrThrow({ where: { enterpriseId: enterprise.id } });
    expect(product.status).toBe("DRAFT");
    // Submitting needs a photo; the row alone is enough here (no page shows it).
    await db.productPhoto.create({ data: { productId: product.id, largeKey: "produk/uji-besar.webp", smallKey: "produk/uji-kecil.webp", width: 800, height: 600 } });
    expect(await submitProductAction(initial, form({ productId: product.id }))).toMatchObject({ ok: true });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).status).toBe("SUBMITTED");
    expect(tagged("public-catalog")).toHaveLength(0);
    expect(tagged("public-events")).toHaveLength(0);
  });

  it("a refused action changes nothing and expires nothing", async () => {
    const enterprise = await seedEnterprise("PUBLISHED");
    const product = await db.product.create({
      data: { slug: "sambal-cache", enterpriseId: enterprise.id, nameId: "Sambal Cache", descriptionId: "Sambal.", unit: "botol", status: "SUBMITTED" },
    });
    const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "PUBLISH" }));
    expect(result).toMatchObject({ ok: false, message: "Errors.signInRequired" });
    expect(tagged("public-catalog")).toHaveLength(0);
  });

  it("unpublishing an event expires the events' cached pages", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const event = await db.event.create({
      data: {
        slug: "acara-cache",
        title: "Temu Usaha Uji",
        kind: "BUSINESS_MATCHING",
        quarter: "2027-Q1",
        description: "Acara untuk pengujian tembolok.",
        venue: "Balai Kota",
        startsAt: new Date("2027-03-17T01:00:00Z"),
        endsAt: new Date("2027-03-17T09:00:00Z"),
        status: "PUBLISHED",
      },
    });
    signInAs(staff);
    await changeEventStatusAction(initial, form({ eventId: event.id, change: "unpublish" })).catch((error: unknown) => {
      if (!String((error as { digest?: string }).digest).startsWith("NEXT_REDIRECT")) throw error;
    });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).status).not.toBe("PUBLISHED");
    expect(tagged("public-events")).toHaveLength(1);
    expect(tagged("public-catalog")).toHaveLength(0);
  });
});
