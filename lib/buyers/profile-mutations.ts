// Writes to a buyer organisation's profile. The organisation comes from the session, never from
// the form; every KBLI code must exist as a KBLI 2020 subclass, else nothing is written. The
// profile and its sourced KBLI list are replaced together with their audit row in one transaction.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { BuyerOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import type { BuyerProfileInput } from "./schemas";

export async function saveBuyerProfile(tx: DbClient, actor: BuyerOwner, input: BuyerProfileInput): Promise<void> {
  const found = await tx.kbli.findMany({
    where: { version: KBLI_VERSION, level: "SUBCLASS", code: { in: input.sourcingKbli } },
    select: { id: true, code: true },
  });
  if (found.length !== input.sourcingKbli.length) throw new UserFacingError("BuyerProfile.errors.kbliUnknown", "sourcingKbli");

  const updated = await tx.buyerOrganization.updateMany({
    where: { id: actor.buyerId },
    data: {
      name: input.name,
      kind: input.kind,
      country: input.country,
      city: input.city,
      description: input.description,
      website: input.website,
      purchaseVolumeBand: input.purchaseVolumeBand,
      requiredCertificates: input.requiredCertificates,
      exportDestinations: input.exportDestinations,
    },
  });
  if (updated.count === 0) throw new UserFacingError("BuyerProfile.errors.noOrganization");

  await tx.buyerKbli.deleteMany({ where: { buyerId: actor.buyerId } });
  await tx.buyerKbli.createMany({ data: found.map((kbli) => ({ buyerId: actor.buyerId, kbliId: kbli.id })) });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "buyer.update-profile",
    entityType: "BuyerOrganization",
    entityId: actor.buyerId,
    data: {
      kind: input.kind,
      country: input.country,
      purchaseVolumeBand: input.purchaseVolumeBand,
      sourcingKbli: input.sourcingKbli,
      requiredCertificates: input.requiredCertificates,
      exportDestinations: input.exportDestinations,
    },
  });
}
