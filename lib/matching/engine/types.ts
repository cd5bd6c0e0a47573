// What the matching engine scores: one supplier (an enterprise with what its products and
// certificates say) against one demand (a buyer's sourcing request, or its sourcing profile when
// it has no open request). Plain data, loaded elsewhere; every function in lib/matching is pure.
import type { BuyerKind, CertificateType, CurationGrade, ExportReadinessTier } from "@/lib/generated/prisma/enums";

export interface SupplierCertificate {
  type: CertificateType;
  /** Null: does not expire (Halal since UU 6/2023). */
  expiresAt: Date | null;
  verified: boolean;
}

export interface Supplier {
  id: string;
  /** Five-digit KBLI 2020 subclasses: the enterprise's own and its products', primary first. */
  kbliCodes: string[];
  monthlyCapacity: number | null;
  capacityUnit: string | null;
  /** The smallest minimum order among its products, in their unit. */
  minOrder: number | null;
  /** Lowest and highest product price, rupiah per unit. */
  priceMin: number | null;
  priceMax: number | null;
  exportReadinessTier: ExportReadinessTier | null;
  /** ISO 3166-1 alpha-2 codes it already exports to. */
  exportCountries: string[];
  certificates: SupplierCertificate[];
  kecamatanCode: string;
  curationGrade: CurationGrade | null;
  /** Buyer kinds the supplier says it wants to reach; empty: any. */
  targetBuyerKinds: BuyerKind[];
}

export interface Demand {
  /** The sourcing request's id, or null when the buyer's sourcing profile stands in for one. */
  requestId: string | null;
  buyerId: string;
  buyerKind: BuyerKind;
  /** ISO 3166-1 alpha-2 country of the buyer. */
  country: string;
  /** The buyer's city as written, compared with the office's city. */
  city: string;
  /** The buyer's kecamatan when it is in the office's city and known. */
  kecamatanCode: string | null;
  /** Five-digit KBLI subclasses the buyer sources (a request has one, a profile several). */
  kbliCodes: string[];
  quantityPerMonth: number | null;
  /** Unit of the quantity and the order size ("pcs", "kg"…); null when unknown. */
  unit: string | null;
  /** The size of one order, in the same unit; defaults to the monthly quantity. */
  orderSize: number | null;
  targetPriceMin: number | null;
  targetPriceMax: number | null;
  /** Certificates the request demands: a hard filter. */
  requiredCertificates: CertificateType[];
  /** Certificates the buyer prefers (its profile): they raise the score, they do not filter. */
  preferredCertificates: CertificateType[];
  /** Countries the goods go to when the buyer exports them; empty: domestic. */
  exportDestinations: string[];
}

/** What happened when this supplier and this buyer met before. */
export interface PairHistory {
  /** They met and nothing came of it (no interest, or no follow-up). */
  metWithoutResult: boolean;
  /** A sample, purchase order or deal came of an earlier meeting. */
  positiveOutcome: boolean;
}

export interface MatchContext {
  /** Certificates must be valid on this day (the event's first day, or today for a city-wide run). */
  validOn: Date;
  /** The office's city (e.g. "Semarang"), for the location component. */
  officeCity: string;
  weights: Weights;
  /** "exclude" drops pairs who met without result; "penalise" takes points off. */
  historyPolicy: "exclude" | "penalise";
}

export const componentKeys = ["sector", "capacity", "exportReadiness", "certificates", "price", "location", "grade", "reciprocity"] as const;
export type ComponentKey = (typeof componentKeys)[number];
export type Weights = Record<ComponentKey, number>;

/** One part of a score: its value 0..1, its weight, the points it gives, and why. */
export interface ScoreComponent {
  key: ComponentKey | "history";
  /** 0..1; for history, the points added (positive) or taken off (negative) instead. */
  value: number;
  weight: number;
  points: number;
  /** False when the data to judge it is missing on both sides: left out of the total. */
  applicable: boolean;
  /** A message key under "Matching.explain" and its values, for a sentence in the reader's language. */
  explanation: { key: string; values: Record<string, string | number> };
}

export type MatchResult =
  | { excluded: false; score: number; components: ScoreComponent[] }
  | { excluded: true; reason: { key: string; values: Record<string, string | number> } };
