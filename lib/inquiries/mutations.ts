// Writes of inquiries. Each takes the caller's transaction client, checks ownership in its
// `where` and records its audit row in the same transaction; mail goes out after the commit
// (lib/inquiries/notify.ts) from the facts returned here.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { InquirySide } from "@/lib/generated/prisma/enums";
import { type InquiryParty, inquiryScope } from "./scope";
import type { CloseInquiryInput, ReplyInput, StartInquiryInput } from "./schemas";

/** Who acts, and on whose behalf: the buyer's organisation or the SME's enterprise, from the session. */
export type InquiryActor = InquiryParty & { userId: string };

export interface InquiryEvent {
  inquiryId: string;
  side: InquirySide;
  authorId: string;
  body: string;
}

/**
 * A new thread about a PUBLISHED product (of a PUBLISHED enterprise) or a PUBLISHED supplier,
 * with the buyer's first message. Anything else is refused and nothing is written.
 */
export async function startInquiry(
  tx: DbClient,
  actor: Extract<InquiryActor, { side: "BUYER" }>,
  input: StartInquiryInput,
  now: Date = new Date(),
): Promise<InquiryEvent> {
  let target: { enterpriseId: string; productId: string | null } | null = null;
  if (input.target === "product") {
    const product = await tx.product.findFirst({
      where: { slug: input.slug, status: "PUBLISHED", enterprise: { status: "PUBLISHED" } },
      select: { id: true, enterpriseId: true },
    });
    target = product ? { enterpriseId: product.enterpriseId, productId: product.id } : null;
  } else {
    const enterprise = await tx.enterprise.findFirst({ where: { slug: input.slug, status: "PUBLISHED" }, select: { id: true } });
    target = enterprise ? { enterpriseId: enterprise.id, productId: null } : null;
  }
  if (!target) throw new UserFacingError("Inquiries.errors.targetUnavailable");

  const inquiry = await tx.inquiry.create({
    data: {
      buyerId: actor.buyerId,
      createdById: actor.userId,
      enterpriseId: target.enterpriseId,
      productId: target.productId,
      subject: input.subject,
      lastMessageAt: now,
      messages: { create: { authorId: actor.userId, side: "BUYER", body: input.body, createdAt: now } },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "inquiry.create",
    entityType: "Inquiry",
    entityId: inquiry.id,
    data: { enterpriseId: target.enterpriseId, productId: target.productId },
  });
  return { inquiryId: inquiry.id, side: "BUYER", authorId: actor.userId, body: input.body };
}

/** Why nothing matched: a thread outside the actor's scope is "not found", never "closed". */
async function refusal(tx: DbClient, actor: InquiryActor, inquiryId: string): Promise<UserFacingError> {
  const visible = await tx.inquiry.findFirst({ where: { id: inquiryId, ...inquiryScope(actor) }, select: { status: true } });
  return new UserFacingError(visible?.status === "CLOSED" ? "Inquiries.errors.closed" : "Inquiries.errors.notFound");
}

/** A message on an OPEN thread in the actor's scope; a closed thread refuses it. */
export async function replyToInquiry(tx: DbClient, actor: InquiryActor, input: ReplyInput, now: Date = new Date()): Promise<InquiryEvent> {
  // The status and ownership are checked in the same statement that moves the thread's clock,
  // so a thread closed a moment ago cannot take a reply.
  const touched = await tx.inquiry.updateMany({
    where: { id: input.inquiryId, status: "OPEN", ...inquiryScope(actor) },
    data: { lastMessageAt: now },
  });
  if (touched.count === 0) throw await refusal(tx, actor, input.inquiryId);
  const message = await tx.inquiryMessage.create({
    data: { inquiryId: input.inquiryId, authorId: actor.userId, side: actor.side, body: input.body, createdAt: now },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "inquiry.reply",
    entityType: "Inquiry",
    entityId: input.inquiryId,
    data: { side: actor.side, messageId: message.id },
  });
  return { inquiryId: input.inquiryId, side: actor.side, authorId: actor.userId, body: input.body };
}

/** Closes an OPEN thread in the actor's scope (either party, or staff). */
export async function closeInquiry(tx: DbClient, actor: InquiryActor, input: CloseInquiryInput): Promise<void> {
  const closed = await tx.inquiry.updateMany({
    where: { id: input.inquiryId, status: "OPEN", ...inquiryScope(actor) },
    data: { status: "CLOSED" },
  });
  if (closed.count === 0) throw await refusal(tx, actor, input.inquiryId);
  await recordAudit(tx, {
    actorId: actor.userId,
    action: "inquiry.close",
    entityType: "Inquiry",
    entityId: input.inquiryId,
    data: { side: actor.side },
  });
}
