// Small instances for the scheduler's tests: random general graphs (not only seller-buyer pairs),
// participants with and without availability lists, and an exhaustive optimum to compare with.
import { createRandom } from "@/lib/random/seeded";
import type { Instance, MeetingRequest, Participant } from "./types";

export function randomGeneralInstance(seed: number, size: { participants: number; requests: number; slots: number; tables: number }): Instance {
  const random = createRandom(seed);
  const participants: Participant[] = Array.from({ length: size.participants }, (_, i) => {
    if (random.chance(0.2)) return { id: `p${i}` };
    return { id: `p${i}`, available: Array.from({ length: size.slots }, (_, s) => s).filter(() => random.chance(0.7)) };
  });
  const requests: MeetingRequest[] = [];
  const pairs = new Set<string>();
  for (let tries = 0; requests.length < size.requests && tries < 50 * size.requests; tries++) {
    const a = random.int(0, size.participants - 1);
    const b = random.int(0, size.participants - 1);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    requests.push({ id: `r${requests.length}`, a: `p${a}`, b: `p${b}`, weight: random.int(1, 3) });
  }
  return { slots: size.slots, tables: size.tables, participants, requests };
}

/** The best total weight by trying every slot (or none) for every request: tiny instances only. */
export function bruteForceOptimum(instance: Instance): number {
  const available = new Map(instance.participants.map((p) => [p.id, p.available ? new Set(p.available) : null]));
  const canMeet = (id: string, slot: number) => {
    const slots = available.get(id);
    return slots === null || (slots !== undefined && slots.has(slot));
  };
  const busy = new Set<string>();
  const fill = new Array<number>(instance.slots).fill(0);
  let best = 0;
  const visit = (index: number, total: number) => {
    if (index === instance.requests.length) {
      best = Math.max(best, total);
      return;
    }
    const { a, b, weight } = instance.requests[index]!;
    for (let slot = 0; slot < instance.slots; slot++) {
      if (fill[slot]! >= instance.tables || !canMeet(a, slot) || !canMeet(b, slot) || busy.has(`${a}/${slot}`) || busy.has(`${b}/${slot}`)) continue;
      busy.add(`${a}/${slot}`).add(`${b}/${slot}`);
      fill[slot]!++;
      visit(index + 1, total + weight);
      busy.delete(`${a}/${slot}`);
      busy.delete(`${b}/${slot}`);
      fill[slot]!--;
    }
    visit(index + 1, total);
  };
  visit(0, 0);
  return best;
}

/**
 * Small instances with representatives (1-3 per participant) and group meetings (3 to `seats`
 * parties) among 1:1 requests, on a general graph, some participants with availability lists.
 */
export function randomExtendedInstance(
  seed: number,
  size: { participants: number; requests: number; slots: number; tables: number; seats: number; groupShare: number; repsMax: number },
): Instance {
  const random = createRandom(seed);
  const participants: Participant[] = Array.from({ length: size.participants }, (_, i) => {
    const representatives = random.int(1, size.repsMax);
    if (random.chance(0.3)) return { id: `p${i}`, representatives };
    return { id: `p${i}`, representatives, available: Array.from({ length: size.slots }, (_, s) => s).filter(() => random.chance(0.75)) };
  });
  const ids = participants.map((participant) => participant.id);
  const requests: MeetingRequest[] = [];
  const keys = new Set<string>();
  for (let tries = 0; requests.length < size.requests && tries < 50 * size.requests; tries++) {
    const group = size.seats >= 3 && random.chance(size.groupShare);
    const parties = random.sample(ids, group ? random.int(3, Math.min(size.seats, ids.length)) : 2);
    const key = [...parties].sort().join(",");
    if (keys.has(key)) continue;
    keys.add(key);
    const [a, b, ...others] = parties;
    requests.push({ id: `r${requests.length}`, a: a!, b: b!, ...(others.length > 0 ? { others } : {}), weight: random.int(1, 3) });
  }
  return { slots: size.slots, tables: size.tables, seats: size.seats, participants, requests };
}

/**
 * The best total weight with representatives and group meetings, by trying every slot (or none)
 * for every request, heaviest first, cutting branches that cannot beat the best found: small
 * instances only. Written apart from the scheduler (plain maps), like the checker.
 */
export function exhaustiveOptimum(instance: Instance): number {
  const seats = instance.seats ?? 2;
  const available = new Map(instance.participants.map((p) => [p.id, p.available ? new Set(p.available) : null]));
  const capacity = new Map(instance.participants.map((p) => [p.id, Math.max(1, p.representatives ?? 1)]));
  const requests = instance.requests
    .map((request) => ({ parties: [request.a, request.b, ...(request.others ?? [])], weight: request.weight }))
    .filter(({ parties, weight }) => weight > 0 && parties.length <= seats && new Set(parties).size === parties.length && parties.every((id) => available.has(id)))
    .sort((x, y) => y.weight - x.weight);
  const rest = requests.map((_, i) => requests.slice(i).reduce((sum, r) => sum + r.weight, 0));
  const load = new Map<string, number>();
  const fill = new Array<number>(instance.slots).fill(0);
  let best = 0;
  const fits = (parties: string[], slot: number) =>
    parties.every((id) => {
      const slots = available.get(id);
      return (slots === null || slots!.has(slot)) && (load.get(`${id}/${slot}`) ?? 0) < capacity.get(id)!;
    });
  const visit = (index: number, total: number) => {
    best = Math.max(best, total);
    if (index === requests.length || total + rest[index]! <= best) return;
    const { parties, weight } = requests[index]!;
    for (let slot = 0; slot < instance.slots; slot++) {
      if (fill[slot]! >= instance.tables || !fits(parties, slot)) continue;
      for (const id of parties) load.set(`${id}/${slot}`, (load.get(`${id}/${slot}`) ?? 0) + 1);
      fill[slot]!++;
      visit(index + 1, total + weight);
      for (const id of parties) load.set(`${id}/${slot}`, load.get(`${id}/${slot}`)! - 1);
      fill[slot]!--;
    }
    visit(index + 1, total);
  };
  visit(0, 0);
  return best;
}
