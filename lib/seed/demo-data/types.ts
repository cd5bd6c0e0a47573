// Shapes of the demo content. Plain data: lib/seed/demo.ts turns it into rows (ids, KBLI ids,
// scale from capital per PP 7/2021, export-readiness tier from the score).
import type {
  BuyerKind,
  CertificateType,
  CurationGrade,
  CurationStatus,
  EventKind,
  EventStatus,
  LegalForm,
  MeetingOutcome,
  ParticipantStatus,
  PartnerKind,
  PurchaseVolumeBand,
  ReferralPurpose,
  Role,
} from "@/lib/generated/prisma/enums";

export type SentraKey = "batik" | "bandeng" | "tempe";

export interface DemoSentra {
  key: SentraKey;
  slug: string;
  name: string;
  description: string;
  kecamatanCode: string;
  kbli: string;
}

export interface DemoEnterprise {
  slug: string;
  brandName: string;
  legalName: string;
  legalForm: LegalForm;
  /** KBLI 2020 subclass (5 digits) that must exist in prisma/data/kbli2020_c.csv. */
  kbli: string;
  extraKbli?: readonly string[];
  /** Kemendagri kelurahan code; the kecamatan is its first 8 characters. */
  kelurahan: string;
  address: string;
  sentra?: SentraKey;
  /** PUBLISHED when absent. */
  status?: CurationStatus;
  /** B for published enterprises when absent. */
  grade?: CurationGrade;
  /** Export readiness score, 0-100; the tier follows from it. */
  readiness: number;
  founded: number;
  workforce: number;
  /** Modal usaha (excluding land and buildings) and annual sales, in millions of rupiah. */
  capitalJuta: number;
  salesJuta: number;
  capacity: readonly [amount: number, unit: string];
  rawMaterials: string;
  channels: readonly string[];
  exportCountries?: readonly string[];
  sellsNationally?: boolean;
  buyers: readonly BuyerKind[];
  description: string;
  /** Owner's name: the enterprise gets an SME account, <slug>@ikm.temu-usaha.test unless ownerEmail says otherwise. */
  owner?: string;
  ownerEmail?: string;
}

export interface DemoProduct {
  slug: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  kbli: string;
  hs: string | null;
  price: readonly [min: number, max: number];
  unit: string;
  minOrder: number;
  capacity: number;
  leadDays: number;
  exportReady?: boolean;
  /** Follows the enterprise when absent (PUBLISHED for a published enterprise, else DRAFT). */
  status?: CurationStatus;
}

/** Products keyed by the slug of the enterprise that makes them. */
export type DemoProductsByEnterprise = Readonly<Record<string, readonly DemoProduct[]>>;

export interface DemoCertificate {
  enterprise: string;
  type: CertificateType;
  number: string;
  name?: string;
  issued: string;
  expires?: string;
  /** Verified by Disperin staff unless false. */
  verified?: boolean;
}

export interface DemoBuyer {
  slug: string;
  name: string;
  kind: BuyerKind;
  country?: string;
  city: string;
  description: string;
  website?: string;
  volume: PurchaseVolumeBand;
  requiredCertificates: readonly CertificateType[];
  exportDestinations: readonly string[];
  kbli: readonly string[];
  verified?: boolean;
}

export interface DemoPartner {
  slug: string;
  name: string;
  kind: PartnerKind;
  /** What an SME may share its profile for with this partner. */
  offers: readonly ReferralPurpose[];
  description: string;
  website?: string;
}

export interface DemoSourcingRequest {
  key: string;
  buyer: string;
  title: string;
  description: string;
  kbli: string;
  quantityPerMonth: number;
  unit: string;
  targetPrice?: readonly [min: number, max: number];
  requiredCertificates: readonly CertificateType[];
  exportDestination?: string;
  deadline: string;
  closed?: boolean;
}

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  phone?: string;
  buyer?: string;
  partner?: string;
}

/** A meeting at the completed event; its match score is computed from the two parties' data. */
export interface DemoMeeting {
  sme: string;
  buyer: string;
  /** null: a no-show. */
  outcome: MeetingOutcome | null;
  /** Deal or purchase-order value in millions of rupiah. */
  dealJuta?: number;
  notes?: string;
}

/** A match staff vetoed, so no meeting came of it. */
export interface DemoVetoedMatch {
  sme: string;
  buyer: string;
  staffNote: string;
}

export interface DemoEvent {
  slug: string;
  title: string;
  kind: EventKind;
  quarter: string;
  description: string;
  venue: string;
  venueAddress: string;
  /** ISO timestamps with the +07:00 (WIB) offset. */
  startsAt: string;
  endsAt: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  status: EventStatus;
  slotMinutes: 15 | 20 | 30;
  tableCount: number;
  capacity: { sme: number; buyer: number; partner: number };
  smes: readonly DemoParticipant[];
  buyers: readonly DemoParticipant[];
  partners: readonly DemoParticipant[];
  /** Meeting sessions (ISO with +07:00); the gaps between them are breaks. Meetings are packed
   * into the slots of these sessions, earliest first. */
  sessions: readonly { from: string; until: string }[];
  meetings?: readonly DemoMeeting[];
  vetoed?: readonly DemoVetoedMatch[];
}

export interface DemoParticipant {
  party: string;
  status: ParticipantStatus;
}
