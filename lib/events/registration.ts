// The participant's side of registration: apply to an event, withdraw, and the reads of the
// participants' pages. The party always comes from the session (lib/auth/party.ts),
// never from the form, so a user can only register or withdraw their own enterprise or
// organisation.
//
// SMEs register only once their enterprise profile is PUBLISHED: staff decide on applications by
// the curated profile, and buyers look the SME up in the catalog, which shows only published
// suppliers. Buyers and partners need their organisation linked to the account.
import "server-only";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import { type Party, partyOf } from "@/lib/auth/party";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, type DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db-errors";
import { cancelMeetingsOfParticipants } from "./leave";
import { findParticipation, partyWhere } from "./participation";
import { registrationState } from "./phase";
import { eventSummarySelect } from "./queries";
import type { RegisterInput } from "./schemas";
import { eventSlots, type MeetingSlot } from "./slots";
import { isCatalogSlug } from "@/lib/catalog/slug";

function requireParty(user: SessionUser): Party {
  const party = partyOf(user);
  if (!party) throw new UserFacingError("EventRegistration.errors.noParty");
  return party;
}

/** Applies (status APPLIED) for the user's party; a withdrawn registration may apply again. */
export async function registerForEvent(tx: DbClient, user: SessionUser, input: RegisterInput, now: Date = new Date()): Promise<{ participantId: string }> {
  const party = requireParty(user);
  const event = await tx.event.findFirst({
    where: { id: input.eventId, status: "PUBLISHED" },
    select: { id: true, status: true, startsAt: true, endsAt: true, registrationOpensAt: true, registrationClosesAt: true, slotMinutes: true, sessions: { select: { startsAt: true, endsAt: true } } },
  });
  if (!event) throw new UserFacingError("EventRegistration.errors.notFound");
  if (registrationState(event, now) !== "open") throw new UserFacingError("EventRegistration.errors.notOpen");
  if (party.kind === "SME") {
    const enterprise = await tx.enterprise.findUnique({ where: { id: party.enterpriseId }, select: { status: true } });
    if (enterprise?.status !== "PUBLISHED") throw new UserFacingError("EventRegistration.errors.smeNotPublished");
  }
  const slotStarts = new Set(eventSlots(event.sessions, event.slotMinutes).map((slot) => slot.startsAt.getTime()));
  if (input.unavailableSlots.some((date) => !slotStarts.has(date.getTime()))) throw new UserFacingError("EventRegistration.errors.slots", "unavailableSlots");
  const unavailableSlots = [...input.unavailableSlots].sort((a, b) => a.getTime() - b.getTime());

  const existing = await findParticipation(party, event.id, tx);
  if (existing && existing.status !== "WITHDRAWN") throw new UserFacingError("EventRegistration.errors.alreadyRegistered");
  const data = { status: "APPLIED" as const, applicationNote: input.note, unavailableSlots, decidedAt: null, checkInCode: null };
  let participantId: string;
  if (existing) {
    await tx.eventParticipant.update({ where: { id: existing.id }, data, select: { id: true } });
    participantId = existing.id;
  } else {
    try {
      const created = await tx.eventParticipant.create({ data: { eventId: event.id, ...partyWhere(party), ...data }, select: { id: true } });
      participantId = created.id;
    } catch (error) {
      // Two submits at the same moment: the unique key per event and party refuses the second.
      if (["enterpriseId", "buyerId", "partnerOrganizationId"].some((column) => isUniqueViolation(error, column))) {
        throw new UserFacingError("EventRegistration.errors.alreadyRegistered");
      }
      throw error;
    }
  }
  await recordAudit(tx, { actorId: user.id, action: "event.register", entityType: "EventParticipant", entityId: participantId, data: { eventId: event.id, kind: party.kind } });
  return { participantId };
}

/**
 * Withdraws the user's own registration, while not checked in and the event is not over. Takes
 * the event row lock that staff's decisions hold (lib/events/mutations.ts), so a decision and a
 * withdrawal run one after the other and a decision never overwrites a withdrawal.
 */
export async function withdrawRegistration(tx: DbClient, user: SessionUser, eventId: string): Promise<void> {
  const party = requireParty(user);
  await tx.$queryRaw`SELECT id FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  const withdrawn = await tx.eventParticipant.updateMany({
    where: {
      eventId,
      ...partyWhere(party),
      status: { in: ["APPLIED", "APPROVED", "WAITLISTED"] },
      checkedInAt: null,
      event: { status: "PUBLISHED" },
    },
    data: { status: "WITHDRAWN", checkInCode: null },
  });
  if (withdrawn.count === 0) {
    const own = await findParticipation(party, eventId, tx);
    throw new UserFacingError(own ? "EventRegistration.errors.cannotWithdraw" : "EventRegistration.errors.notRegistered");
  }
  const own = await findParticipation(party, eventId, tx);
  if (own) await cancelMeetingsOfParticipants(tx, user.id, [own.id]);
  await recordAudit(tx, { actorId: user.id, action: "event.withdraw", entityType: "EventParticipant", entityId: own?.id ?? null, data: { eventId } });
}

const registrationEventSelect = {
  ...eventSummarySelect,
  slotMinutes: true,
  schedulePublishedAt: true,
  sessions: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
} satisfies Prisma.EventSelect;

const ownRegistrationSelect = {
  id: true,
  kind: true,
  status: true,
  applicationNote: true,
  unavailableSlots: true,
  decidedAt: true,
  checkedInAt: true,
  createdAt: true,
} satisfies Prisma.EventParticipantSelect;

export type OwnRegistration = Prisma.EventParticipantGetPayload<{ select: typeof ownRegistrationSelect }>;
type RegistrationEvent = Prisma.EventGetPayload<{ select: typeof registrationEventSelect }>;
export type RegistrationView = { event: RegistrationEvent & { slots: MeetingSlot[] }; registration: OwnRegistration | null };

/** A published or completed event with its slots, and the party's registration for it (or null). */
export async function getRegistrationView(party: Party | null, where: { slug: string } | { id: string }): Promise<RegistrationView | null> {
  if ("slug" in where && !isCatalogSlug(where.slug)) return null;
  const event = await db.event.findFirst({ where: { ...where, status: { in: ["PUBLISHED", "COMPLETED"] } }, select: registrationEventSelect });
  if (!event) return null;
  const registration = party
    ? await db.eventParticipant.findFirst({ where: { eventId: event.id, ...partyWhere(party) }, select: ownRegistrationSelect })
    : null;
  return { event: { ...event, slots: eventSlots(event.sessions, event.slotMinutes) }, registration };
}

export type MyEvents = {
  registrations: (OwnRegistration & { event: RegistrationEvent })[];
  openEvents: RegistrationEvent[];
};

/** The party's registrations (latest event first) and the published events still open to it. */
export async function listMyEvents(party: Party, now: Date = new Date()): Promise<MyEvents> {
  const [registrations, upcoming] = await Promise.all([
    db.eventParticipant.findMany({
      where: partyWhere(party),
      orderBy: [{ event: { startsAt: "desc" } }, { id: "asc" }],
      take: 50,
      select: { ...ownRegistrationSelect, event: { select: registrationEventSelect } },
    }),
    db.event.findMany({
      where: { status: "PUBLISHED", endsAt: { gt: now }, participants: { none: partyWhere(party) } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 24,
      select: registrationEventSelect,
    }),
  ]);
  return { registrations, openEvents: upcoming.filter((event) => registrationState(event, now) === "open") };
}

/** Why the user's party may not apply yet (null: it may), before the form is shown. */
export async function registrationBlock(party: Party | null): Promise<"noParty" | "smeNotPublished" | null> {
  if (!party) return "noParty";
  if (party.kind !== "SME") return null;
  const enterprise = await db.enterprise.findUnique({ where: { id: party.enterpriseId }, select: { status: true } });
  return enterprise?.status === "PUBLISHED" ? null : "smeNotPublished";
}

/** A registration the participant may still withdraw: not decided against, not checked in, event not over. */
export function canWithdraw(registration: { status: string; checkedInAt: Date | null }, event: { status: string }): boolean {
  return ["APPLIED", "APPROVED", "WAITLISTED"].includes(registration.status) && registration.checkedInAt === null && event.status === "PUBLISHED";
}
