// Random benchmark instances: sellers and buyers (a bipartite graph), each available in each slot
// with a given probability, distinct seller-buyer pairs with weights 1-3. Seeded and deterministic.
import { createRandom } from "@/lib/random/seeded";
import type { Instance, MeetingRequest, Participant } from "./types";

export type GeneratorOptions = {
  participants: number;
  requests: number;
  slots: number;
  tables: number;
  /** Probability that a participant is available in a slot. */
  availability: number;
  /** Share of participants who are buyers; the trade-fair mix (700 of 2,200) by default. */
  buyerShare?: number;
  seed: number;
};

export const tradeFairBuyerShare = 700 / 2200;

export function generateInstance(options: GeneratorOptions): Instance {
  const { participants: total, requests: wanted, slots, tables, availability, seed } = options;
  const random = createRandom(seed);
  const buyers = Math.max(1, Math.min(total - 1, Math.round(total * (options.buyerShare ?? tradeFairBuyerShare))));
  const sellers = total - buyers;
  if (wanted > buyers * sellers) throw new RangeError(`${wanted} requests need more than ${buyers} buyers x ${sellers} sellers`);

  const participants: Participant[] = [];
  for (let i = 0; i < total; i++) {
    const available: number[] = [];
    for (let s = 0; s < slots; s++) if (random.chance(availability)) available.push(s);
    participants.push({ id: i < sellers ? `s${i}` : `b${i - sellers}`, available });
  }
  const pairs = new Set<number>();
  const requests: MeetingRequest[] = [];
  while (requests.length < wanted) {
    const seller = random.int(0, sellers - 1);
    const buyer = random.int(0, buyers - 1);
    const key = seller * buyers + buyer;
    if (pairs.has(key)) continue;
    pairs.add(key);
    requests.push({ id: `r${requests.length}`, a: `s${seller}`, b: `b${buyer}`, weight: random.int(1, 3) });
  }
  return { slots, tables, participants, requests };
}
