// Who acts in a buyer action: the session's user on behalf of the session's organisation.
import { UserFacingError } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import type { BuyerActor } from "./profile-mutations";

export function buyerActor(user: SessionUser | null): BuyerActor {
  if (!user) throw new UserFacingError("Errors.signInRequired");
  if (!user.buyerOrganizationId) throw new UserFacingError("BuyerProfile.errors.noOrganization");
  return { buyerId: user.buyerOrganizationId, userId: user.id };
}
