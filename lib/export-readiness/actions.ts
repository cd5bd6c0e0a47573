"use server";

// The export readiness self-assessment (SME owner, own enterprise from the session only) and
// its verification by staff.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineFormAction, fieldErrorsFrom, UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { createAssessment, verifyAssessment } from "./mutations";
import { exportReadinessAnswersSchema } from "./questionnaire";
import { exportReadinessOverrideSchema } from "./score";

export const submitExportReadinessAction = defineFormAction({
  name: "exportReadiness.submit",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "ExportReadinessPages.noEnterprise",
  schema: exportReadinessAnswersSchema,
  run: async (answers, _actor, { enterpriseId, userId }) => {
    await db.$transaction((tx) => createAssessment(tx, { enterpriseId, actorId: userId }, answers));
    revalidatePath("/ikm/kesiapan-ekspor");
    revalidatePath("/staf/kesiapan-ekspor");
    return { ok: true, message: "ExportReadinessPages.submitted" };
  },
});

// The note may stay empty when staff confirm the SME's own tier; a different tier needs one
// (exportReadinessOverrideSchema, checked in run once the assessment's tier is known).
const verifySchema = z.strictObject({
  assessmentId: z.string().trim().min(1, "ExportReadinessPages.notFound").max(64, "ExportReadinessPages.notFound"),
  tier: exportReadinessOverrideSchema.shape.tier,
  note: z.string().trim().max(1000, "ExportReadiness.validation.noteTooLong").default(""),
});

export const verifyExportReadinessAction = defineFormAction({
  name: "exportReadiness.verify",
  access: "catalog:curate",
  schema: verifySchema,
  run: async ({ assessmentId, tier, note }, actor) => {
    const current = await db.exportReadinessAssessment.findUnique({ where: { id: assessmentId }, select: { tier: true } });
    if (!current) throw new UserFacingError("ExportReadinessPages.notFound");
    if (tier !== current.tier) {
      const override = exportReadinessOverrideSchema.safeParse({ tier, note });
      if (!override.success) return { ok: false, fieldErrors: fieldErrorsFrom(override.error), values: { tier, note } };
    }
    await db.$transaction((tx) => verifyAssessment(tx, { actorId: actor.id }, { assessmentId, tier, note: note || null }));
    revalidatePath("/staf/kesiapan-ekspor");
    revalidatePath(`/staf/kesiapan-ekspor/${assessmentId}`);
    revalidatePath("/ikm/kesiapan-ekspor");
    return { ok: true, message: "ExportReadinessPages.verifySaved" };
  },
});
