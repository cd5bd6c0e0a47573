// The exact choice of consortia for one demand: of the candidates (suppliers that may pool for
// it), the best `keep` sets of 2 to 5 whose combined capacity covers the volume and in which no
// member is superfluous (without its smallest member the set would fall short: a larger set that
// merely adds a member is never proposed). Pure and deterministic.
//
// Value of a set S of n members (0..100, rounded to 1e-6 so that equal values compare equal):
//   35 x locality (1 one sentra, 0.6 one kecamatan, 0.3 the city)
// + 20 x (5 - n) / 3                    (fewer members)
// + 35 x mean pair score / 100
// + 10 x price (1 every member's price range known and all overlap, 0.5 those known overlap,
//               0 they do not)
// Ties: higher value, then fewer members, then more combined capacity, then the member ids
// (sorted, joined) in ascending order.
//
// Branch and bound: candidates sorted by capacity (descending, then id); a depth-first search adds
// them in that order, so the member added last is the smallest and a set is recorded as soon as it
// covers the volume (extending it would only add a superfluous member). A partial set P, to be
// completed from candidates i.. on, is cut off when no completion can enter the best `keep`:
//  - locality and price of a completion are at most P's (both only fall as members join);
//  - a completion needs at least k more members, k the fewest of the largest remaining
//    capacities that reach the volume (capacities are sorted, so these are the next k); none with
//    n <= 5: no completion covers;
//  - each added member's pair score is at most the highest score from i on;
//  so every completion's value is at most
//    35 loc(P) + 10 price(P) + max over n in [|P|+k, 5] of 20 (5-n)/3 + 35 (sum(P) + (n-|P|) top) / (100 n),
//  and a subtree whose bound is below the worst kept value (by more than the rounding) holds no
//  set that would be kept. bruteForceConsortia, every subset, is the reference the tests compare.

export interface PoolCandidate {
  id: string;
  /** Monthly capacity in whole units of the demand's unit, > 0. */
  capacity: number;
  /** The pair's score with the demand, 0..100. */
  pairScore: number;
  sentraId: string | null;
  kecamatanCode: string;
  priceMin: number | null;
  priceMax: number | null;
}

export type Locality = "sentra" | "kecamatan" | "city";

export interface PoolChoice {
  /** By capacity, largest first (ties: id). */
  members: PoolCandidate[];
  value: number;
  capacity: number;
  locality: Locality;
  /** The members' ids, sorted and joined with ",": the set's identity. */
  key: string;
}

export const minMembers = 2;
export const maxMembers = 5;
export const defaultKeep = 3;
const localityValue: Record<Locality, number> = { sentra: 1, kecamatan: 0.6, city: 0.3 };
const sizeValue = (n: number) => (maxMembers - n) / (maxMembers - minMembers);
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** What a (partial) set's value depends on, updated one member at a time. */
interface SetState {
  count: number;
  capacity: number;
  scoreSum: number;
  /** The sentra all members share; null when they do not (or the first has none). */
  sentra: string | null;
  kecamatan: string | null;
  priceLow: number;
  priceHigh: number;
  allPriced: boolean;
}

const emptyState: SetState = { count: 0, capacity: 0, scoreSum: 0, sentra: null, kecamatan: null, priceLow: -Infinity, priceHigh: Infinity, allPriced: true };

function join(state: SetState, candidate: PoolCandidate): SetState {
  const first = state.count === 0;
  const priced = candidate.priceMin !== null || candidate.priceMax !== null;
  const low = candidate.priceMin ?? candidate.priceMax ?? -Infinity;
  const high = candidate.priceMax ?? candidate.priceMin ?? Infinity;
  return {
    count: state.count + 1,
    capacity: state.capacity + candidate.capacity,
    scoreSum: state.scoreSum + candidate.pairScore,
    sentra: first ? candidate.sentraId : state.sentra !== null && state.sentra === candidate.sentraId ? state.sentra : null,
    kecamatan: first ? candidate.kecamatanCode : state.kecamatan === candidate.kecamatanCode ? state.kecamatan : null,
    priceLow: priced ? Math.max(state.priceLow, low) : state.priceLow,
    priceHigh: priced ? Math.min(state.priceHigh, high) : state.priceHigh,
    allPriced: state.allPriced && priced,
  };
}

const localityOf = (state: SetState): Locality => (state.sentra !== null ? "sentra" : state.kecamatan !== null ? "kecamatan" : "city");
const priceValue = (state: SetState) => (state.priceLow > state.priceHigh ? 0 : state.allPriced ? 1 : 0.5);

function valueOf(state: SetState): number {
  return round6(35 * localityValue[localityOf(state)] + 20 * sizeValue(state.count) + (35 * state.scoreSum) / (100 * state.count) + 10 * priceValue(state));
}

const byCapacity = (a: PoolCandidate, b: PoolCandidate) => b.capacity - a.capacity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** True when a ranks before b. */
export function ranksBefore(a: PoolChoice, b: PoolChoice): boolean {
  if (a.value !== b.value) return a.value > b.value;
  if (a.members.length !== b.members.length) return a.members.length < b.members.length;
  if (a.capacity !== b.capacity) return a.capacity > b.capacity;
  return a.key < b.key;
}

function choice(members: PoolCandidate[], state: SetState): PoolChoice {
  const sorted = [...members].sort(byCapacity);
  return { members: sorted, value: valueOf(state), capacity: state.capacity, locality: localityOf(state), key: sorted.map((member) => member.id).sort().join(",") };
}

/** A given set's choice (value, capacity, locality), as the optimiser would record it: for staff's edits. */
export function choiceOf(members: readonly PoolCandidate[]): PoolChoice {
  return choice([...members], members.reduce(join, emptyState));
}

/** The best `keep`, best first, in a list kept sorted. */
class Kept {
  readonly list: PoolChoice[] = [];
  constructor(private readonly keep: number) {}
  offer(entry: PoolChoice): void {
    let at = this.list.length;
    while (at > 0 && ranksBefore(entry, this.list[at - 1]!)) at -= 1;
    if (at >= this.keep) return;
    this.list.splice(at, 0, entry);
    if (this.list.length > this.keep) this.list.pop();
  }
  /** The worst kept value once `keep` are kept; -Infinity before. */
  threshold(): number {
    return this.list.length < this.keep ? -Infinity : this.list[this.list.length - 1]!.value;
  }
}

/** Below the worst kept value by more than this: safely out (values are rounded to 1e-6). */
const slack = 1e-5;

export function optimiseConsortia(candidates: readonly PoolCandidate[], volume: number, keep = defaultKeep): PoolChoice[] {
  const sorted = candidates.filter((candidate) => candidate.capacity > 0).sort(byCapacity);
  const size = sorted.length;
  const kept = new Kept(keep);
  if (keep <= 0 || size < minMembers) return [];
  // prefix[i]: the capacity of the first i candidates; topFrom[i]: the highest pair score from i on.
  const prefix = new Float64Array(size + 1);
  for (let i = 0; i < size; i += 1) prefix[i + 1] = prefix[i]! + sorted[i]!.capacity;
  const topFrom = new Float64Array(size + 1).fill(-Infinity);
  for (let i = size - 1; i >= 0; i -= 1) topFrom[i] = Math.max(topFrom[i + 1]!, sorted[i]!.pairScore);
  const chosen: PoolCandidate[] = [];

  /** The most any completion of `state` from candidate `from` on can be worth; -Infinity: none covers. */
  const bound = (state: SetState, from: number): number => {
    let fewest = 0;
    while (state.count + fewest < maxMembers && from + fewest < size && state.capacity + prefix[from + fewest + 1]! - prefix[from]! < volume) fewest += 1;
    fewest += 1;
    if (state.count + fewest > maxMembers || from + fewest > size || state.capacity + prefix[from + fewest]! - prefix[from]! < volume) return -Infinity;
    let best = -Infinity;
    for (let n = state.count + fewest; n <= maxMembers; n += 1) {
      best = Math.max(best, 20 * sizeValue(n) + (35 * (state.scoreSum + (n - state.count) * topFrom[from]!)) / (100 * n));
    }
    return 35 * localityValue[localityOf(state)] + 10 * priceValue(state) + best;
  };

  const search = (state: SetState, from: number): void => {
    for (let i = from; i < size; i += 1) {
      // Even the largest remaining capacities from i on fall short: so do all later ones.
      const room = maxMembers - state.count;
      if (state.capacity + prefix[Math.min(size, i + room)]! - prefix[i]! < volume) return;
      const candidate = sorted[i]!;
      const next = join(state, candidate);
      chosen.push(candidate);
      if (next.capacity >= volume) {
        // Built only when it may be kept (ties at the threshold still compare in full).
        if (next.count >= minMembers && valueOf(next) >= kept.threshold()) kept.offer(choice(chosen, next));
      } else if (next.count < maxMembers && bound(next, i + 1) >= kept.threshold() - slack) {
        search(next, i + 1);
      }
      chosen.pop();
    }
  };
  search(emptyState, 0);
  return kept.list;
}

/** The reference: every subset of 2 to 5 candidates, covering and without a superfluous member, ranked. */
export function bruteForceConsortia(candidates: readonly PoolCandidate[], volume: number, keep = defaultKeep): PoolChoice[] {
  const list = candidates.filter((candidate) => candidate.capacity > 0);
  const all: PoolChoice[] = [];
  const members: PoolCandidate[] = [];
  const walk = (from: number) => {
    if (members.length >= minMembers) {
      const capacity = members.reduce((sum, member) => sum + member.capacity, 0);
      const smallest = Math.min(...members.map((member) => member.capacity));
      if (capacity >= volume && capacity - smallest < volume) all.push(choice(members, members.reduce(join, emptyState)));
    }
    if (members.length === maxMembers) return;
    for (let i = from; i < list.length; i += 1) {
      members.push(list[i]!);
      walk(i + 1);
      members.pop();
    }
  };
  walk(0);
  return all.sort((a, b) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0)).slice(0, keep);
}
