// Issue 17 point 1: the wizard's finish, "Selesai dan ajukan kurasi". It refuses with the list of
// required parts still missing and changes nothing; with them all there it makes the curation
// page's submission (same status change, same audit row, same refusal of a second submission).
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { submitForReviewAction } from "@/lib/curation/actions";
import { db } from "@/lib/db";
import { finishProfileAction } from "@/lib/curation/finish-actions";
import { getPublicationChecklist } from "@/lib/enterprises/publication-queries";
import { catalogs } from "@/lib/i18n/messages";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

beforeEach(async () => {
  await resetData();
});

setRequestHeaders({});

/** An SME as registration leaves it: a name, a legal form and a kecamatan, nothing else. */
async function seedNewOwner(slug: string) {
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME" } });
  const enterprise = await db.enterprise.create({ data: { slug, ownerId: user.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04" } });
  const actor: SessionUser = {
    id: user.id, email: user.email, name: user.name, role: "SME", locale: "id", enterpriseId: enterprise.id, buyerOrganizationId: null, partnerOrganizationId: null,
  };
  signInAs(actor);
  return enterprise;
}

/** The four data steps filled in, as the wizard saves them. */
async function fillDataSteps(enterpriseId: string) {
  const kelurahan = await db.kelurahan.findFirstOrThrow({ where: { kecamatanCode: "33.74.04" }, select: { code: true } });
  const kbli = await db.kbli.findFirstOrThrow({ where: { version: "2020", code: "13134" }, select: { id: true } });
  await db.enterprise.update({
    where: { id: enterpriseId },
    data: {
      nib: "1234567890123", kelurahanCode: kelurahan.code, address: "Jl. Batik No. 7, RT 02/RW 03", primaryKbliId: kbli.id,
      salesChannels: ["RESELLER"], whatsapp: "+6281222334455",
    },
  });
}

const addProduct = (enterpriseId: string) =>
  db.product.create({ data: { enterpriseId, slug: `produk-${enterpriseId}`, nameId: "Kain batik tulis", descriptionId: "Batik tulis", unit: "lembar" } });

const missingKey = (key: string) => `EnterpriseProfile.checklist.items.${key}`;

describe("Selesai dan ajukan kurasi", () => {
  it("refuses a new profile, naming every required part still missing, and changes nothing", async () => {
    const enterprise = await seedNewOwner("baru");
    const result = await finishProfileAction({ ok: false }, form({}));
    expect(result).toMatchObject({
      ok: false,
      message: "EnterpriseProfile.finish.incomplete",
      fieldErrors: { missing: ["business", "address", "sector", "market", "products"].map(missingKey) },
    });
    // Each named part is a sentence the owner can read.
    expect(catalogs.id.EnterpriseProfile.checklist.items.products).toBe("Paling sedikit satu produk");
    expect(catalogs.id.EnterpriseProfile.finish.incomplete).toMatch(/belum dapat diajukan/);
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { status: true } })).toEqual({ status: "DRAFT" });
    expect(await db.auditLog.count({ where: { action: "enterprise.submit" } })).toBe(0);

    // With the data steps but no product, only the product is missing; photos and certificates never are.
    await fillDataSteps(enterprise.id);
    expect((await finishProfileAction({ ok: false }, form({}))).fieldErrors).toEqual({ missing: [missingKey("products")] });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { status: true } })).toEqual({ status: "DRAFT" });
  });

  it("submits a complete profile as the curation page does: waiting for curation, audited, once", async () => {
    const enterprise = await seedNewOwner("lengkap");
    await fillDataSteps(enterprise.id);
    await addProduct(enterprise.id);
    expect((await getPublicationChecklist(enterprise.id))?.missing).toEqual([]);

    expect(await finishProfileAction({ ok: false }, form({}))).toEqual({ ok: true, message: "EnterpriseProfile.finish.submitted" });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { status: true } })).toEqual({ status: "SUBMITTED" });
    expect(await db.auditLog.findMany({ where: { action: "enterprise.submit", entityId: enterprise.id }, select: { entityType: true } })).toEqual([
      { entityType: "Enterprise" },
    ]);
    const checklist = await getPublicationChecklist(enterprise.id);
    expect(checklist).toMatchObject({ submitted: true, status: "SUBMITTED" });
    expect(checklist?.items.at(-1)).toEqual({ key: "submission", done: true, optional: false, href: "/ikm/kurasi" });

    // A second finish, or the curation page's button, is refused by the same rule.
    expect(await finishProfileAction({ ok: false }, form({}))).toMatchObject({ ok: false, message: "CurationQueue.errors.notDraft" });
    expect(await submitForReviewAction({ ok: false }, form({}))).toMatchObject({ ok: false, message: "CurationQueue.errors.notDraft" });
    expect(await db.auditLog.count({ where: { action: "enterprise.submit" } })).toBe(1);
  });

  it("refuses the curation page's 'Ajukan untuk kurasi' on an incomplete profile as the finish step does", async () => {
    const enterprise = await seedNewOwner("pintas");
    await fillDataSteps(enterprise.id);
    expect(await submitForReviewAction({ ok: false }, form({}))).toMatchObject({
      ok: false,
      message: "EnterpriseProfile.finish.incomplete",
      fieldErrors: { missing: [missingKey("products")] },
    });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { status: true } })).toEqual({ status: "DRAFT" });
    expect(await db.auditLog.count({ where: { action: "enterprise.submit" } })).toBe(0);

    await addProduct(enterprise.id);
    expect(await submitForReviewAction({ ok: false }, form({}))).toEqual({ ok: true, message: "CurationQueue.sme.submitted" });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { status: true } })).toEqual({ status: "SUBMITTED" });
  });

  it("counts the enterprise's own products, photos and certificates only", async () => {
    const other = await seedNewOwner("lain");
    await addProduct(other.id);
    const enterprise = await seedNewOwner("sendiri");
    const checklist = await getPublicationChecklist(enterprise.id);
    expect(checklist).toMatchObject({ productCount: 0, certificateCount: 0 });
    expect(checklist?.missing).toContain("products");
  });
});
