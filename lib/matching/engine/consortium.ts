// Consortium proposals, pure: for a demand with a monthly volume that no single eligible supplier
// covers, the best three consortia of 2 to 5 suppliers that together do (consortium-optimise.ts
// chooses them exactly). A supplier may pool for a demand when it passes the pair's hard filters
// (as scorePair: KBLI division, required certificates valid on the day, history policy), offers the
// same product line (the demand's KBLI class; its group when the class yields no consortium),
// and states a capacity in a unit that converts to the demand's (consortium-units.ts). "No single
// eligible supplier covers" is judged over the same suppliers, at group level. Each proposal names
// a lead (best curation grade, then capacity, then id), shares the volume in proportion to
// capacity in whole units (largest remainder: never above a member's capacity, summing exactly to
// the volume), and explains itself with message keys and values under Matching.explain.
import type { CertificateType, CurationGrade } from "@/lib/generated/prisma/enums";
import type { HistoryIndex } from "./batch";
import { pairKey } from "./batch";
import { missingRequiredCertificates, validOn } from "./components";
import { choiceOf, defaultKeep, type Locality, maxMembers, minMembers, optimiseConsortia, type PoolCandidate, type PoolChoice, ranksBefore } from "./consortium-optimise";
import { unitFactor, wholeUnits } from "./consortium-units";
import type { Explanation } from "./explain";
import { fastScore, prepareDemand, supplierTable } from "./kernel";
import type { Demand, MatchContext, Supplier } from "./types";

/** Where a supplier sits, for locality and the explanation; by supplier id. */
export interface SupplierPlace {
  sentraId: string | null;
  sentraName: string | null;
  kecamatanName: string;
}
export type PlaceIndex = ReadonlyMap<string, SupplierPlace>;

export interface ConsortiumMemberProposal {
  supplierId: string;
  /** Monthly capacity in whole units of the demand's unit. */
  capacity: number;
  /** The member's share of the volume, in the demand's unit. */
  share: number;
  pairScore: number;
  lead: boolean;
}

export interface ConsortiumProposal {
  /** The members' ids, sorted and joined with ",". */
  key: string;
  /** 1 for the best of the demand. */
  rank: number;
  /** 0..100, rounded. */
  score: number;
  quantity: number;
  unit: string;
  capacity: number;
  /** The KBLI class (4 digits) or group (3) the members share. */
  productLine: string;
  locality: Locality;
  leadId: string;
  /** Largest capacity first. */
  members: ConsortiumMemberProposal[];
  explanation: Explanation[];
}

export interface DemandConsortia {
  /** The demand has a volume and no single eligible supplier covers it. */
  needsPool: boolean;
  proposals: ConsortiumProposal[];
}

const gradeRank: Record<CurationGrade, number> = { A: 3, B: 2, C: 1 };

/** Shares of `volume` in proportion to `capacities` (whose sum is at least the volume), by largest remainder. */
export function allocate(volume: number, capacities: readonly number[]): number[] {
  const total = capacities.reduce((sum, capacity) => sum + capacity, 0);
  if (total < volume) throw new RangeError("allocate: the capacities do not cover the volume");
  const shares = capacities.map((capacity) => Math.floor((volume * capacity) / total));
  const left = volume - shares.reduce((sum, share) => sum + share, 0);
  // Whole-number remainders (volume x capacity mod total): exact, no fractions compared.
  const order = capacities
    .map((capacity, index) => ({ index, remainder: (volume * capacity) % total, capacity }))
    .sort((a, b) => b.remainder - a.remainder || b.capacity - a.capacity || a.index - b.index);
  for (let k = 0; k < left; k += 1) shares[order[k]!.index]! += 1;
  return shares;
}

function leadOf(members: readonly PoolCandidate[], byId: ReadonlyMap<string, Supplier>): PoolCandidate {
  const grade = (id: string) => {
    const value = byId.get(id)?.curationGrade;
    return value ? gradeRank[value] : 0;
  };
  return [...members].sort((a, b) => grade(b.id) - grade(a.id) || b.capacity - a.capacity || (a.id < b.id ? -1 : 1))[0]!;
}

function commonCertificates(members: readonly Supplier[], day: Date): CertificateType[] {
  const held = members.map((member) => new Set(member.certificates.filter((certificate) => validOn(certificate, day)).map((certificate) => certificate.type)));
  return [...(held[0] ?? [])].filter((type) => held.every((set) => set.has(type))).sort();
}

function explain(choice: PoolChoice, unit: string, quantity: number, suppliers: Supplier[], places: PlaceIndex, context: MatchContext): Explanation[] {
  const first = places.get(choice.members[0]!.id);
  const place = choice.locality === "sentra" ? (first?.sentraName ?? "") : choice.locality === "kecamatan" ? (first?.kecamatanName ?? "") : context.officeCity;
  const parts: Explanation[] = [{ key: `consortium.${choice.locality}`, values: { count: choice.members.length, place, capacity: choice.capacity, unit, quantity } }];
  const certificates = commonCertificates(suppliers, context.validOn);
  if (certificates.length > 0) parts.push({ key: "consortium.certificates", values: { certificates: certificates.join(",") } });
  const scores = choice.members.map((member) => member.pairScore);
  parts.push({ key: "consortium.pairScores", values: { average: Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length), lowest: Math.min(...scores) } });
  const priced = choice.members.filter((member) => member.priceMin !== null || member.priceMax !== null);
  const low = Math.max(...priced.map((member) => member.priceMin ?? member.priceMax!));
  const high = Math.min(...priced.map((member) => member.priceMax ?? member.priceMin!));
  if (priced.length > 0 && low > high) parts.push({ key: "consortium.priceApart", values: {} });
  else if (priced.length === choice.members.length) parts.push({ key: "consortium.priceOverlap", values: { low, high } });
  else if (priced.length === 0) parts.push({ key: "consortium.priceUnknown", values: {} });
  else parts.push({ key: "consortium.pricePartlyKnown", values: { known: priced.length, count: choice.members.length } });
  return parts;
}

export interface ConsortiumEngine {
  propose(demand: Demand): DemandConsortia;
  /** The candidates propose() chooses from, per product line: for checks (the benchmark compares the optimiser with brute force on them). */
  candidates(demand: Demand): { productLine: string; quantity: number; candidates: PoolCandidate[] }[];
  evaluate(demand: Demand, productLine: string, memberIds: readonly string[], leadId: string | null, rank: number): EvaluatedSet;
}

export type EvaluatedSet = { proposal: ConsortiumProposal } | { error: "size" | "lead" | "ineligible" | "notCovered" };

export function createConsortiumEngine(suppliers: Supplier[], context: MatchContext, places: PlaceIndex, history: HistoryIndex = new Map(), keep = defaultKeep): ConsortiumEngine {
  // Suppliers by KBLI group (3 digits); a product line is read from there.
  const groups = new Map<string, number[]>();
  suppliers.forEach((supplier, index) => {
    for (const group of new Set(supplier.kbliCodes.map((code) => code.slice(0, 3)))) {
      const list = groups.get(group);
      if (list) list.push(index);
      else groups.set(group, [index]);
    }
  });
  // Largest stated capacity first, so that a supplier covering a demand alone is usually met early.
  for (const list of groups.values()) list.sort((a, b) => (suppliers[b]!.monthlyCapacity ?? -1) - (suppliers[a]!.monthlyCapacity ?? -1) || a - b);
  const byId = new Map(suppliers.map((supplier) => [supplier.id, supplier]));
  const indexById = new Map(suppliers.map((supplier, index) => [supplier.id, index]));
  // Pair scores by the batch's fast path (kernel.ts), equal to scorePair's (the kernel's tests).
  const table = supplierTable(suppliers, context);
  // Units as small ids, so that a demand works out each unit's factor once, not once per supplier.
  const unitIds = new Map<string, number>();
  const unitOf = suppliers.map((supplier) => {
    if (supplier.capacityUnit === null) return -1;
    const unit = supplier.capacityUnit.trim().toLowerCase();
    let id = unitIds.get(unit);
    if (id === undefined) unitIds.set(unit, (id = unitIds.size));
    return id;
  });
  const units = [...unitIds.keys()];

  /** The demand's volume and unit, and a supplier's capacity in that unit when it passes the hard filters (-1 when not). */
  const measure = (demand: Demand) => {
    const quantity = demand.quantityPerMonth;
    const unit = demand.unit;
    if (quantity === null || !(quantity > 0) || unit === null || demand.kbliCodes.length === 0) return null;
    const factors = units.map((from) => unitFactor(from, unit) ?? Number.NaN);
    const capacityOf = (index: number) => {
      const supplier = suppliers[index]!;
      const factor = factors[unitOf[index]!] ?? Number.NaN;
      if (supplier.monthlyCapacity === null || Number.isNaN(factor)) return -1;
      const capacity = wholeUnits(supplier.monthlyCapacity, factor);
      if (capacity <= 0) return -1;
      if (demand.requiredCertificates.length > 0 && missingRequiredCertificates(supplier, demand, context).length > 0) return -1;
      if (history.size > 0 && context.historyPolicy === "exclude" && history.get(pairKey(supplier.id, demand.buyerId))?.metWithoutResult) return -1;
      return capacity;
    };
    return { quantity, unit, factors, capacityOf };
  };

  /** The demand's product lines with their eligible suppliers; null when it has no volume or one supplier covers it. */
  const eligibleLines = (demand: Demand) => {
    const measured = measure(demand);
    if (measured === null) return null;
    const { quantity, unit, factors, capacityOf } = measured;
    const codes = [...new Set(demand.kbliCodes)].sort();
    // First, without keeping anything: one supplier covers the volume alone (a match, not a
    // consortium). Most demands end here, so the filters run only for the few that could.
    for (const code of codes) {
      for (const index of groups.get(code.slice(0, 3)) ?? []) {
        const factor = factors[unitOf[index]!] ?? Number.NaN;
        const stated = suppliers[index]!.monthlyCapacity;
        if (stated !== null && !Number.isNaN(factor) && wholeUnits(stated, factor) >= quantity && capacityOf(index) >= quantity) return null;
      }
    }
    const lines: { group: string; klass: string; eligible: { index: number; capacity: number }[] }[] = [];
    for (const code of codes) {
      const eligible: { index: number; capacity: number }[] = [];
      for (const index of groups.get(code.slice(0, 3)) ?? []) {
        const capacity = capacityOf(index);
        if (capacity > 0) eligible.push({ index, capacity });
      }
      lines.push({ group: code.slice(0, 3), klass: code.slice(0, 4), eligible });
    }
    return { quantity, unit, lines };
  };

  /** Pair scores are computed only for the suppliers a demand's lines actually offer the optimiser. */
  const candidateMaker = (demand: Demand) => {
    const scores = new Map<number, number>();
    const prepared = prepareDemand(demand, table, context);
    const candidate = ({ index, capacity }: { index: number; capacity: number }): PoolCandidate | null => {
      const supplier = suppliers[index]!;
      let score = scores.get(index);
      if (score === undefined) {
        score = fastScore(table, index, prepared, context.historyPolicy, history.size > 0 ? history.get(pairKey(supplier.id, demand.buyerId)) : undefined);
        scores.set(index, score);
      }
      if (score < 0) return null;
      const place = places.get(supplier.id);
      return { id: supplier.id, capacity, pairScore: score, sentraId: place?.sentraId ?? null, kecamatanCode: supplier.kecamatanCode, priceMin: supplier.priceMin, priceMax: supplier.priceMax };
    };
    return (list: { index: number; capacity: number }[]) => list.map(candidate).filter((item) => item !== null);
  };
  const inClass = (line: { klass: string; eligible: { index: number; capacity: number }[] }) =>
    line.eligible.filter(({ index }) => suppliers[index]!.kbliCodes.some((code) => code.startsWith(line.klass)));

  const propose = (demand: Demand): DemandConsortia => {
    const prepared = eligibleLines(demand);
    if (prepared === null) return { needsPool: false, proposals: [] };
    const { quantity, unit, lines } = prepared;
    const make = candidateMaker(demand);
    const found: { choice: PoolChoice; line: string }[] = [];
    for (const line of lines) {
      const classChoices = optimiseConsortia(make(inClass(line)), quantity, keep);
      if (classChoices.length > 0) {
        found.push(...classChoices.map((choice) => ({ choice, line: line.klass })));
        continue;
      }
      const groupChoices = optimiseConsortia(make(line.eligible), quantity, keep);
      found.push(...groupChoices.map((choice) => ({ choice, line: line.group })));
    }
    found.sort((a, b) => (ranksBefore(a.choice, b.choice) ? -1 : ranksBefore(b.choice, a.choice) ? 1 : 0));
    const seen = new Set<string>();
    const best = found.filter(({ choice }) => !seen.has(choice.key) && seen.add(choice.key)).slice(0, keep);
    const proposals = best.map(({ choice, line }, position) => proposalOf(choice, line, position + 1, quantity, unit, leadOf(choice.members, byId).id));
    return { needsPool: true, proposals };
  };
  const proposalOf = (choice: PoolChoice, line: string, rank: number, quantity: number, unit: string, leadId: string): ConsortiumProposal => {
    const shares = allocate(quantity, choice.members.map((member) => member.capacity));
    const members = choice.members.map((member) => byId.get(member.id)!);
    return {
      key: choice.key,
      rank,
      score: Math.round(choice.value),
      quantity,
      unit,
      capacity: choice.capacity,
      productLine: line,
      locality: choice.locality,
      leadId,
      members: choice.members.map((member, index) => ({ supplierId: member.id, capacity: member.capacity, share: shares[index]!, pairScore: member.pairScore, lead: member.id === leadId })),
      explanation: explain(choice, unit, quantity, members, places, context),
    };
  };
  /**
   * A set staff chose by hand, recomputed as the engine would (capacity, shares, score, explanation),
   * or why it cannot stand: a member not in scope, outside the product line or failing the hard
   * filters ("ineligible"), a combined capacity below the volume ("notCovered"), or not 2 to 5 members.
   */
  const evaluate = (demand: Demand, productLine: string, memberIds: readonly string[], leadId: string | null, rank: number): EvaluatedSet => {
    const ids = [...new Set(memberIds)];
    if (ids.length < minMembers || ids.length > maxMembers) return { error: "size" };
    if (leadId !== null && !ids.includes(leadId)) return { error: "lead" };
    const measured = measure(demand);
    if (measured === null) return { error: "ineligible" };
    const found: { index: number; capacity: number }[] = [];
    for (const id of ids) {
      const index = indexById.get(id);
      if (index === undefined || !suppliers[index]!.kbliCodes.some((code) => code.startsWith(productLine))) return { error: "ineligible" };
      const capacity = measured.capacityOf(index);
      if (capacity <= 0) return { error: "ineligible" };
      found.push({ index, capacity });
    }
    const members = candidateMaker(demand)(found);
    if (members.length !== ids.length) return { error: "ineligible" };
    const choice = choiceOf(members);
    if (choice.capacity < measured.quantity) return { error: "notCovered" };
    return { proposal: proposalOf(choice, productLine, rank, measured.quantity, measured.unit, leadId ?? leadOf(choice.members, byId).id) };
  };
  const candidates = (demand: Demand) => {
    const prepared = eligibleLines(demand);
    if (prepared === null) return [];
    const make = candidateMaker(demand);
    return prepared.lines.flatMap((line) => [
      { productLine: line.klass, quantity: prepared.quantity, candidates: make(inClass(line)) },
      { productLine: line.group, quantity: prepared.quantity, candidates: make(line.eligible) },
    ]);
  };
  return { propose, candidates, evaluate };
}
