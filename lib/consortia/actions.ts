"use server";

// Consortium server actions. Staff (match:curate) approve, veto and edit a proposal; a member SME
// and the buyer answer an approved one, the enterprise and the organisation coming from the
// session, never the form.
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { answerConsortium, type ConsortiumSide } from "./answers";
import { type ConsortiumDecision, decideConsortium, editConsortium } from "./curation";
import { buyerConsortiaPath, smeConsortiaPath } from "./notify";
import { type ConsortiumAnswerInput, consortiumAnswerSchema, consortiumEditSchema, consortiumIdSchema } from "./schemas";

/** The staff board, the members' and buyer's lists, and the public sentra pages (approved consortia). */
function revalidateConsortia() {
  revalidatePublicPages("catalog");
  revalidatePath("/staf/pencocokan", "layout");
  revalidatePath(smeConsortiaPath);
  revalidatePath(buyerConsortiaPath);
}

function decisionAction(decision: ConsortiumDecision, message: string) {
  return defineFormAction({
    name: `consortium.${decision}`,
    access: "match:curate",
    schema: consortiumIdSchema,
    run: async (input, user) => {
      await db.$transaction((tx) => decideConsortium(tx, user.id, input.consortiumId, decision));
      if (decision === "approve") await processPendingJobs();
      revalidateConsortia();
      return { ok: true, message };
    },
  });
}

export const approveConsortiumAction = decisionAction("approve", "Matching.consortium.approved");
export const vetoConsortiumAction = decisionAction("veto", "Matching.consortium.vetoed");

export const editConsortiumAction = defineFormAction({
  name: "consortium.edit",
  access: "match:curate",
  schema: consortiumEditSchema,
  run: async (input, user) => {
    await db.$transaction((tx) => editConsortium(tx, user.id, input), { timeout: 60_000 });
    await processPendingJobs();
    revalidateConsortia();
    return { ok: true, message: "Matching.consortium.edited" };
  },
});

async function answer(actor: ConsortiumSide, input: ConsortiumAnswerInput) {
  const result = await db.$transaction((tx) => answerConsortium(tx, actor, input));
  if (result.meetingRequested) await processPendingJobs();
  revalidateConsortia();
  if (input.answer === "DECLINED") return { ok: true, message: "Matching.consortium.declined" };
  return { ok: true, message: result.meetingRequested ? "Matching.consortium.meetingRequested" : "Matching.consortium.accepted" };
}

export const smeAnswerConsortiumAction = defineFormAction({
  name: "consortium.respond.sme",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Matching.errors.noEnterprise",
  schema: consortiumAnswerSchema,
  run: (input, _user, owner) => answer({ side: "sme", ...owner }, input),
});

export const buyerAnswerConsortiumAction = defineFormAction({
  name: "consortium.respond.buyer",
  access: "buyer:manage-own",
  party: "buyer",
  missingParty: "Matching.errors.noOrganization",
  schema: consortiumAnswerSchema,
  run: (input, _user, owner) => answer({ side: "buyer", ...owner }, input),
});
