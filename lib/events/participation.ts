// A party's registration for an event (the party itself, Party and partyOf, is in
// lib/auth/party.ts). Every participant-side read and action finds the participant through
// these, so a user can only ever act as their own party.
import "server-only";
import { db, type DbClient } from "@/lib/db";
import type { ParticipantKind, ParticipantStatus } from "@/lib/generated/prisma/enums";
import type { Party } from "@/lib/auth/party";

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
