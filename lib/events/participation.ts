// Which party a signed-in user takes part as (their enterprise, buyer organisation or partner
// organisation), and their registration for an event. Every participant-side read and action
// finds the participant through these, so a user can only ever act as their own party.
import "server-only";
import { db, type DbClient } from "@/lib/db";
import type { ParticipantKind, ParticipantStatus } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/auth/session-user";

export type Party =
  | { kind: "SME"; enterpriseId: string }
  | { kind: "BUYER"; buyerId: string }
  | { kind: "PARTNER"; partnerOrganizationId: string };

/** The party a user acts for, by role; null when the account has no enterprise or organisation yet. */
export function partyOf(user: Pick<SessionUser, "role" | "enterpriseId" | "buyerOrganizationId" | "partnerOrganizationId">): Party | null {
  if (user.role === "SME" && user.enterpriseId) return { kind: "SME", enterpriseId: user.enterpriseId };
  if (user.role === "BUYER" && user.buyerOrganizationId) return { kind: "BUYER", buyerId: user.buyerOrganizationId };
  if (user.role === "PARTNER" && user.partnerOrganizationId) return { kind: "PARTNER", partnerOrganizationId: user.partnerOrganizationId };
  return null;
}

/** The where clause of the party's participant rows (any event). */
export function partyWhere(party: Party) {
  switch (party.kind) {
    case "SME":
      return { kind: party.kind, enterpriseId: party.enterpriseId };
    case "BUYER":
      return { kind: party.kind, buyerId: party.buyerId };
    case "PARTNER":
      return { kind: party.kind, partnerOrganizationId: party.partnerOrganizationId };
  }
}

export type OwnParticipation = {
  id: string;
  eventId: string;
  kind: ParticipantKind;
  status: ParticipantStatus;
  checkInCode: string | null;
  checkedInAt: Date | null;
};

/** The party's registration for an event, or null. */
export async function findParticipation(party: Party, eventId: string, client: DbClient = db): Promise<OwnParticipation | null> {
  return client.eventParticipant.findFirst({
    where: { eventId, ...partyWhere(party) },
    select: { id: true, eventId: true, kind: true, status: true, checkInCode: true, checkedInAt: true },
  });
}
