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
