// Whether a meeting was attended, the rule outcomes and reports share.
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A meeting took place as far as the desk knows: both sides were checked in, or staff let the
 * result be recorded anyway (with a reason). Only such meetings take a result and count as held.
 */
export const attendedSql = Prisma.sql`(m."attendanceOverrideAt" IS NOT NULL OR (
  SELECT count(*) FROM "EventParticipant" present
  WHERE present."id" IN (m."smeParticipantId", m."buyerParticipantId") AND present."checkedInAt" IS NOT NULL) = 2)`;

/** The same rule for Prisma reads. */
export const attendedWhere = {
  OR: [{ attendanceOverrideAt: { not: null } }, { smeParticipant: { is: { checkedInAt: { not: null } } }, buyerParticipant: { is: { checkedInAt: { not: null } } } }],
} satisfies Prisma.MeetingWhereInput;
