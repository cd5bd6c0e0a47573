// Random benchmark instances: sellers and buyers (a bipartite graph), each available in each slot
// with a given probability, distinct seller-buyer pairs with weights 1-3. Seeded and deterministic.
// Optionally (issue 20) representatives per participant drawn uniformly 1..repsMax, and a share of
// the requests as group meetings of one buyer with 2-4 sellers (3-5 parties, at most `seats`).
// Those draws come from their own streams, so without them an instance is the same as before.
import { createRandom, mixSeed } from "@/lib/random/seeded";
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
  /** Representatives per participant, drawn uniformly 1..repsMax; absent or 1 = one each. */
  repsMax?: number;
  /** Share of the requests that are group meetings (one buyer, 2-4 sellers); needs seats >= 3. */
  groupShare?: number;
  /** People per table; absent = 2. */
  seats?: number;
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
  const repsMax = options.repsMax ?? 1;
  if (repsMax > 1) {
    const draw = createRandom(mixSeed(seed, 1));
    for (const participant of participants) participant.representatives = draw.int(1, repsMax);
  }
  const seats = options.seats ?? 2;
  const groups = Math.round(wanted * (options.groupShare ?? 0));
  if (groups > 0 && (seats < 3 || sellers < 2)) throw new RangeError("group meetings need seats >= 3 and at least 2 sellers");
  const pairs = new Set<number>();
  const requests: MeetingRequest[] = [];
  while (requests.length < wanted - groups) {
    const seller = random.int(0, sellers - 1);
    const buyer = random.int(0, buyers - 1);
    const key = seller * buyers + buyer;
    if (pairs.has(key)) continue;
    pairs.add(key);
    requests.push({ id: `r${requests.length}`, a: `s${seller}`, b: `b${buyer}`, weight: random.int(1, 3) });
  }
  const draw = createRandom(mixSeed(seed, 2));
  const sellerIds = Array.from({ length: sellers }, (_, i) => `s${i}`);
  const groupKeys = new Set<string>();
  while (requests.length < wanted) {
    const buyer = `b${draw.int(0, buyers - 1)}`;
    const members = draw.sample(sellerIds, draw.int(2, Math.min(4, seats - 1, sellers)));
    const key = `${buyer}:${[...members].sort().join(",")}`;
    if (groupKeys.has(key)) continue;
    groupKeys.add(key);
    // A group meeting: the buyer hosts (b), the first member leads (a), the others join.
    requests.push({ id: `r${requests.length}`, a: members[0]!, b: buyer, others: members.slice(1), weight: draw.int(1, 3) });
  }
  return { slots, tables, ...(seats !== 2 ? { seats } : {}), participants, requests };
}
