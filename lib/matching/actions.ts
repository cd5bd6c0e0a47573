"use server";

// Matching server actions. Staff (match:curate, meeting:schedule) generate and curate an event's
// matches and send them to scheduling; an SME or a buyer answers its own approved matches, the
// enterprise and the organisation coming from the session, never the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { addManualMatch, type Decision, decideMatch, generateMatches, saveEventWeights, saveNote, sendReadyToScheduling, sendToScheduling } from "./curation";
import { type MatchSide, respondToMatch } from "./responses";
import { eventIdSchema, manualMatchSchema, matchIdSchema, noteSchema, respondSchema, weightsSchema } from "./schemas";

function staffId(user: SessionUser | null): string {
  if (!user) throw new UserFacingError("Errors.signInRequired");
  return user.id;
}

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
    await generateMatches(staffId(user), input.eventId);
    revalidateMatches();
    return { ok: true, message: "Matching.board.generated" };
  },
});

export const saveWeightsAction = defineFormAction({
  name: "matching.weights",
  access: "match:curate",
  schema: weightsSchema,
  run: async (input, user) => {
    const actorId = staffId(user);
    await db.$transaction((tx) => saveEventWeights(tx, actorId, input));
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
      const actorId = staffId(user);
      await db.$transaction((tx) => decideMatch(tx, actorId, input.matchId, decision));
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
    const actorId = staffId(user);
    await db.$transaction((tx) => saveNote(tx, actorId, input));
    revalidateMatches(input.matchId);
    return { ok: true, message: "Matching.detail.noteSaved" };
  },
});

export const addManualMatchAction = defineFormAction({
  name: "matching.manual",
  access: "match:curate",
  schema: manualMatchSchema,
  run: async (input, user) => {
    const actorId = staffId(user);
    const { matchId } = await db.$transaction((tx) => addManualMatch(tx, actorId, input));
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
    const actorId = staffId(user);
    const outcome = await db.$transaction((tx) => sendToScheduling(tx, actorId, input.matchId));
    revalidateMatches(input.matchId);
    return { ok: true, message: outcome === "created" ? "Matching.board.sent" : "Matching.board.alreadySent" };
  },
});

export const sendReadyToSchedulingAction = defineFormAction({
  name: "matching.sendReadyToScheduling",
  access: "meeting:schedule",
  schema: eventIdSchema,
  run: async (input, user) => {
    const actorId = staffId(user);
    const created = await db.$transaction((tx) => sendReadyToScheduling(tx, actorId, input.eventId));
    revalidateMatches();
    return { ok: true, message: created > 0 ? "Matching.board.sentReady" : "Matching.board.noneReady" };
  },
});

function respondAction(side: MatchSide["side"]) {
  return defineFormAction({
    name: `matching.respond.${side}`,
    access: side === "sme" ? "enterprise:manage-own" : "buyer:manage-own",
    schema: respondSchema,
    run: async (input, user) => {
      if (!user) throw new UserFacingError("Errors.signInRequired");
      let actor: MatchSide;
      if (side === "sme") {
        if (!user.enterpriseId) throw new UserFacingError("Matching.errors.noEnterprise");
        actor = { side, userId: user.id, enterpriseId: user.enterpriseId };
      } else {
        if (!user.buyerOrganizationId) throw new UserFacingError("Matching.errors.noOrganization");
        actor = { side, userId: user.id, buyerId: user.buyerOrganizationId };
      }
      const result = await db.$transaction((tx) => respondToMatch(tx, actor, input));
      revalidateMatches(input.matchId);
      if (input.answer === "DECLINED") return { ok: true, message: "Matching.respond.declined" };
      return { ok: true, message: result.meetingRequested ? "Matching.respond.meetingRequested" : "Matching.respond.accepted" };
    },
  });
}

export const smeRespondAction = respondAction("sme");
export const buyerRespondAction = respondAction("buyer");
