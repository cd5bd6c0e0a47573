// The proven upper bound for instances with representatives or group meetings (model.extended),
// where the min-cost-flow bound of bound.ts no longer applies: a group meeting is a hyperedge, and
// flow conservation cannot charge one unit to each of three or more parties at once.
//
// Relaxation (an LP). Forget which slot each meeting gets; keep x_e in [0, 1] per open request
// (one with a slot where every party has a representative left and a table is free), and
//   for every participant p:  sum of x_e over the requests e with p among their parties <= b(p),
//   for the tables:           sum of x_e <= R,
// where b(p) = sum over slots s of min(free representatives of p in s, open requests of p that
// could meet in s) and R = free tables summed over the slots. Every valid schedule satisfies these
// (in slot s, p holds at most as many meetings as it has free representatives there, and each is
// one of its requests that could meet in s; a meeting takes one table), so the LP optimum bounds
// the best schedule's weight.
//
// Why the number we report is >= that optimum (weak duality, no solver accuracy involved): for
// ANY prices y_p >= 0 and z >= 0,
//   L(y, z) = sum_p b(p) y_p + R z + sum_e max(0, w_e - z - sum_{p in e} y_p)
// is >= the weight of every x feasible above, because
//   sum_e w_e x_e = sum_e x_e (z + sum_{p in e} y_p) + sum_e x_e (w_e - z - sum_{p in e} y_p)
//                <= z sum_e x_e + sum_p y_p sum_{e with p} x_e + sum_e max(0, w_e - z - sum y)
//                <= R z + sum_p b(p) y_p + sum_e max(0, ...)          (x_e in [0, 1], y, z >= 0).
// So every L we evaluate is a valid bound; we minimise it (the LP dual) by exact coordinate
// steps and subgradient steps and report the smallest L seen, or the flow relaxation below when
// that is smaller (both are valid, so their minimum is). Deterministic: no randomness.
import { flowRelaxation } from "./relaxation";
import type { MultiBoard } from "./multi-board";

export type MultiRelaxation = {
  /** The bound on the weight the requests not yet on the board can add. */
  value: number;
  /** Requests the relaxation picks, and how strongly (higher first). */
  chosen: Uint8Array;
  priority: Float64Array;
};

const sweeps = 40;
const subgradientSteps = 1000;
const tie = 1e-9;
const patience = 20;
const startScale = 0.02;

export function relaxMulti(board: MultiBoard): MultiRelaxation {
  const { model, slots, load, fill } = board;
  const { n, m, tables, capacity, available, partyStart, parties, weight, adjStart, adjEdges } = model;
  const free = new Int32Array(n * slots);
  for (let p = 0; p < n; p++) {
    for (let s = 0; s < slots; s++) free[p * slots + s] = available[p * slots + s] === 1 && fill[s]! < tables ? Math.max(0, capacity[p]! - load[p * slots + s]!) : 0;
  }
  const open = new Uint8Array(m);
  const couldMeet = new Int32Array(n * slots);
  for (let e = 0; e < m; e++) {
    if (board.slotOf[e] !== -1) continue;
    for (let s = 0; s < slots; s++) {
      let usable = true;
      for (let k = partyStart[e]!; k < partyStart[e + 1]! && usable; k++) usable = free[parties[k]! * slots + s]! > 0;
      if (!usable) continue;
      open[e] = 1;
      for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) couldMeet[parties[k]! * slots + s]!++;
    }
  }
  const b = new Float64Array(n);
  for (let p = 0; p < n; p++) for (let s = 0; s < slots; s++) b[p]! += Math.min(free[p * slots + s]!, couldMeet[p * slots + s]!);
  let room = 0;
  for (let s = 0; s < slots; s++) room += Math.max(0, tables - fill[s]!);

  // A second valid relaxation: keep only the first two parties of every request (dropping the
  // other members' constraints cannot lower the optimum) and solve it as the flow of
  // relaxation.ts, with representatives in the degree caps. Exact when no open request is a group.
  const degreeCap = Int32Array.from(b);
  const flow = flowRelaxation(model, open, degreeCap, room);
  let groups = false;
  let openWeight = 0;
  for (let e = 0; e < m; e++) {
    if (!open[e]) continue;
    openWeight += weight[e]!;
    groups ||= partyStart[e + 1]! - partyStart[e]! > 2;
  }
  // No group, or every open request fits the flow already (no bound can be lower): the flow it is.
  if (!groups || flow.value >= openWeight - 1e-9) return { value: flow.value, chosen: Uint8Array.from(flow.share, (share) => (share > 0 ? 1 : 0)), priority: flow.share };

  const openList: number[] = [];
  for (let e = 0; e < m; e++) if (open[e]) openList.push(e);
  const y = new Float64Array(n);
  let z = 0;
  const priced = new Float64Array(m); // z + sum of the parties' prices
  const evaluate = () => {
    let value = room * z;
    for (let p = 0; p < n; p++) value += b[p]! * y[p]!;
    for (const e of openList) value += Math.max(0, weight[e]! - priced[e]!);
    return value;
  };
  const setPrice = (p: number, price: number) => {
    const change = price - y[p]!;
    if (change === 0) return;
    y[p] = price;
    for (let k = adjStart[p]!; k < adjStart[p + 1]!; k++) if (open[adjEdges[k]!]) priced[adjEdges[k]!]! += change;
  };
  const setTablePrice = (price: number) => {
    for (const e of openList) priced[e]! += price - z;
    z = price;
  };
  // The best price for one coordinate, the others fixed: L is convex and piecewise linear in it,
  // with slope b - #{requests still profitable}; the (b+1)-th largest margin is a minimiser.
  const margins: number[] = [];
  const bestPrice = (cap: number) => {
    if (margins.length <= cap) return 0;
    margins.sort((u, v) => v - u);
    return Math.max(0, margins[cap]!);
  };

  let best = evaluate();
  let bestY = y.slice();
  let bestZ = z;
  const keep = () => {
    const value = evaluate();
    if (value < best) {
      best = value;
      bestY = y.slice();
      bestZ = z;
    }
    return value;
  };
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let p = 0; p < n; p++) {
      margins.length = 0;
      for (let k = adjStart[p]!; k < adjStart[p + 1]!; k++) {
        const e = adjEdges[k]!;
        if (open[e]) margins.push(weight[e]! - (priced[e]! - y[p]!));
      }
      setPrice(p, bestPrice(b[p]!));
    }
    margins.length = 0;
    for (const e of openList) margins.push(weight[e]! - (priced[e]! - z));
    setTablePrice(bestPrice(room));
    keep();
  }

  // Subgradient steps (Polyak's rule towards a target a little below the best value) from the best prices.
  for (let p = 0; p < n; p++) setPrice(p, bestY[p]!);
  setTablePrice(bestZ);
  const slope = new Float64Array(n);
  let scale = startScale;
  let sinceBetter = 0;
  let stalled = 0;
  for (let step = 0; step < subgradientSteps; step++) {
    const value = evaluate();
    slope.set(b);
    let tableSlope = room;
    for (const e of openList) {
      // x_e of the inner maximum: 1 for a profitable request, 0 for a losing one, half on a tie.
      const margin = weight[e]! - priced[e]!;
      const x = margin > tie ? 1 : margin < -tie ? 0 : 0.5;
      if (x === 0) continue;
      tableSlope -= x;
      for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) slope[parties[k]!]! -= x;
    }
    let norm = tableSlope * tableSlope;
    for (let p = 0; p < n; p++) if (y[p]! > 0 || slope[p]! < 0) norm += slope[p]! * slope[p]!;
    if (norm === 0) break;
    const length = (value - best * (1 - scale)) / norm;
    for (let p = 0; p < n; p++) if (slope[p] !== 0) setPrice(p, Math.max(0, y[p]! - length * slope[p]!));
    setTablePrice(Math.max(0, z - length * tableSlope));
    const before = best;
    if (keep() < value - 1e-9) sinceBetter = 0;
    else if (++sinceBetter >= patience) {
      scale /= 2;
      sinceBetter = 0;
    }
    if (best < before - 1e-9 * Math.max(1, best)) stalled = 0;
    else if (++stalled >= 100) break;
  }

  // L at the best prices, summed afresh (the running sums above drift by rounding), then raised by
  // far more than the rounding of this one sum can take away.
  const priority = new Float64Array(m).fill(-Infinity);
  const chosen = new Uint8Array(m);
  let bound = room * bestZ;
  for (let p = 0; p < n; p++) bound += b[p]! * bestY[p]!;
  for (const e of openList) {
    let price = bestZ;
    for (let k = partyStart[e]!; k < partyStart[e + 1]!; k++) price += bestY[parties[k]!]!;
    priority[e] = weight[e]! - price;
    chosen[e] = priority[e]! >= -1e-6 ? 1 : 0;
    bound += Math.max(0, priority[e]!);
  }
  return { value: Math.min(bound + 1e-9 * Math.max(1, bound), flow.value), chosen, priority };
}
