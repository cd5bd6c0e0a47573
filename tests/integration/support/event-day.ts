// Fixtures of the event-day tests (agendas, check-in, outcomes, reports): a published event with
// one session, approved SMEs and buyers with check-in codes, and placed meetings written straight
// to the database the way the scheduler leaves them (SCHEDULED, a slot's times, a table).
import { newCheckInCode } from "@/lib/events/check-in-code";
import { db } from "@/lib/db";
import { eventSlots } from "@/lib/events/slots";
import type { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { addOwnRepresentativeAction } from "@/lib/representatives/actions";
import { initialFormState } from "@/lib/auth/form-state";
import { form, signInAs } from "./actions";
import { seedBuyer, seedSme } from "./sourcing";

const minute = 60_000;

export async function seedEvent(slug: string, { startsAt, published = true }: { startsAt: Date; published?: boolean }) {
  const endsAt = new Date(startsAt.getTime() + 120 * minute);
  return db.event.create({
    data: {
      slug,
      title: `Temu Usaha ${slug}`,
      kind: "BUSINESS_MATCHING",
      quarter: "2026-Q4",
      description: "Pertemuan bisnis IKM dan pembeli.",
      venue: "Gedung Pertemuan Balai Kota",
      startsAt,
      endsAt,
      status: "PUBLISHED",
      slotMinutes: 20,
      tableCount: 4,
      schedulePublishedAt: published ? new Date() : null,
      sessions: { create: [{ startsAt, endsAt }] },
    },
    include: { sessions: true },
  });
}

export async function addParticipant(eventId: string, party: { enterpriseId: string } | { buyerId: string }, status: ParticipantStatus = "APPROVED") {
  return db.eventParticipant.create({
    data: { eventId, kind: "enterpriseId" in party ? "SME" : "BUYER", ...party, status, checkInCode: status === "APPROVED" ? newCheckInCode() : null },
  });
}

export async function placeMeeting(event: Awaited<ReturnType<typeof seedEvent>>, smeParticipantId: string, buyerParticipantId: string, slotIndex: number, tableNumber: number) {
  const slot = eventSlots(event.sessions, event.slotMinutes)[slotIndex];
  if (!slot) throw new Error(`No slot ${slotIndex}`);
  return db.meeting.create({
    data: { eventId: event.id, smeParticipantId, buyerParticipantId, status: "SCHEDULED", startsAt: slot.startsAt, endsAt: slot.endsAt, tableNumber },
  });
}

/**
 * An event that began an hour ago (slots every 20 minutes for two hours): SME A (KBLI 10794,
 * Semarang Tengah) meets buyer A at slot 0 and buyer B at slot 1; SME B (KBLI 13134, another
 * kecamatan) meets buyer A at slot 1 and buyer B at slot 5, which is still ahead.
 */
export async function seedEventDay(slug = "temu-hari-ini", { published = true } = {}) {
  const event = await seedEvent(slug, { startsAt: new Date(Date.now() - 60 * minute), published });
  const smeA = await seedSme(`${slug}-ikm-a`, ["10794"]);
  const smeB = await seedSme(`${slug}-ikm-b`, ["13134"]);
  await db.enterprise.update({ where: { id: smeB.enterprise.id }, data: { kecamatanCode: "33.74.01" } });
  const buyerA = await seedBuyer(`${slug}-pembeli-a`);
  const buyerB = await seedBuyer(`${slug}-pembeli-b`);
  const pSmeA = await addParticipant(event.id, { enterpriseId: smeA.enterprise.id });
  const pSmeB = await addParticipant(event.id, { enterpriseId: smeB.enterprise.id });
  const pBuyerA = await addParticipant(event.id, { buyerId: buyerA.organization.id });
  const pBuyerB = await addParticipant(event.id, { buyerId: buyerB.organization.id });
  const m1 = await placeMeeting(event, pSmeA.id, pBuyerA.id, 0, 1);
  const m2 = await placeMeeting(event, pSmeB.id, pBuyerA.id, 1, 1);
  const m3 = await placeMeeting(event, pSmeA.id, pBuyerB.id, 1, 2);
  const future = await placeMeeting(event, pSmeB.id, pBuyerB.id, 5, 2);
  return { event, smeA, smeB, buyerA, buyerB, pSmeA, pSmeB, pBuyerA, pBuyerB, m1, m2, m3, future };
}

/** The desk checked these participants in (outcomes need both sides of a meeting present). */
export async function checkIn(...participantIds: string[]) {
  await db.eventParticipant.updateMany({ where: { id: { in: participantIds } }, data: { checkedInAt: new Date() } });
}

/**
 * The event day with buyer A's second person, Rina, added by buyer A (addOwnRepresentativeAction);
 * buyer A is left signed in. `contact` is the participant's first person, made with it.
 */
export async function seedEventDayWithRina() {
  const day = await seedEventDay();
  signInAs(day.buyerA.session);
  await addOwnRepresentativeAction(initialFormState, form({ eventId: day.event.id, name: "Rina Wulandari", phone: "081234567890" }));
  const [contact, rina] = await db.eventRepresentative.findMany({ where: { participantId: day.pBuyerA.id }, orderBy: { position: "asc" } });
  return { ...day, contact: contact!, rina: rina! };
}
