// The one condition under which a partner sees a consenting SME: not revoked, and not past the
// end the SME chose (endsAt, exclusive). Every partner read and write puts it in its own `where`
// with the request's clock, so a consent stops at its end the way a revocation does, with no job.
import type { Prisma } from "@/lib/generated/prisma/client";

export function activeConsentWhere(now: Date): Prisma.PartnerConsentWhereInput {
  return { revokedAt: null, OR: [{ endsAt: null }, { endsAt: { gt: now } }] };
}

/** The same condition for a row already read (the SME's own page). */
export function isConsentActive(consent: { revokedAt: Date | null; endsAt: Date | null }, now: Date): boolean {
  return consent.revokedAt === null && (consent.endsAt === null || consent.endsAt.getTime() > now.getTime());
}

/** Tomorrow in Semarang (WIB, UTC+7 all year) as "YYYY-MM-DD": the earliest last day of sharing. */
export function earliestLastDay(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
}

/** The last day a consent with this (exclusive) end is shared on, as an instant within that day. */
export function lastDayOf(endsAt: Date): Date {
  return new Date(endsAt.getTime() - 1);
}
