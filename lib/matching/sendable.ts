// When staff are offered "Kirim ke penjadwalan" for one match. Both sides accepting requests the
// meeting by itself, and a side that declined has said no; before anyone answered, a request
// would put a meeting on two agendas that nobody asked for. So the button is offered for an
// approved match without a meeting where one side accepted and the other has not answered yet
// (staff heard the other side's yes at the desk or on the phone). Pure.
import type { MatchResponse, MatchStatus } from "@/lib/generated/prisma/enums";

export type SendableMatch = { status: MatchStatus; smeResponse: MatchResponse; buyerResponse: MatchResponse; meetings: readonly unknown[] };

export function canSendToScheduling(match: SendableMatch): boolean {
  if (match.status !== "APPROVED" || match.meetings.length > 0) return false;
  const answers = [match.smeResponse, match.buyerResponse];
  return answers.includes("ACCEPTED") && answers.includes("PENDING");
}
