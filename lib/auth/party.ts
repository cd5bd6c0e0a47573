// Who a signed-in user acts for: their enterprise (SME), buyer organisation (BUYER) or partner
// organisation (PARTNER), always taken from the session, never from a form. Server actions name
// the party they act as (defineFormAction's `party`) and get the owner below; pages and
// participant-side reads use partyOf. Pure: no database, no other lib/ domain.
import type { SessionUser } from "./session-user";

type PartyFields = Pick<SessionUser, "id" | "role" | "enterpriseId" | "buyerOrganizationId" | "partnerOrganizationId">;

/** The SME owner's own enterprise. */
export type SmeOwner = { userId: string; enterpriseId: string };
/** The buyer's own organisation. */
export type BuyerOwner = { userId: string; buyerId: string };
/** The partner's own organisation. */
export type PartnerOwner = { userId: string; partnerOrganizationId: string };

export type PartyName = "sme" | "buyer" | "partner";
export type OwnerOf<P extends PartyName> = { sme: SmeOwner; buyer: BuyerOwner; partner: PartnerOwner }[P];

const partyRoles = { sme: "SME", buyer: "BUYER", partner: "PARTNER" } as const satisfies Record<PartyName, SessionUser["role"]>;

/** Whether the user's role is the one that acts as this party. */
export function actsAs(user: Pick<SessionUser, "role">, party: PartyName): boolean {
  return user.role === partyRoles[party];
}

/**
 * The owner the user acts for as this party, or null when their role is another one or the
 * account has no enterprise or organisation yet.
 */
export function partyOwner<P extends PartyName>(user: PartyFields, party: P): OwnerOf<P> | null;
export function partyOwner(user: PartyFields, party: PartyName): SmeOwner | BuyerOwner | PartnerOwner | null {
  if (!actsAs(user, party)) return null;
  switch (party) {
    case "sme":
      return user.enterpriseId ? { userId: user.id, enterpriseId: user.enterpriseId } : null;
    case "buyer":
      return user.buyerOrganizationId ? { userId: user.id, buyerId: user.buyerOrganizationId } : null;
    case "partner":
      return user.partnerOrganizationId ? { userId: user.id, partnerOrganizationId: user.partnerOrganizationId } : null;
  }
}

/** A participant of an event, any kind: the party a user takes part as. */
export type Party =
  | { kind: "SME"; enterpriseId: string }
  | { kind: "BUYER"; buyerId: string }
  | { kind: "PARTNER"; partnerOrganizationId: string };

/** The party a user acts for, by role; null when the account has no enterprise or organisation yet. */
export function partyOf(user: Pick<SessionUser, "role" | "enterpriseId" | "buyerOrganizationId" | "partnerOrganizationId">): Party | null {
  if (user.role === "SME" && user.enterpriseId) return { kind: "SME", enterpriseId: user.enterpriseId };
  if (user.role === "BUYER" && user.buyerOrganizationId) return { kind: "BUYER", buyerId: user.buyerOrganizationId };
  if (user.role === "PARTNER" && user.partnerOrganizationId) return { kind: "PARTNER", partnerOrganizationId: user.partnerOrganizationId };
  return null;
}
