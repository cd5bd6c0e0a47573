// Product curation (lib/curation/product-*): staff review a product with the rubric through
// the server action as the mocked session's user. Rows are seeded directly, so the test does
// not depend on the SME side of products; assertions are on rows read back.
import { beforeEach, describe, expect, it } from "vitest";
import { reviewProductAction } from "@/lib/curation/product-actions";
import { updateProductAction } from "@/lib/products/actions";
import { db } from "@/lib/db";
import type { CurationStatus, Role } from "@/lib/generated/prisma/enums";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";

setRequestHeaders({});

const initial = { ok: false };

async function createUser(email: string, role: Role) {
  return db.user.create({ data: { email, name: email.split("@")[0] ?? email, role, status: "ACTIVE", passwordHash: "hash" } });
}

async function seedProduct(status: CurationStatus, enterpriseStatus: CurationStatus = "PUBLISHED", ownerId: string | null = null) {
  const enterprise = await db.enterprise.create({
    data: { slug: `usaha-${status.toLowerCase()}`, legalName: "UD Sambal Uji", legalForm: "UD", kecamatanCode: "33.74.04", status: enterpriseStatus, ownerId },
  });
  const product = await db.product.create({
    data: { slug: `sambal-${status.toLowerCase()}`, enterpriseId: enterprise.id, nameId: "Sambal Bawang 190 g", descriptionId: "Sambal bawang pedas.", unit: "botol", status },
  });
  return { enterprise, product };
}

const scores = { legality: "3", qualityCapacity: "2", marketReach: "3", competitiveAdvantage: "2" };

async function productState(id: string) {
  return db.product.findUniqueOrThrow({
    where: { id },
    select: { status: true, curationGrade: true, verifiedAt: true, publishedAt: true },
  });
}

async function nothingRecorded() {
  expect(await db.curationReview.count()).toBe(0);
  expect(await db.curationComment.count()).toBe(0);
  expect(await db.auditLog.count()).toBe(0);
}

const untouched = { status: "SUBMITTED", curationGrade: null, verifiedAt: null, publishedAt: null };

describe("product curation", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("publishes with a grade, verification and publication times, a review and an audit row", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const { product } = await seedProduct("SUBMITTED");
    signInAs(staff);

    const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "PUBLISH" }));
    expect(result).toEqual({ ok: true, message: "ProductCuration.review.published" });

    const state = await productState(product.id);
    expect(state).toMatchObject({ status: "PUBLISHED", curationGrade: "A" });
    expect(state.verifiedAt).toBeInstanceOf(Date);
    expect(state.publishedAt).toEqual(state.verifiedAt);
    const reviews = await db.curationReview.findMany({
      select: { productId: true, enterpriseId: true, reviewerId: true, total: true, grade: true, decision: true, comment: true },
    });
    expect(reviews).toEqual([
      { productId: product.id, enterpriseId: null, reviewerId: staff.id, total: 10, grade: "A", decision: "PUBLISH", comment: null },
    ]);
    expect(await db.curationComment.count()).toBe(0);
    const audit = await db.auditLog.findMany({ select: { actorId: true, action: true, entityType: true, entityId: true } });
    expect(audit).toEqual([{ actorId: staff.id, action: "product.publish", entityType: "Product", entityId: product.id }]);
  });

  it("refuses to publish with legality 0 and changes nothing", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const { product } = await seedProduct("SUBMITTED");
    signInAs(staff);

    const result = await reviewProductAction(initial, form({ ...scores, legality: "0", productId: product.id, version: "0", decision: "PUBLISH" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { legality: ["Curation.reasons.legalityBlocks"] } });
    expect(await productState(product.id)).toEqual(untouched);
    await nothingRecorded();
  });

  it("refuses to publish a product of an enterprise that is not published, and changes nothing", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const { product } = await seedProduct("SUBMITTED", "SUBMITTED");
    signInAs(staff);

    const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "PUBLISH" }));
    expect(result).toMatchObject({ ok: false, message: "ProductCuration.errors.enterpriseNotPublished" });
    expect(await productState(product.id)).toEqual(untouched);
    await nothingRecorded();
  });

  it("stores a revision request's comment for the SME, clears the grade, and can still reject while it waits", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    // An unpublished enterprise does not stop a revision request.
    const { product } = await seedProduct("SUBMITTED", "SUBMITTED");
    signInAs(staff);

    const comment = "Mohon tambahkan foto kemasan dan nomor P-IRT produk.";
    const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "REQUEST_REVISION", comment }));
    expect(result).toEqual({ ok: true, message: "ProductCuration.review.revisionRequested" });
    expect(await productState(product.id)).toEqual({ ...untouched, status: "REVISION_REQUESTED" });

    // What the SME reads: a staff comment on the product, and the review carrying it.
    const thread = await db.curationComment.findMany({ select: { productId: true, enterpriseId: true, authorId: true, fromStaff: true, body: true } });
    expect(thread).toEqual([{ productId: product.id, enterpriseId: null, authorId: staff.id, fromStaff: true, body: comment }]);
    expect(await db.curationReview.findMany({ select: { decision: true, comment: true } })).toEqual([{ decision: "REQUEST_REVISION", comment }]);
    expect(await db.auditLog.findMany({ select: { action: true, entityId: true } })).toEqual([
      { action: "product.request-revision", entityId: product.id },
    ]);

    // A product waiting for the SME's revision can still be reviewed: here, rejected.
    const reject = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision: "REJECT", comment: "Bukan produk olahan." }));
    expect(reject).toEqual({ ok: true, message: "ProductCuration.review.rejected" });
    expect((await productState(product.id)).status).toBe("REJECTED");
    const actions = await db.auditLog.findMany({ orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["product.request-revision", "product.reject"]);
  });

  it("requires a comment to request a revision or reject", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const { product } = await seedProduct("SUBMITTED");
    signInAs(staff);
    for (const decision of ["REQUEST_REVISION", "REJECT"]) {
      const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision, comment: "  " }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { comment: ["CurationQueue.validation.commentRequired"] } });
    }
    expect(await productState(product.id)).toEqual(untouched);
    await nothingRecorded();
  });

  it.each(["DRAFT", "PUBLISHED", "REJECTED"] as const)("cannot review a %s product: nothing changes", async (status) => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const { product } = await seedProduct(status);
    const before = await productState(product.id);
    signInAs(staff);

    for (const decision of ["PUBLISH", "REQUEST_REVISION", "REJECT"]) {
      const result = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: "0", decision, comment: "Catatan petugas." }));
      expect(result).toMatchObject({ ok: false, message: "ProductCuration.errors.notReviewable" });
    }
    expect(await productState(product.id)).toEqual(before);
    await nothingRecorded();
  });

  it("answers an unknown product with the same refusal", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    signInAs(staff);
    const result = await reviewProductAction(initial, form({ ...scores, productId: "tidakada123", version: "0", decision: "PUBLISH" }));
    expect(result).toMatchObject({ ok: false, message: "ProductCuration.errors.notReviewable" });
    await nothingRecorded();
  });

  it("refuses an SME owner, a buyer and a signed-out visitor", async () => {
    const owner = await createUser("pemilik@uji.test", "SME");
    const buyer = await createUser("pembeli@uji.test", "BUYER");
    const { product } = await seedProduct("SUBMITTED", "PUBLISHED", owner.id);
    const input = form({ ...scores, productId: product.id, version: "0", decision: "PUBLISH" });

    signInAs(owner);
    expect(await reviewProductAction(initial, input)).toMatchObject({ ok: false, message: "Errors.forbidden" });
    signInAs(buyer);
    expect(await reviewProductAction(initial, input)).toMatchObject({ ok: false, message: "Errors.forbidden" });
    signInAs(null);
    expect(await reviewProductAction(initial, input)).toMatchObject({ ok: false, message: "Errors.signInRequired" });

    expect(await productState(product.id)).toEqual(untouched);
    await nothingRecorded();
  });

  it("refuses to publish a product the SME changed after the reviewer opened it, and changes nothing", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const owner = await createUser("pemilik@uji.test", "SME");
    const { product } = await seedProduct("SUBMITTED", "PUBLISHED", owner.id);
    const opened = String((await db.product.findUniqueOrThrow({ where: { id: product.id }, select: { version: true } })).version);

    signInAs(owner);
    const edit = { nameId: "Sambal Bawang Super 190 g", descriptionId: "Sambal bawang pedas tanpa pengawet.", unit: "botol", kbliCode: "10792", kbliOther: "" };
    const saved = await updateProductAction(initial, form({ ...edit, productId: product.id }));
    expect(saved.fieldErrors ?? saved.message).toBe("Products.messages.savedResubmitted");

    signInAs(staff);
    const stale = await reviewProductAction(initial, form({ ...scores, productId: product.id, version: opened, decision: "PUBLISH" }));
    expect(stale).toMatchObject({ ok: false, message: "CurationQueue.errors.changedSinceOpened" });
    expect(await productState(product.id)).toEqual(untouched);
    expect(await db.curationReview.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "product.publish" } })).toBe(0);
  });
});
