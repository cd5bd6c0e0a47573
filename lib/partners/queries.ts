import "server-only";
import { db } from "@/lib/db";
import type { ParticipantStatus, Prisma } from "@/lib/generated/prisma/client";

const partnerOrganizationSelect = {
  id: true,
  name: true,
  kind: true,
  description: true,
  website: true,
} satisfies Prisma.PartnerOrganizationSelect;

export type PartnerOrganizationSummary = Prisma.PartnerOrganizationGetPayload<{ select: typeof partnerOrganizationSelect }>;

export async function getPartnerOrganization(organizationId: string): Promise<PartnerOrganizationSummary | null> {
  return db.partnerOrganization.findUnique({ where: { id: organizationId }, select: partnerOrganizationSelect });
}

/** Whether the organisation has a desk at the event, and with which status. */
export async function getPartnerParticipation(
  organizationId: string,
  eventId: string,
): Promise<{ status: ParticipantStatus } | null> {
  return db.eventParticipant.findUnique({
    where: { eventId_partnerOrganizationId: { eventId, partnerOrganizationId: organizationId } },
    select: { status: true },
  });
}
