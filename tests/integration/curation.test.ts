// Enterprise curation (lib/curation): staff reviews with the rubric, the SME's answer to a
// revision request, and submitting a draft, through the server actions as the mocked session's
// user; assertions on rows read back.
import { beforeEach, describe, expect, it } from "vitest";
import { answerRevisionAction, reviewEnterpriseAction, submitForReviewAction } from "@/lib/curation/actions";
import { answerRevision as answerRevisionAsOwner } from "@/lib/curation/mutations";
import { db } from "@/lib/db";
import type { CurationStatus, Role } from "@/lib/generated/prisma/enums";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { completeProfile } from "./support/complete-profile";

setRequestHeaders({});

const initial = { ok: false };

async function createUser(email: string, role: Role) {
  return db.user.create({ data: { email, name: email.split("@")[0] ?? email, role, status: "ACTIVE", passwordHash: "hash" } });
}

async function createEnterprise(slug: string, status: CurationStatus, ownerId: string | null = null) {
  return db.enterprise.create({
    data: { slug, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status, ownerId, nib: null },
  });
}

const scores = { legality: "3", qualityCapacity: "2", marketReach: "3", competitiveAdvantage: "2" };

async function stateOf(id: string) {
  return db.enterprise.findUniqueOrThrow({ where: { id }, select: { status: true, curationGrade: true, verifiedAt: true } });
}

describe("enterprise curation", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("publishes with a grade, a verification time, a review and an audit row", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const enterprise = await createEnterprise("batik-uji", "SUBMITTED");
    signInAs(staff);

    const result = await reviewEnterpriseAction(initial, form({ ...scores, enterpriseId: enterprise.id, version: "0", decision: "PUBLISH" }));
    expect(result).toEqual({ ok: true, message: "CurationQueue.review.published" });

    const state = await stateOf(enterprise.id);
    expect(state.status).toBe("PUBLISHED");
    expect(state.curationGrade).toBe("A");
    expect(state.verifiedAt).toBeInstanceOf(Date);
    const reviews = await db.curationReview.findMany({
      select: { enterpriseId: true, reviewerId: true, legality: true, total: true, grade: true, decision: true, comment: true },
    });
    expect(reviews).toEqual([
      { enterpriseId: enterprise.id, reviewerId: staff.id, legality: 3, total: 10, grade: "A", decision: "PUBLISH", comment: null },
    ]);
    expect(await db.curationComment.count()).toBe(0);
    const audit = await db.auditLog.findMany({ select: { actorId: true, action: true, entityType: true, entityId: true } });
    expect(audit).toEqual([{ actorId: staff.id, action: "enterprise.publish", entityType: "Enterprise", entityId: enterprise.id }]);
  });

  it("refuses to publish with legality 0 and changes nothing", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const enterprise = await createEnterprise("batik-uji", "SUBMITTED");
    signInAs(staff);

    const result = await reviewEnterpriseAction(initial, form({ ...scores, legality: "0", enterpriseId: enterprise.id, version: "0", decision: "PUBLISH" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { legality: ["Curation.reasons.legalityBlocks"] } });
    expect(await stateOf(enterprise.id)).toEqual({ status: "SUBMITTED", curationGrade: null, verifiedAt: null });
    expect(await db.curationReview.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("requires a comment for a revision request", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const enterprise = await createEnterprise("batik-uji", "SUBMITTED");
    signInAs(staff);

    const result = await reviewEnterpriseAction(initial, form({ ...scores, enterpriseId: enterprise.id, version: "0", decision: "REQUEST_REVISION", comment: " " }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { comment: ["CurationQueue.validation.commentRequired"] } });
    expect((await stateOf(enterprise.id)).status).toBe("SUBMITTED");
  });

  it("requests revisions; the owner answers and the profile is resubmitted", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const owner = await createUser("pemilik@uji.test", "SME");
    const enterprise = await createEnterprise("batik-uji", "SUBMITTED", owner.id);

    signInAs(staff);
    const comment = "Lengkapi nomor P-IRT dan foto produk.";
    expect(await reviewEnterpriseAction(initial, form({ ...scores, enterpriseId: enterprise.id, version: "0", decision: "REQUEST_REVISION", comment }))).toEqual({
      ok: true,
      message: "CurationQueue.review.revisionRequested",
    });
    expect(await stateOf(enterprise.id)).toEqual({ status: "REVISION_REQUESTED", curationGrade: null, verifiedAt: null });

    signInAs(owner);
    expect(await answerRevisionAction(initial, form({ body: "Sudah saya lengkapi." }))).toEqual({ ok: true, message: "CurationQueue.sme.resubmitted" });
    expect((await stateOf(enterprise.id)).status).toBe("SUBMITTED");
    // A second answer has nothing to answer.
    expect(await answerRevisionAction(initial, form({ body: "Lagi." }))).toMatchObject({ ok: false, message: "CurationQueue.errors.notAwaitingRevision" });

    const thread = await db.curationComment.findMany({ orderBy: { createdAt: "asc" }, select: { authorId: true, fromStaff: true, body: true } });
    expect(thread).toEqual([
      { authorId: staff.id, fromStaff: true, body: comment },
      { authorId: owner.id, fromStaff: false, body: "Sudah saya lengkapi." },
    ]);
    const audit = await db.auditLog.findMany({ orderBy: { createdAt: "asc" }, select: { actorId: true, action: true, entityId: true } });
    expect(audit).toEqual([
      { actorId: staff.id, action: "enterprise.request-revision", entityId: enterprise.id },
      { actorId: owner.id, action: "enterprise.resubmit", entityId: enterprise.id },
    ]);
  });

  it("lets an owner answer only for their own enterprise", async () => {
    const owner = await createUser("pemilik@uji.test", "SME");
    const other = await createUser("lain@uji.test", "SME");
    const own = await createEnterprise("milik-sendiri", "SUBMITTED", owner.id);
    const theirs = await createEnterprise("milik-lain", "REVISION_REQUESTED", other.id);

    // The session names the owner's own enterprise; the form cannot name another one.
    signInAs(owner);
    const result = await answerRevisionAction(initial, form({ body: "Jawaban", enterpriseId: theirs.id }));
    expect(result).toMatchObject({ ok: false, message: "CurationQueue.errors.notAwaitingRevision" });
    // A session cannot name someone else's enterprise (it is read from the database); even an owner
    // naming one is stopped by the mutation's owner check.
    await expect(db.$transaction((tx) => answerRevisionAsOwner(tx, { userId: owner.id, enterpriseId: theirs.id }, "Jawaban"))).rejects.toThrow(
      "CurationQueue.errors.notAwaitingRevision",
    );

    expect((await stateOf(theirs.id)).status).toBe("REVISION_REQUESTED");
    expect((await stateOf(own.id)).status).toBe("SUBMITTED");
    expect(await db.curationComment.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("changes nothing when a non-staff user or nobody reviews", async () => {
    const owner = await createUser("pemilik@uji.test", "SME");
    const enterprise = await createEnterprise("batik-uji", "SUBMITTED", owner.id);
    const input = form({ ...scores, enterpriseId: enterprise.id, version: "0", decision: "PUBLISH" });

    signInAs(owner);
    expect(await reviewEnterpriseAction(initial, input)).toEqual({ ok: false, message: "Errors.forbidden" });
    signInAs(null);
    expect(await reviewEnterpriseAction(initial, input)).toEqual({ ok: false, message: "Errors.signInRequired" });

    expect(await stateOf(enterprise.id)).toEqual({ status: "SUBMITTED", curationGrade: null, verifiedAt: null });
    expect(await db.curationReview.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("submits a draft for review once", async () => {
    const owner = await createUser("pemilik@uji.test", "SME");
    const enterprise = await createEnterprise("batik-uji", "DRAFT", owner.id);
    await completeProfile(enterprise.id);
    signInAs(owner);

    expect(await submitForReviewAction(initial, form({}))).toEqual({ ok: true, message: "CurationQueue.sme.submitted" });
    expect((await stateOf(enterprise.id)).status).toBe("SUBMITTED");
    expect(await submitForReviewAction(initial, form({}))).toMatchObject({ ok: false, message: "CurationQueue.errors.notDraft" });
    expect(await db.auditLog.findMany({ select: { action: true } })).toEqual([{ action: "enterprise.submit" }]);
  });
});
