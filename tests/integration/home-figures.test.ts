// The home page's programme figures count what the public may see: published enterprises, and
// products published by a published enterprise (counted by the trigger-kept column, which must
// agree with the definition in lib/catalog/visibility.ts through every status change).
import { beforeEach, describe, expect, it } from "vitest";
import { publishedProductWhere } from "@/lib/catalog/visibility";
import { db } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { getProgrammeFigures } from "@/lib/home/queries";
import { resetData } from "./reset";

async function seedEnterprise(slug: string, status: CurationStatus) {
  return db.enterprise.create({ data: { slug, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status } });
}

async function seedProduct(enterpriseId: string, slug: string, status: CurationStatus) {
  return db.product.create({ data: { slug, enterpriseId, nameId: `Produk ${slug}`, descriptionId: `Deskripsi ${slug}`, unit: "pcs", status } });
}

describe("home page programme figures", () => {
  beforeEach(resetData);

  it("count published enterprises and the public products only, following status changes", async () => {
    const open = await seedEnterprise("terbit", "PUBLISHED");
    const draft = await seedEnterprise("draf", "DRAFT");
    await seedProduct(open.id, "terbit-1", "PUBLISHED");
    await seedProduct(open.id, "terbit-2", "PUBLISHED");
    await seedProduct(open.id, "diajukan", "SUBMITTED");
    await seedProduct(draft.id, "milik-draf", "PUBLISHED");

    let figures = await getProgrammeFigures();
    expect(figures).toMatchObject({ publishedEnterprises: 1, publishedProducts: 2 });
    expect(figures.publishedProducts).toBe(await db.product.count({ where: publishedProductWhere }));

    // The draft enterprise is published: its published product becomes public too.
    await db.enterprise.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
    figures = await getProgrammeFigures();
    expect(figures).toMatchObject({ publishedEnterprises: 2, publishedProducts: 3 });

    // Withdrawn: the first enterprise and both its products leave the counts.
    await db.enterprise.update({ where: { id: open.id }, data: { status: "REVISION_REQUESTED" } });
    figures = await getProgrammeFigures();
    expect(figures).toMatchObject({ publishedEnterprises: 1, publishedProducts: 1 });
    expect(figures.publishedProducts).toBe(await db.product.count({ where: publishedProductWhere }));
  });
});
