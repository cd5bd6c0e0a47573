// The event day that npm run bench:live replays (scripts/bench/live.ts): representatives and group
// meetings added to a generated instance, then random happenings in time order — cancellations
// of a published meeting, no-shows (a participant absent: its meetings ahead are cancelled) and
// walk-in requests (half of them to someone with freed time ahead) — each followed by a timed
// refill (lib/scheduling/live.ts) and checks.
import { createRandom, mixSeed, type Random } from "@/lib/random/seeded";
import { listConflicts } from "@/lib/scheduling/check";
import { freeSlotsAhead, refill } from "@/lib/scheduling/live";
import { partiesOf, type Instance, type MeetingRequest, type Participant, type Placement } from "@/lib/scheduling/types";

/** Representatives drawn 1..repsMax per participant; a share of requests become groups of 3-5 parties (sellers joining the buyer). */
export function addRepresentativesAndGroups(instance: Instance, options: { repsMax: number; groupShare: number; seats: number; seed: number }): Instance {
  const random = createRandom(mixSeed(options.seed, 20));
  const participants = instance.participants.map((p) => (options.repsMax > 1 ? { ...p, representatives: random.int(1, options.repsMax) } : p));
  const sellers = participants.filter((p) => p.id.startsWith("s")).map((p) => p.id);
  const requests = instance.requests.map((request): MeetingRequest => {
    if (options.groupShare <= 0 || !random.chance(options.groupShare)) return request;
    const others = random.sample(sellers, random.int(1, 3) + 1).filter((id) => id !== request.a).slice(0, random.int(1, 3));
    return { ...request, others };
  });
  return { ...instance, seats: options.seats, participants, requests };
}

export type DayFigures = {
  happenings: number;
  cancellations: number;
  no_shows: number;
  walk_ins: number;
  walk_ins_placed: number;
  placed_live: number;
  refill_ms: number[];
  free_list_ms: number[];
  published_moved: number;
  conflicts: number;
  freed_slots: number;
  refilled_slots: number;
  waiting_last: number;
};

type Kind = "cancellation" | "no-show" | "walk-in";

/** Replays `events` happenings over the day after `published` went out; `place` is the re-scheduler under test. */
export function replayDay(start: Instance, published: Placement[], events: number, seed: number, log: (message: string) => void, place = refill): DayFigures {
  const random = createRandom(mixSeed(seed, 5));
  const { slots } = start;
  const requests = [...start.requests];
  const byId = new Map(requests.map((request) => [request.id, request]));
  const pairs = new Set(requests.map((request) => `${request.a}|${request.b}`));
  const participants = new Map(start.participants.map((p) => [p.id, p]));
  const sellers = start.participants.filter((p) => p.id.startsWith("s")).map((p) => p.id);
  const buyers = start.participants.filter((p) => p.id.startsWith("b")).map((p) => p.id);
  const board = new Map(published.map((placement) => [placement.request, placement]));
  const absent = new Set<string>();
  const cancelled = new Set<string>();
  let waiting = requests.filter((request) => !board.has(request.id)).map((request) => request.id);
  const walkIns = new Set<string>();
  const freed = new Map<string, number>();
  const freedList: { party: string; slot: number; key: string }[] = [];
  // Happenings while a slot is still ahead: the clock runs from the start of slot 0 to the end of slot slots-2.
  const times = Array.from({ length: events }, () => random.next() * Math.max(0, slots - 1)).sort((a, b) => a - b);
  const figures: DayFigures = {
    happenings: 0, cancellations: 0, no_shows: 0, walk_ins: 0, walk_ins_placed: 0, placed_live: 0, refill_ms: [], free_list_ms: [],
    published_moved: 0, conflicts: 0, freed_slots: 0, refilled_slots: 0, waiting_last: 0,
  };

  const cancel = (placement: Placement, fromSlot: number) => {
    board.delete(placement.request);
    cancelled.add(placement.request);
    if (placement.slot < fromSlot) return;
    for (const party of partiesOf(byId.get(placement.request)!)) {
      if (absent.has(party)) continue;
      figures.freed_slots++;
      const key = `${party}/${placement.slot}`;
      freed.set(key, (freed.get(key) ?? 0) + 1);
      freedList.push({ party, slot: placement.slot, key });
    }
  };

  for (const time of times) {
    const fromSlot = Math.floor(time) + 1;
    const kind = random.weighted<Kind>([["cancellation", 0.4], ["no-show", 0.2], ["walk-in", 0.4]]);
    // Nothing left to cancel ahead: a walk-in happens instead.
    if (!happen(kind, fromSlot, random) && (kind === "walk-in" || !happen("walk-in", fromSlot, random))) continue;
    figures.happenings++;

    const fixed = [...board.values()];
    const instance: Instance = { ...start, participants: [...participants.values()], requests, fixed };
    const live = waiting.filter((id) => !cancelled.has(id) && partiesOf(byId.get(id)!).every((party) => !absent.has(party)));
    const ordered = [...live.filter((id) => walkIns.has(id)), ...live.filter((id) => !walkIns.has(id))];
    let started = performance.now();
    const result = place({ instance, fromSlot, waiting: ordered });
    figures.refill_ms.push(performance.now() - started);

    for (const placement of result.placed) {
      if (board.has(placement.request)) figures.published_moved++;
      board.set(placement.request, placement);
      if (walkIns.has(placement.request)) figures.walk_ins_placed++;
      for (const party of partiesOf(byId.get(placement.request)!)) {
        const key = `${party}/${placement.slot}`;
        const count = freed.get(key) ?? 0;
        if (count > 0) {
          figures.refilled_slots++;
          freed.set(key, count - 1);
        }
      }
    }
    figures.placed_live += result.placed.length;
    for (const before of fixed) {
      const after = board.get(before.request);
      if (!after || after.slot !== before.slot || after.table !== before.table) figures.published_moved++;
    }
    const conflicts = listConflicts(instance, { meetings: [...board.values()] });
    for (const conflict of conflicts.slice(0, 5)) log(`conflict at slot ${fromSlot}: ${conflict.detail}`);
    figures.conflicts += conflicts.length;
    const placedIds = new Set(result.placed.map((placement) => placement.request));
    waiting = live.filter((id) => !placedIds.has(id));

    started = performance.now();
    freeSlotsAhead(instance, fromSlot);
    figures.free_list_ms.push(performance.now() - started);
    if (figures.happenings % 50 === 0) log(`${figures.happenings} happenings, clock in slot ${fromSlot - 1}, last refill ${Math.round(figures.refill_ms.at(-1)!)} ms`);
  }
  figures.waiting_last = waiting.length;
  return figures;

  function happen(kind: Kind, fromSlot: number, random: Random): boolean {
    if (kind === "cancellation") {
      const ahead = [...board.values()].filter((placement) => placement.slot >= fromSlot);
      if (ahead.length === 0) return false;
      cancel(random.pick(ahead), fromSlot);
      figures.cancellations++;
      return true;
    }
    if (kind === "no-show") {
      const ahead = [...board.values()].filter((placement) => placement.slot >= fromSlot);
      if (ahead.length === 0) return false;
      const who = random.pick(partiesOf(byId.get(random.pick(ahead).request)!));
      absent.add(who);
      for (const placement of ahead) if (partiesOf(byId.get(placement.request)!).includes(who)) cancel(placement, fromSlot);
      const participant = participants.get(who)!;
      const available = (participant.available ?? Array.from({ length: slots }, (_, s) => s)).filter((s) => s < fromSlot);
      participants.set(who, { ...participant, available } satisfies Participant);
      figures.no_shows++;
      return true;
    }
    // Half of the walk-ins come from someone who saw a free slot on the list: they ask a
    // participant with freed time ahead (the other side is drawn at random).
    const targets = random.chance(0.5) ? freedList.filter((f) => f.slot >= fromSlot && freed.get(f.key)! > 0 && !absent.has(f.party)) : [];
    const target = targets.length > 0 ? random.pick(targets).party : undefined;
    for (let tries = 0; tries < 100; tries++) {
      const a = target?.startsWith("s") ? target : random.pick(sellers);
      const b = target?.startsWith("b") ? target : random.pick(buyers);
      if (absent.has(a) || absent.has(b) || pairs.has(`${a}|${b}`)) continue;
      const request: MeetingRequest = { id: `w${figures.walk_ins}`, a, b, weight: 1 };
      pairs.add(`${a}|${b}`);
      requests.push(request);
      byId.set(request.id, request);
      walkIns.add(request.id);
      waiting.push(request.id);
      figures.walk_ins++;
      return true;
    }
    return false;
  }
}
