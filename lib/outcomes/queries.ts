// The follow-up pipeline across events: held meetings whose result is still moving towards a
// deal (follow-up, sample, purchase order), stalest first, with a "stale" flag.
import "server-only";
import { partyName, partyNameSelect } from "@/lib/agenda/parties";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingOutcome } from "@/lib/generated/prisma/enums";
import { type Paginated, pageCountOf, pageWindow } from "@/lib/pagination";
import { type FollowUpStage, followUpStages, isStale, staleBefore } from "./stages";

export type FollowUpRow = {
  id: string;
  event: { id: string; title: string; startsAt: Date };
  smeName: string;
  buyerName: string;
  sector: { code: string; nameId: string; nameEn: string | null } | null;
  outcome: MeetingOutcome;
  dealValueRupiah: bigint | null;
  outcomeAt: Date | null;
  stale: boolean;
  remindedAt: Date | null;
};

export type FollowUpFilter = { eventId?: string; stage?: FollowUpStage; page: number; pageSize?: number; now?: Date };

/** Held meetings still moving towards a deal, of one event or stage when given. */
export function followUpWhere({ eventId, stage }: { eventId?: string; stage?: FollowUpStage } = {}) {
  return {
    status: "HELD",
    outcome: { in: stage ? [stage] : [...followUpStages] },
    ...(eventId ? { eventId } : {}),
  } satisfies Prisma.MeetingWhereInput;
}

/** Follow-ups not updated for followUpStaleDays: the list marks them stale, the staff desk counts them. */
export function overdueFollowUpWhere(now: Date): Prisma.MeetingWhereInput {
  return { ...followUpWhere(), outcomeAt: { lt: staleBefore(now) } };
}

export async function listFollowUps({ eventId, stage, page, pageSize = 25, now = new Date() }: FollowUpFilter): Promise<Paginated<FollowUpRow>> {
  const where = followUpWhere({ eventId, stage });
  const [rows, total] = await Promise.all([
    db.meeting.findMany({
      where,
      orderBy: [{ outcomeAt: "asc" }, { id: "asc" }],
      ...pageWindow(page, pageSize),
      select: {
        id: true,
        outcome: true,
        dealValueRupiah: true,
        outcomeAt: true,
        followUpRemindedAt: true,
        event: { select: { id: true, title: true, startsAt: true } },
        smeParticipant: { select: { ...partyNameSelect, enterprise: { select: { legalName: true, brandName: true, primaryKbli: { select: { code: true, nameId: true, nameEn: true } } } } } },
        buyerParticipant: { select: partyNameSelect },
      },
    }),
    db.meeting.count({ where }),
  ]);
  const items = rows.flatMap((row) =>
    row.outcome
      ? [
          {
            id: row.id,
            event: row.event,
            smeName: partyName(row.smeParticipant),
            buyerName: partyName(row.buyerParticipant),
            sector: row.smeParticipant.enterprise?.primaryKbli ?? null,
            outcome: row.outcome,
            dealValueRupiah: row.dealValueRupiah,
            outcomeAt: row.outcomeAt,
            stale: isStale(row.outcomeAt, now),
            remindedAt: row.followUpRemindedAt,
          },
        ]
      : [],
  );
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}

/** Events that have follow-ups, newest first, for the filter. */
export async function followUpEvents(): Promise<{ id: string; title: string }[]> {
  return db.event.findMany({
    where: { meetings: { some: followUpWhere() } },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true },
    take: 100,
  });
}
