"use server";

// Matching server actions. Staff (match:curate, meeting:schedule) generate and curate an event's
// matches and send them to scheduling; an SME or a buyer answers its own approved matches, the
// enterprise and the organisation coming from the session, never the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { addManualMatch, type Decision, decideMatch, generateMatches, saveEventWeights, saveNote, sendReadyToScheduling, sendToScheduling } from "./curation";
import { type MatchSide, respondToMatch } from "./responses";
import { eventIdSchema, manualMatchSchema, matchIdSchema, noteSchema, type RespondInput, respondSchema, weightsSchema } from "./engine/schemas";

function revalidateMatches(matchId?: string) {
  revalidatePath("/staf/pencocokan");
  if (matchId) revalidatePath(`/staf/pencocokan/${matchId}`);
  revalidatePath("/ikm/pasangan");
  revalidatePath("/pembeli/pasangan");
}

export const generateMatchesAction = defineFormAction({
  name: "matching.generate",
  access: "match:curate",
  schema: eventIdSchema,
  run: async (input, user) => {
    await generateMatches(user.id, input.eventId);
    revalidateMatches();
    return { ok: true, message: "Matching.board.generated" };
  },
});

export const saveWeightsAction = defineFormAction({
  name: "matching.weights",
  access: "match:curate",
  schema: weightsSchema,
  run: async (input, user) => {
    await db.$transaction((tx) => saveEventWeights(tx, user.id, input));
    revalidateMatches();
    return { ok: true, message: "Matching.weights.saved" };
  },
});

function decisionAction(decision: Decision, message: string) {
  return defineFormAction({
    name: `matching.${decision}`,
    access: "match:curate",
    schema: matchIdSchema,
    run: async (input, user) => {
      await db.$transaction((tx) => decideMatch(tx, user.id, input.matchId, decision));
      if (decision === "approve") await processPendingJobs();
      revalidateMatches(input.matchId);
      return { ok: true, message };
    },
  });
}

export const approveMatchAction = decisionAction("approve", "Matching.board.approved");
export const vetoMatchAction = decisionAction("veto", "Matching.board.vetoed");
export const pinMatchAction = decisionAction("pin", "Matching.board.pinned");
export const unpinMatchAction = decisionAction("unpin", "Matching.board.unpinned");

export const saveNoteAction = defineFormAction({
  name: "matching.note",
  access: "match:curate",
  schema: noteSchema,
  run: async (input, user) => {
    await db.$transaction((tx) => saveNote(tx, user.id, input));
    revalidateMatches(input.matchId);
    return { ok: true, message: "Matching.detail.noteSaved" };
  },
});

export const addManualMatchAction = defineFormAction({
  name: "matching.manual",
  access: "match:curate",
  schema: manualMatchSchema,
  run: async (input, user) => {
    const { matchId } = await db.$transaction((tx) => addManualMatch(tx, user.id, input));
    await processPendingJobs();
    revalidateMatches(matchId);
    redirect(`/staf/pencocokan/${matchId}?baru=1`);
  },
});

export const sendToSchedulingAction = defineFormAction({
  name: "matching.sendToScheduling",
  access: "meeting:schedule",
  schema: matchIdSchema,
  run: async (input, user) => {
    const outcome = await db.$transaction((tx) => sendToScheduling(tx, user.id, input.matchId));
    revalidateMatches(input.matchId);
    return { ok: true, message: outcome === "created" ? "Matching.board.sent" : "Matching.board.alreadySent" };
  },
});

export const sendReadyToSchedulingAction = defineFormAction({
  name: "matching.sendReadyToScheduling",
  access: "meeting:schedule",
  schema: eventIdSchema,
  run: async (input, user) => {
    const created = await db.$transaction((tx) => sendReadyToScheduling(tx, user.id, input.eventId));
    revalidateMatches();
    return { ok: true, message: created > 0 ? "Matching.board.sentReady" : "Matching.board.noneReady" };
  },
});

async function respond(actor: MatchSide, input: RespondInput) {
  const result = await db.$transaction((tx) => respondToMatch(tx, actor, input));
  revalidateMatches(input.matchId);
  if (input.answer === "DECLINED") return { ok: true, message: "Matching.respond.declined" };
  return { ok: true, message: result.meetingRequested ? "Matching.respond.meetingRequested" : "Matching.respond.accepted" };
}

export const smeRespondAction = defineFormAction({
  name: "matching.respond.sme",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Matching.errors.noEnterprise",
  schema: respondSchema,
  run: (input, _user, owner) => respond({ side: "sme", ...owner }, input),
});

export const buyerRespondAction = defineFormAction({
  name: "matching.respond.buyer",
  access: "buyer:manage-own",
  party: "buyer",
  missingParty: "Matching.errors.noOrganization",
  schema: respondSchema,
  run: (input, _user, owner) => respond({ side: "buyer", ...owner }, input),
});
