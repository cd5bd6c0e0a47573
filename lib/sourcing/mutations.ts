// Writes of sourcing requests, offers and forwards. Each takes the caller's transaction client,
// checks ownership and state in its `where` and records its audit row in the same transaction;
// mail goes out after the commit (lib/sourcing/notify.ts) from the facts returned here.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { BuyerOwner, SmeOwner } from "@/lib/auth/party";
import type { DbClient } from "@/lib/db";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { deadlinePassed, isAnswerable, sectorFit } from "./fit";
import type { CreateRequestInput, ForwardInput, OfferInput } from "./schemas";

/** A new OPEN request of the actor's organisation; an unknown KBLI code is a field error. */
export async function createSourcingRequest(tx: DbClient, actor: BuyerOwner, input: CreateRequestInput): Promise<{ requestId: string }> {
  const kbli = await tx.kbli.findFirst({ where: { version: KBLI_VERSION, code: input.kbliCode, level: "SUBCLASS" }, select: { id: true } });
  if (!kbli) throw new UserFacingError("Sourcing.errors.kbliUnknown", "kbliCode");
  const request = await tx.sourcingRequest.create({
    data: {
      buyerId: actor.buyerId,
      createdById: actor.userId,
      title: input.title,
      description: input.description,
      kbliId: kbli.id,
      quantityPerMonth: input.quantityPerMonth,
      unit: input.unit,
      targetPriceMinRupiah: input.targetPriceMin,
      targetPriceMaxRupiah: input.targetPriceMax,
      requiredCertificates: input.requiredCertificates,
      exportDestination: input.exportDestination,
      deadline: input.deadline,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "sourcing-request.create",
    entityType: "SourcingRequest",
    entityId: request.id,
    data: { kbli: input.kbliCode },
  });
  return { requestId: request.id };
}

/** Closes an OPEN request of the actor's organisation: it takes no more offers. */
export async function closeSourcingRequest(tx: DbClient, actor: BuyerOwner, requestId: string, now: Date = new Date()): Promise<void> {
  const closed = await tx.sourcingRequest.updateMany({
    where: { id: requestId, buyerId: actor.buyerId, status: "OPEN" },
    data: { status: "CLOSED", closedAt: now },
  });
  if (closed.count === 0) throw await buyerRefusal(tx, actor, requestId, "Sourcing.errors.alreadyClosed");
  await recordAudit(tx, { actorId: actor.userId, action: "sourcing-request.close", entityType: "SourcingRequest", entityId: requestId });
}

/** Opens a CLOSED request again, only while its deadline has not passed (else: post a new one). */
export async function reopenSourcingRequest(tx: DbClient, actor: BuyerOwner, requestId: string, now: Date = new Date()): Promise<void> {
  const request = await tx.sourcingRequest.findFirst({ where: { id: requestId, buyerId: actor.buyerId }, select: { status: true, deadline: true } });
  if (!request) throw new UserFacingError("Sourcing.errors.notFound");
  if (request.status === "OPEN") throw new UserFacingError("Sourcing.errors.alreadyOpen");
  if (deadlinePassed(request.deadline, now)) throw new UserFacingError("Sourcing.errors.reopenPastDeadline");
  const opened = await tx.sourcingRequest.updateMany({
    where: { id: requestId, buyerId: actor.buyerId, status: "CLOSED" },
    data: { status: "OPEN", closedAt: null },
  });
  if (opened.count === 0) throw new UserFacingError("Sourcing.errors.alreadyOpen");
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "sourcing-request.update",
    entityType: "SourcingRequest",
    entityId: requestId,
    data: { status: "OPEN" },
  });
}

async function buyerRefusal(tx: DbClient, actor: BuyerOwner, requestId: string, stateKey: string): Promise<UserFacingError> {
  const visible = await tx.sourcingRequest.findFirst({ where: { id: requestId, buyerId: actor.buyerId }, select: { id: true } });
  return new UserFacingError(visible ? stateKey : "Sourcing.errors.notFound");
}

export interface OfferEvent {
  requestId: string;
  offerId: string;
  enterpriseId: string;
  /** True when the enterprise had answered this request before (a revision or a re-submission). */
  revised: boolean;
}

/**
 * The enterprise's offer on a request it may answer: its profile is PUBLISHED (buyers compare
 * offers and open the supplier's catalog page, which only published suppliers have), and the
 * request fits one of its KBLI codes (lib/sourcing/fit.ts) or staff forwarded it to them. The
 * request must be OPEN and before its deadline. One offer per enterprise and request: answering
 * again revises it (and a withdrawn offer comes back).
 */
export async function submitOffer(tx: DbClient, actor: SmeOwner, input: OfferInput, now: Date = new Date()): Promise<OfferEvent> {
  // Holds the request row until this transaction ends, so the buyer closing it meanwhile waits
  // for the offer, and an offer arriving after the close reads CLOSED.
  await tx.$queryRaw`SELECT id FROM "SourcingRequest" WHERE id = ${input.requestId} FOR SHARE`;
  const [enterprise, request] = await Promise.all([
    tx.enterprise.findUnique({
      where: { id: actor.enterpriseId },
      select: { status: true, primaryKbli: { select: { code: true } }, additionalKbli: { select: { kbli: { select: { code: true } } } } },
    }),
    tx.sourcingRequest.findUnique({
      where: { id: input.requestId },
      select: {
        status: true,
        deadline: true,
        kbli: { select: { code: true } },
        forwards: { where: { enterpriseId: actor.enterpriseId }, select: { enterpriseId: true } },
      },
    }),
  ]);
  if (!enterprise || !request) throw new UserFacingError("Sourcing.errors.notFound");
  if (enterprise.status !== "PUBLISHED") throw new UserFacingError("Sourcing.errors.enterpriseNotPublished");
  const codes = [enterprise.primaryKbli?.code, ...enterprise.additionalKbli.map((row) => row.kbli.code)].filter((code): code is string => Boolean(code));
  const visible = request.forwards.length > 0 || sectorFit(request.kbli?.code ?? null, codes) !== null;
  if (!visible) throw new UserFacingError("Sourcing.errors.notFound");
  if (!isAnswerable(request, now)) throw new UserFacingError(request.status === "CLOSED" ? "Sourcing.errors.closed" : "Sourcing.errors.deadlinePassed");

  const key = { requestId_enterpriseId: { requestId: input.requestId, enterpriseId: actor.enterpriseId } };
  const existing = await tx.sourcingOffer.findUnique({ where: key, select: { id: true } });
  const fields = {
    priceRupiah: input.price,
    unit: input.unit,
    minOrder: input.minOrder,
    monthlyCapacity: input.monthlyCapacity,
    leadTimeDays: input.leadTimeDays,
    sampleAvailable: input.sampleAvailable,
    message: input.message,
    status: "SUBMITTED" as const,
    createdById: actor.userId,
  };
  const offer = await tx.sourcingOffer.upsert({
    where: key,
    create: { requestId: input.requestId, enterpriseId: actor.enterpriseId, ...fields },
    update: fields,
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "sourcing-offer.submit",
    entityType: "SourcingOffer",
    entityId: offer.id,
    data: { requestId: input.requestId, revised: existing !== null, priceRupiah: input.price.toString() },
  });
  return { requestId: input.requestId, offerId: offer.id, enterpriseId: actor.enterpriseId, revised: existing !== null };
}

/** Withdraws the enterprise's own SUBMITTED offer; the buyer no longer sees it. */
export async function withdrawOffer(tx: DbClient, actor: SmeOwner, requestId: string): Promise<void> {
  const offer = await tx.sourcingOffer.findFirst({ where: { requestId, enterpriseId: actor.enterpriseId, status: "SUBMITTED" }, select: { id: true } });
  if (!offer) throw new UserFacingError("Sourcing.errors.noOffer");
  // The status is checked again in the write, so a withdrawal racing a revision cannot double up.
  const withdrawn = await tx.sourcingOffer.updateMany({ where: { id: offer.id, status: "SUBMITTED" }, data: { status: "WITHDRAWN" } });
  if (withdrawn.count === 0) throw new UserFacingError("Sourcing.errors.noOffer");
  await recordAudit(tx, { actorId: actor.userId, action: "sourcing-offer.withdraw", entityType: "SourcingOffer", entityId: offer.id, data: { requestId } });
}

/**
 * Staff forward an answerable request to chosen PUBLISHED enterprises (they then see it even
 * outside their sectors). Forwarding again to the same enterprise changes nothing; the
 * enterprises newly forwarded to are returned, for their owners' emails.
 */
export async function forwardRequest(tx: DbClient, staffUserId: string, input: ForwardInput, now: Date = new Date()): Promise<{ newlyForwarded: string[] }> {
  const request = await tx.sourcingRequest.findUnique({ where: { id: input.requestId }, select: { status: true, deadline: true } });
  if (!request) throw new UserFacingError("Sourcing.errors.notFound");
  if (!isAnswerable(request, now)) throw new UserFacingError(request.status === "CLOSED" ? "Sourcing.errors.closed" : "Sourcing.errors.deadlinePassed");
  const enterprises = await tx.enterprise.findMany({ where: { id: { in: input.enterpriseIds }, status: "PUBLISHED" }, select: { id: true } });
  if (enterprises.length !== input.enterpriseIds.length) throw new UserFacingError("Sourcing.errors.forwardUnavailable", "enterpriseIds");
  const already = await tx.sourcingRequestForward.findMany({
    where: { requestId: input.requestId, enterpriseId: { in: input.enterpriseIds } },
    select: { enterpriseId: true },
  });
  const known = new Set(already.map((row) => row.enterpriseId));
  const fresh = input.enterpriseIds.filter((id) => !known.has(id));
  if (fresh.length === 0) return { newlyForwarded: [] };
  await tx.sourcingRequestForward.createMany({
    data: fresh.map((enterpriseId) => ({ requestId: input.requestId, enterpriseId, forwardedById: staffUserId })),
    skipDuplicates: true,
  });
  await recordAudit(tx, {
    actorId: staffUserId,
    action: "sourcing-request.forward",
    entityType: "SourcingRequest",
    entityId: input.requestId,
    data: { enterpriseIds: fresh },
  });
  return { newlyForwarded: fresh };
}
