// The buyer's shortlist. Adding needs a PUBLISHED product (of a PUBLISHED enterprise) or a
// PUBLISHED supplier and is idempotent (the unique keys make a second add a no-op); removing
// works on anything on the list, published or not any more. Both are scoped to the actor's
// organisation in their `where`, and audited only when they changed something.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { BuyerOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import type { ShortlistTarget } from "./schemas";

type ItemKey = { productId: string; enterpriseId?: never } | { enterpriseId: string; productId?: never };

async function publishedKey(tx: DbClient, input: ShortlistTarget): Promise<ItemKey | null> {
  if (input.target === "product") {
    const product = await tx.product.findFirst({
      where: { slug: input.slug, status: "PUBLISHED", enterprise: { status: "PUBLISHED" } },
      select: { id: true },
    });
    return product ? { productId: product.id } : null;
  }
  const enterprise = await tx.enterprise.findFirst({ where: { slug: input.slug, status: "PUBLISHED" }, select: { id: true } });
  return enterprise ? { enterpriseId: enterprise.id } : null;
}

async function anyKey(tx: DbClient, input: ShortlistTarget): Promise<ItemKey | null> {
  if (input.target === "product") {
    const product = await tx.product.findUnique({ where: { slug: input.slug }, select: { id: true } });
    return product ? { productId: product.id } : null;
  }
  const enterprise = await tx.enterprise.findUnique({ where: { slug: input.slug }, select: { id: true } });
  return enterprise ? { enterpriseId: enterprise.id } : null;
}

/** Saves the product or supplier; true when it was not on the list yet. */
export async function addToShortlist(tx: DbClient, actor: BuyerOwner, input: ShortlistTarget): Promise<boolean> {
  const key = await publishedKey(tx, input);
  if (!key) throw new UserFacingError("BuyerProfile.errors.shortlistUnavailable");
  const created = await tx.shortlistItem.createMany({
    data: [{ buyerId: actor.buyerId, addedById: actor.userId, ...key }],
    skipDuplicates: true,
  });
  if (created.count === 0) return false;
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "shortlist.add",
    entityType: "BuyerOrganization",
    entityId: actor.buyerId,
    data: { ...key },
  });
  return true;
}

/** Takes the product or supplier off the list; true when it was on it. */
export async function removeFromShortlist(tx: DbClient, actor: BuyerOwner, input: ShortlistTarget): Promise<boolean> {
  const key = await anyKey(tx, input);
  if (!key) return false;
  const removed = await tx.shortlistItem.deleteMany({ where: { buyerId: actor.buyerId, ...key } });
  if (removed.count === 0) return false;
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "shortlist.remove",
    entityType: "BuyerOrganization",
    entityId: actor.buyerId,
    data: { ...key },
  });
  return true;
}
