// Meeting results: their order (a meeting's result is the further of the two sides' records),
// which results need a rupiah value, which are still being followed up, and when a follow-up
// counts as stale. Pure.
import type { MeetingOutcome } from "@/lib/generated/prisma/enums";

/** From no interest to a closed deal; the database enum is declared in this same order. */
export const outcomeOrder = ["NO_INTEREST", "FOLLOW_UP", "SAMPLE", "PURCHASE_ORDER", "DEAL"] as const satisfies readonly MeetingOutcome[];

/** A purchase order or a deal commits money, so its value must be given. */
export const valueRequiredOutcomes: readonly MeetingOutcome[] = ["PURCHASE_ORDER", "DEAL"];

/** Results that are still moving towards a deal: the follow-up pipeline. */
export const followUpStages = ["FOLLOW_UP", "SAMPLE", "PURCHASE_ORDER"] as const satisfies readonly MeetingOutcome[];
export type FollowUpStage = (typeof followUpStages)[number];

/**
 * Two weeks without an update: long enough for a sample to be sent and tried, short enough that a
 * buyer still remembers the meeting. Both the "stale" badge and the reminder job use it.
 */
export const followUpStaleDays = 14;

const dayMs = 24 * 60 * 60 * 1000;

/** Follow-ups last updated before this moment are stale. */
export function staleBefore(now: Date): Date {
  return new Date(now.getTime() - followUpStaleDays * dayMs);
}

export function isStale(outcomeAt: Date | null, now: Date): boolean {
  return outcomeAt !== null && outcomeAt < staleBefore(now);
}

export type SideRecord = { outcome: MeetingOutcome | null; value: bigint | null };

const rank = (outcome: MeetingOutcome | null) => (outcome === null ? -1 : outcomeOrder.indexOf(outcome));

/** The meeting's result from both sides' records: the further outcome and the larger value. */
export function consolidateOutcome(sme: SideRecord, buyer: SideRecord): SideRecord {
  const outcome = rank(sme.outcome) >= rank(buyer.outcome) ? sme.outcome : buyer.outcome;
  const values = [sme.value, buyer.value].filter((value): value is bigint => value !== null);
  const value = values.length === 0 ? null : values.reduce((a, b) => (a > b ? a : b));
  return { outcome, value };
}
