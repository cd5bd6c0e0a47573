// The export readiness self-assessment: stored with the score the pure scoring computes, for
// the session's own enterprise only; staff verify or override it; nobody else can.
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getPublishedSupplier } from "@/lib/catalog/supplier-page";
import { submitExportReadinessAction, verifyExportReadinessAction } from "@/lib/export-readiness/actions";
import { getOwnReadiness } from "@/lib/export-readiness/queries";
import { type ExportReadinessAnswers, exportReadinessAnswersSchema, exportReadinessQuestions } from "@/lib/export-readiness/questionnaire";
import { loadSuppliers } from "@/lib/matching/load";
import { scoreExportReadiness } from "@/lib/export-readiness/score";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { createUser, form, signInAs } from "./support/actions";
import { initial } from "./support/accounts";

setRequestHeaders({});

const answers: ExportReadinessAnswers = exportReadinessAnswersSchema.parse({
  exportPlan: "withinYear",
  exportTeam: "ownerPartTime",
  capacityHeadroom: "withinMonths",
  qualityConsistency: "writtenStandard",
  productAdaptation: "limited",
  packagingLabel: "completeLabel",
  legalIdentity: "hasNib",
  productCertification: "basic",
  trademark: "applied",
  hsCode: "heardOf",
  exportDocuments: "basic",
  exportExperience: "indirect",
  exportPricing: "roughly",
  workingCapital: "withFinancing",
  onlinePresence: "marketplace",
  foreignCommunication: "withHelp",
});

function sessionUser(user: { id: string; email: string; name: string; role: SessionUser["role"] }, enterpriseId: string | null = null): SessionUser {
  return { ...user, locale: "id", enterpriseId, buyerOrganizationId: null, partnerOrganizationId: null };
}

async function seed() {
  const kbli = await db.kbli.findFirstOrThrow({ where: { version: "2020", code: "13134" }, select: { id: true } });
  const owner = await db.user.create({ data: { email: "pemilik@contoh.test", name: "Sri Pemilik", role: "SME" } });
  const otherOwner = await db.user.create({ data: { email: "lain@contoh.test", name: "Budi Lain", role: "SME" } });
  const staff = await db.user.create({ data: { email: "staf@contoh.test", name: "Staf Disperin", role: "STAFF" } });
  const base = { legalForm: "UD" as const, kecamatanCode: "33.74.04", primaryKbliId: kbli.id };
  const mine = await db.enterprise.create({ data: { ...base, slug: "batik-mine", legalName: "UD Batik Mine", ownerId: owner.id } });
  const other = await db.enterprise.create({ data: { ...base, slug: "batik-other", legalName: "UD Batik Other", ownerId: otherOwner.id } });
  return {
    owner: sessionUser(owner, mine.id),
    otherOwner: sessionUser(otherOwner, other.id),
    staff: sessionUser(staff),
    mine,
    other,
  };
}

describe("export readiness", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("stores the assessment with the computed score and puts it on the enterprise, audited", async () => {
    const { owner, mine } = await seed();
    signInAs(owner);
    const expected = scoreExportReadiness(answers);
    const state = await submitExportReadinessAction(initial, form({ ...answers, score: "100", tier: "SIAP_EKSPOR" }));
    // Unknown fields (a forged score) are refused, nothing stored.
    expect(state.ok).toBe(false);
    expect(await db.exportReadinessAssessment.count()).toBe(0);

    expect(await submitExportReadinessAction(initial, form(answers))).toEqual({ ok: true, message: "ExportReadinessPages.submitted" });
    const stored = await db.exportReadinessAssessment.findFirstOrThrow();
    expect(stored).toMatchObject({ enterpriseId: mine.id, score: expected.score, tier: expected.tier, submittedById: owner.id, answers });
    const enterprise = await db.enterprise.findUniqueOrThrow({ where: { id: mine.id } });
    expect(enterprise).toMatchObject({ exportReadinessScore: expected.score, exportReadinessTier: expected.tier });
    expect(await db.auditLog.count({ where: { action: "export-readiness.submit", entityId: stored.id } })).toBe(1);
  });

  it("reports unanswered questions by field and stores nothing", async () => {
    const { owner } = await seed();
    signInAs(owner);
    const { hsCode: _omitted, ...partial } = answers;
    const state = await submitExportReadinessAction(initial, form(partial));
    expect(state.fieldErrors?.hsCode).toEqual(["ExportReadiness.validation.answerRequired"]);
    expect(await db.exportReadinessAssessment.count()).toBe(0);
  });

  it("takes the enterprise from the session only: an SME cannot submit for another enterprise", async () => {
    const { owner, mine, other } = await seed();
    signInAs(owner);
    const forged = await submitExportReadinessAction(initial, form({ ...answers, enterpriseId: other.id }));
    expect(forged.ok).toBe(false);
    expect(await submitExportReadinessAction(initial, form(answers))).toMatchObject({ ok: true });
    expect(await db.exportReadinessAssessment.count({ where: { enterpriseId: other.id } })).toBe(0);
    expect(await db.exportReadinessAssessment.count({ where: { enterpriseId: mine.id } })).toBe(1);
    const untouched = await db.enterprise.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched.exportReadinessScore).toBeNull();

    signInAs(await createUser("SME"));
    expect(await submitExportReadinessAction(initial, form(answers))).toMatchObject({ ok: false, message: "ExportReadinessPages.noEnterprise" });
    expect(await db.exportReadinessAssessment.count()).toBe(1);
  });

  it("lets staff override the tier with a note, keeping both tiers", async () => {
    const { owner, staff, mine } = await seed();
    signInAs(owner);
    await submitExportReadinessAction(initial, form(answers));
    const assessment = await db.exportReadinessAssessment.findFirstOrThrow();
    const other = assessment.tier === "SIAP_EKSPOR" ? "SIAP_DENGAN_PENDAMPINGAN" : "SIAP_EKSPOR";

    signInAs(staff);
    const noNote = await verifyExportReadinessAction(initial, form({ assessmentId: assessment.id, tier: other, note: "  " }));
    expect(noNote.fieldErrors?.note).toEqual(["ExportReadiness.validation.noteRequired"]);
    expect((await db.exportReadinessAssessment.findUniqueOrThrow({ where: { id: assessment.id } })).verifiedAt).toBeNull();

    const state = await verifyExportReadinessAction(initial, form({ assessmentId: assessment.id, tier: other, note: "Sudah dikunjungi." }));
    expect(state).toEqual({ ok: true, message: "ExportReadinessPages.verifySaved" });
    const verified = await db.exportReadinessAssessment.findUniqueOrThrow({ where: { id: assessment.id } });
    expect(verified).toMatchObject({ tier: assessment.tier, verifiedTier: other, verifiedNote: "Sudah dikunjungi.", verifiedById: staff.id });
    expect(verified.verifiedAt).toBeInstanceOf(Date);
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: mine.id } })).exportReadinessTier).toBe(other);
    expect(await db.auditLog.count({ where: { action: "export-readiness.verify", entityId: assessment.id } })).toBe(1);

    // Confirming the self-assessed tier needs no note.
    const confirm = await verifyExportReadinessAction(initial, form({ assessmentId: assessment.id, tier: assessment.tier, note: "" }));
    expect(confirm.ok).toBe(true);
    const confirmed = await db.exportReadinessAssessment.findUniqueOrThrow({ where: { id: assessment.id } });
    expect(confirmed).toMatchObject({ verifiedTier: assessment.tier, verifiedNote: null });

    expect(await verifyExportReadinessAction(initial, form({ assessmentId: "tidak-ada", tier: other, note: "x" }))).toMatchObject({
      ok: false,
      message: "ExportReadinessPages.notFound",
    });
  });

  it("changes nothing when a non-staff user tries to verify", async () => {
    const { owner, otherOwner, mine } = await seed();
    signInAs(owner);
    await submitExportReadinessAction(initial, form(answers));
    const assessment = await db.exportReadinessAssessment.findFirstOrThrow();
    const attempt = { assessmentId: assessment.id, tier: "BELUM_SIAP", note: "Saya ubah sendiri" };

    for (const user of [owner, otherOwner, null]) {
      signInAs(user);
      const state = await verifyExportReadinessAction(initial, form(attempt));
      expect(state).toEqual({ ok: false, message: user ? "Errors.forbidden" : "Errors.signInRequired" });
    }
    const after = await db.exportReadinessAssessment.findUniqueOrThrow({ where: { id: assessment.id } });
    expect(after).toMatchObject({ verifiedTier: null, verifiedNote: null, verifiedById: null, verifiedAt: null });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: mine.id } })).exportReadinessTier).toBe(assessment.tier);
    expect(await db.auditLog.count({ where: { action: "export-readiness.verify" } })).toBe(0);
  });

  it("keeps the staff-verified tier in the catalog and matching while a new self-assessment waits for staff", async () => {
    const { owner, staff, mine } = await seed();
    await db.enterprise.update({ where: { id: mine.id }, data: { status: "PUBLISHED" } });
    const strongest = Object.fromEntries(exportReadinessQuestions.map((question) => [question.id, question.options.at(-1)!.id]));
    const weakest = Object.fromEntries(exportReadinessQuestions.map((question) => [question.id, question.options[0]!.id]));
    expect(scoreExportReadiness(exportReadinessAnswersSchema.parse(strongest)).tier).toBe("SIAP_EKSPOR");
    expect(scoreExportReadiness(exportReadinessAnswersSchema.parse(weakest)).tier).toBe("BELUM_SIAP");

    signInAs(owner);
    await submitExportReadinessAction(initial, form(strongest));
    const first = await db.exportReadinessAssessment.findFirstOrThrow();
    signInAs(staff);
    expect(await verifyExportReadinessAction(initial, form({ assessmentId: first.id, tier: "SIAP_EKSPOR", note: "" }))).toMatchObject({ ok: true });

    const seenTiers = async () => {
      const supplier = await getPublishedSupplier("batik-mine");
      const matching = await loadSuppliers(db, { eventId: null, today: new Date() });
      return { catalog: supplier?.exportReadinessTier, matching: matching.find((row) => row.id === mine.id)?.exportReadinessTier };
    };
    expect(await seenTiers()).toEqual({ catalog: "SIAP_EKSPOR", matching: "SIAP_EKSPOR" });

    // The SME's new self-assessment is stored as pending; the verified tier stays in effect.
    signInAs(owner);
    expect(await submitExportReadinessAction(initial, form(weakest))).toMatchObject({ ok: true });
    const pending = await db.exportReadinessAssessment.findFirstOrThrow({ where: { verifiedAt: null } });
    expect(pending.tier).toBe("BELUM_SIAP");
    expect(await seenTiers()).toEqual({ catalog: "SIAP_EKSPOR", matching: "SIAP_EKSPOR" });
    const before = await db.enterprise.findUniqueOrThrow({ where: { id: mine.id } });
    expect(before.exportReadinessScore).toBe(first.score);
    // The SME is told the verified tier stays in effect meanwhile.
    expect((await getOwnReadiness(mine.id)).verifiedInEffect).toBe("SIAP_EKSPOR");

    // Staff verify the new one: now it applies.
    signInAs(staff);
    expect(await verifyExportReadinessAction(initial, form({ assessmentId: pending.id, tier: "BELUM_SIAP", note: "" }))).toMatchObject({ ok: true });
    expect(await seenTiers()).toEqual({ catalog: "BELUM_SIAP", matching: "BELUM_SIAP" });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: mine.id } })).exportReadinessScore).toBe(pending.score);
    expect((await getOwnReadiness(mine.id)).verifiedInEffect).toBeNull();
  });
});
