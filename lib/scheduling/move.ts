// Staff move a meeting by hand: what the move would break, so the form can refuse it or warn.
// Implemented with the independent checker: apply the move, keep the conflicts that involve the
// moved request. Staff may move a published (fixed) meeting; the caller then stores the new
// placement as fixed, so the move itself is not reported as "fixed moved".
import { listConflicts, type Conflict } from "./check";
import type { Instance, Placement, Schedule } from "./types";

export function checkMove(instance: Instance, schedule: Schedule, move: Placement): Conflict[] {
  const meetings = schedule.meetings.filter((meeting) => meeting.request !== move.request);
  const fixed = (instance.fixed ?? []).filter((placement) => placement.request !== move.request);
  const moved = { ...instance, fixed };
  return listConflicts(moved, { meetings: [...meetings, move] }).filter((conflict) => conflict.requests.includes(move.request));
}
