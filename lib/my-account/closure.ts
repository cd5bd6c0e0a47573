// Deleting an account takes its business out of circulation, in the deletion's transaction
// (lib/my-account/delete.ts): nothing public, nothing open, nothing ahead is left in the name of an
// owner who is gone, and the other side of everything open hears of it.
//   SME owner: the enterprise and its products leave the catalog, the sitemap, photo routes,
//   matching and sourcing (status DRAFT: every public read and every candidate query asks for
//   PUBLISHED, lib/catalog/visibility.ts); every partner consent is revoked (partners read only
//   active consents); open inquiries close and submitted offers on open requests are withdrawn;
//   registrations for events still ahead are withdrawn, their matches declined, and meetings
//   still ahead cancelled.
//   Buyer: only when no one else is left in the organisation (colleagues carry on its work
//   otherwise) do its open sourcing requests and inquiries close and its registrations, matches
//   and meetings ahead end the same way.
// Each change is audited (by the deleting user, without details that name anyone) and each
// counterpart is notified (lib/notifications: the centre, and email through the Job queue).
// Past meetings keep their status and results: the programme's statistics rest on them.
import { createTranslator } from "next-intl";
import { recordAudit } from "@/lib/audit/log";
import type { DbClient } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { catalogs } from "@/lib/i18n/messages";
import { enterpriseName } from "@/lib/matching/engine/stored";
import { notify } from "@/lib/notifications/notify";
import { activeAccounts, renderSimpleNotification } from "@/lib/notifications/simple";

const accountSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;
type Account = { id: string; email: string; name: string; locale: "id" | "en"; status: string; deletedAt: Date | null };

/** The side whose account goes: an SME's enterprise, or a buyer organisation with no one else left. */
export type ClosingParty = { kind: "SME"; enterpriseId: string; name: string } | { kind: "BUYER"; buyerId: string; name: string };

type ClosureKey = "inquiry" | "offer" | "request" | "meeting";
const actionKey: Record<ClosureKey, string> = { inquiry: "inquiryAction", offer: "requestAction", request: "requestAction", meeting: "meetingAction" };
const kindOf: Record<ClosureKey, NotificationKind> = { inquiry: "INQUIRY_MESSAGE", offer: "SOURCING_OFFER", request: "SOURCING_OFFER", meeting: "MEETING_REQUEST" };

async function tell(tx: DbClient, accounts: readonly (Account | null | undefined)[], key: ClosureKey, id: string, link: string, values: Record<string, string>): Promise<void> {
  await notify(tx, {
    recipients: activeAccounts(accounts),
    kind: kindOf[key],
    link,
    dedupeKey: `account-closed:${key}:${id}`,
    render: (account) => {
      const t = createTranslator({ locale: account.locale, messages: catalogs[account.locale], namespace: "MyAccount.closure" });
      return renderSimpleNotification(account, {
        subject: t(`${key}Subject`, values),
        intro: t(`${key}Intro`, values),
        action: t(actionKey[key] as "inquiryAction"),
        link,
      });
    },
  });
}

const closable = ["PUBLISHED", "SUBMITTED", "REVISION_REQUESTED"] as const;
const reason = "account-deleted";

/** The enterprise and its products stop being public or queued for curation. */
async function withdrawEnterprise(tx: DbClient, actorId: string, enterpriseId: string): Promise<void> {
  const enterprise = await tx.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { status: true } });
  const products = await tx.product.updateMany({ where: { enterpriseId, status: { in: [...closable] } }, data: { status: "DRAFT" } });
  const withdrawn = await tx.enterprise.updateMany({ where: { id: enterpriseId, status: { in: [...closable] } }, data: { status: "DRAFT" } });
  if (withdrawn.count + products.count === 0) return;
  await recordAudit(tx, { actorId, action: "enterprise.withdraw", entityType: "Enterprise", entityId: enterpriseId, data: { reason, from: enterprise.status, products: products.count } });
}

async function revokeConsents(tx: DbClient, actorId: string, enterpriseId: string, now: Date): Promise<void> {
  const active = await tx.partnerConsent.findMany({ where: { enterpriseId, revokedAt: null }, select: { id: true, partnerOrganizationId: true, purpose: true } });
  if (active.length === 0) return;
  await tx.partnerConsent.updateMany({ where: { id: { in: active.map((consent) => consent.id) }, revokedAt: null }, data: { revokedAt: now } });
  for (const consent of active) {
    await recordAudit(tx, {
      actorId,
      action: "consent.revoke",
      entityType: "Enterprise",
      entityId: enterpriseId,
      data: { partnerOrganizationId: consent.partnerOrganizationId, purpose: consent.purpose, reason },
    });
  }
}

async function closeInquiries(tx: DbClient, actorId: string, party: ClosingParty): Promise<void> {
  const inquiries = await tx.inquiry.findMany({
    where: { status: "OPEN", ...(party.kind === "SME" ? { enterpriseId: party.enterpriseId } : { buyerId: party.buyerId }) },
    select: { id: true, subject: true, buyer: { select: { users: { select: accountSelect } } }, enterprise: { select: { owner: { select: accountSelect } } } },
  });
  if (inquiries.length === 0) return;
  await tx.inquiry.updateMany({ where: { id: { in: inquiries.map((inquiry) => inquiry.id) }, status: "OPEN" }, data: { status: "CLOSED" } });
  for (const inquiry of inquiries) {
    await recordAudit(tx, { actorId, action: "inquiry.close", entityType: "Inquiry", entityId: inquiry.id, data: { side: party.kind, reason } });
    const [others, link] = party.kind === "SME" ? [inquiry.buyer.users, `/pembeli/pertanyaan/${inquiry.id}`] : [[inquiry.enterprise.owner], `/ikm/pertanyaan/${inquiry.id}`];
    await tell(tx, others, "inquiry", inquiry.id, link, { party: party.name, subject: inquiry.subject });
  }
}

/** The SME's submitted offers on requests still open. */
async function withdrawOffers(tx: DbClient, actorId: string, enterpriseId: string, name: string): Promise<void> {
  const offers = await tx.sourcingOffer.findMany({
    where: { enterpriseId, status: "SUBMITTED", request: { status: "OPEN" } },
    select: { id: true, request: { select: { id: true, title: true, buyer: { select: { users: { select: accountSelect } } } } } },
  });
  if (offers.length === 0) return;
  await tx.sourcingOffer.updateMany({ where: { id: { in: offers.map((offer) => offer.id) }, status: "SUBMITTED" }, data: { status: "WITHDRAWN" } });
  for (const offer of offers) {
    await recordAudit(tx, { actorId, action: "sourcing-offer.withdraw", entityType: "SourcingOffer", entityId: offer.id, data: { requestId: offer.request.id, reason } });
    await tell(tx, offer.request.buyer.users, "offer", offer.id, `/pembeli/permintaan/${offer.request.id}`, { party: name, request: offer.request.title });
  }
}

/** The organisation's open requests; the SMEs with an offer standing on one hear of it. */
async function closeRequests(tx: DbClient, actorId: string, buyerId: string, name: string, now: Date): Promise<void> {
  const requests = await tx.sourcingRequest.findMany({
    where: { buyerId, status: "OPEN" },
    select: { id: true, title: true, offers: { where: { status: "SUBMITTED" }, select: { enterprise: { select: { owner: { select: accountSelect } } } } } },
  });
  if (requests.length === 0) return;
  await tx.sourcingRequest.updateMany({ where: { id: { in: requests.map((request) => request.id) }, status: "OPEN" }, data: { status: "CLOSED", closedAt: now } });
  for (const request of requests) {
    await recordAudit(tx, { actorId, action: "sourcing-request.close", entityType: "SourcingRequest", entityId: request.id, data: { reason } });
    const owners = request.offers.map((offer) => offer.enterprise.owner);
    await tell(tx, owners, "request", request.id, `/ikm/permintaan/${request.id}`, { party: name, request: request.title });
  }
}

/**
 * Registrations for events not yet over are withdrawn and their matches declined on this side;
 * meetings still ahead are cancelled and freed from the schedule. Meetings already past keep
 * their status and results.
 */
async function leaveEventsAhead(tx: DbClient, actorId: string, party: ClosingParty, now: Date): Promise<void> {
  const isSme = party.kind === "SME";
  const own = isSme ? { enterpriseId: party.enterpriseId } : { buyerId: party.buyerId };
  const ahead = { endsAt: { gt: now }, status: { in: ["DRAFT" as const, "PUBLISHED" as const] } };

  const meetings = await tx.meeting.findMany({
    where: {
      status: { in: ["REQUESTED", "ACCEPTED", "SCHEDULED"] },
      ...(isSme ? { smeParticipant: own } : { buyerParticipant: own }),
      OR: [{ startsAt: { gt: now } }, { startsAt: null, event: { endsAt: { gt: now } } }],
    },
    select: {
      id: true,
      event: { select: { slug: true, title: true } },
      smeParticipant: { select: { enterprise: { select: { owner: { select: accountSelect } } } } },
      buyerParticipant: { select: { buyer: { select: { users: { select: accountSelect } } } } },
    },
  });
  if (meetings.length > 0) {
    await tx.meeting.updateMany({
      where: { id: { in: meetings.map((meeting) => meeting.id) } },
      data: { status: "CANCELLED", startsAt: null, endsAt: null, tableNumber: null, placedByStaff: false, expiresAt: null },
    });
  }
  for (const meeting of meetings) {
    await recordAudit(tx, { actorId, action: "meeting.cancel", entityType: "Meeting", entityId: meeting.id, data: { by: "participant-left", reason } });
    const others = isSme ? (meeting.buyerParticipant.buyer?.users ?? []) : [meeting.smeParticipant.enterprise?.owner];
    await tell(tx, others, "meeting", meeting.id, `/peserta/acara/${meeting.event.slug}/permintaan`, { party: party.name, event: meeting.event.title });
  }

  const registrations = await tx.eventParticipant.findMany({
    where: { ...own, status: { in: ["APPLIED", "APPROVED", "WAITLISTED"] }, event: ahead },
    select: { id: true, eventId: true },
  });
  if (registrations.length > 0) {
    await tx.eventParticipant.updateMany({ where: { id: { in: registrations.map((registration) => registration.id) } }, data: { status: "WITHDRAWN", checkInCode: null } });
  }
  for (const registration of registrations) {
    await recordAudit(tx, { actorId, action: "event.withdraw", entityType: "EventParticipant", entityId: registration.id, data: { eventId: registration.eventId, reason } });
  }
  await tx.match.updateMany({
    where: { ...own, event: ahead, ...(isSme ? { smeResponse: { not: "DECLINED" } } : { buyerResponse: { not: "DECLINED" } }) },
    data: isSme ? { smeResponse: "DECLINED" } : { buyerResponse: "DECLINED" },
  });
}

/** Everything above for the user's enterprise, or for their organisation when they are its last member. */
export async function takeOutOfCirculation(tx: DbClient, userId: string, now: Date): Promise<void> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { buyerOrganizationId: true, enterprise: { select: { id: true, legalName: true, brandName: true } } },
  });
  if (user.enterprise) {
    const party: ClosingParty = { kind: "SME", enterpriseId: user.enterprise.id, name: enterpriseName(user.enterprise) };
    await withdrawEnterprise(tx, userId, party.enterpriseId);
    await revokeConsents(tx, userId, party.enterpriseId, now);
    await closeInquiries(tx, userId, party);
    await withdrawOffers(tx, userId, party.enterpriseId, party.name);
    await leaveEventsAhead(tx, userId, party, now);
  }
  if (user.buyerOrganizationId) {
    const others = await tx.user.count({ where: { buyerOrganizationId: user.buyerOrganizationId, id: { not: userId }, deletedAt: null, status: { not: "DEACTIVATED" } } });
    if (others > 0) return;
    const organization = await tx.buyerOrganization.findUniqueOrThrow({ where: { id: user.buyerOrganizationId }, select: { id: true, name: true } });
    const party: ClosingParty = { kind: "BUYER", buyerId: organization.id, name: organization.name };
    await closeRequests(tx, userId, party.buyerId, party.name, now);
    await closeInquiries(tx, userId, party);
    await leaveEventsAhead(tx, userId, party, now);
  }
}
