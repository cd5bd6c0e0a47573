// Whose threads a party sees: a buyer its organisation's, an SME its enterprise's, staff all.
// Every query and mutation puts this in its `where`. Pure.
import type { Prisma } from "@/lib/generated/prisma/client";

export type InquiryParty = { side: "BUYER"; buyerId: string } | { side: "SME"; enterpriseId: string } | { side: "STAFF" };

export function inquiryScope(party: InquiryParty): Prisma.InquiryWhereInput {
  if (party.side === "BUYER") return { buyerId: party.buyerId };
  if (party.side === "SME") return { enterpriseId: party.enterpriseId };
  return {};
}
