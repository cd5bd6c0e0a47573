// How a participant is named on agendas, grids, check-in lists and reports: the SME's brand (or
// legal name), the buyer's or partner's organisation; and the Prisma select that names it.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParticipantKind } from "@/lib/generated/prisma/enums";
import { enterpriseName } from "@/lib/matching/engine/stored";

export const partyNameSelect = {
  kind: true,
  enterprise: { select: { legalName: true, brandName: true } },
  buyer: { select: { name: true } },
  partnerOrganization: { select: { name: true } },
} satisfies Prisma.EventParticipantSelect;

type Named = {
  kind: ParticipantKind;
  enterprise: { legalName: string; brandName: string | null } | null;
  buyer: { name: string } | null;
  partnerOrganization: { name: string } | null;
};

export function partyName(participant: Named): string {
  if (participant.kind === "SME" && participant.enterprise) return enterpriseName(participant.enterprise);
  if (participant.kind === "BUYER" && participant.buyer) return participant.buyer.name;
  return participant.partnerOrganization?.name ?? participant.buyer?.name ?? (participant.enterprise ? enterpriseName(participant.enterprise) : "—");
}

/** Meetings that hold a place in the schedule (what agendas, grids and reports show). */
export const placedStatuses = ["SCHEDULED", "HELD", "NO_SHOW"] as const;
