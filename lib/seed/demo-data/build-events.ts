// Rows for the demo events: meeting sessions, participants (approved ones with a check-in code),
// matches with score components, meetings packed into the sessions' slots (one table per meeting
// per slot, no party in two meetings at once) with both sides' outcomes, and a few audit entries.
// No database access.
import { newCheckInCode } from "@/lib/events/check-in-code";
import type { Prisma } from "@/lib/generated/prisma/client";
import { eventSlots } from "@/lib/events/slots";
import type { ParticipantKind } from "@/lib/generated/prisma/enums";
import { scorePair } from "@/lib/matching/engine/score";
import { storedComponents } from "@/lib/matching/store";
import type { Demand, Supplier } from "@/lib/matching/engine/types";
import { defaultWeights } from "@/lib/matching/engine/weights";
import { demoBuyers, demoPartners } from "./buyers";
import { demoEnterprises, demoId, demoProducts, juta, tierForScore } from "./build-rows";
import { demoCertificates } from "./certificates";
import { completedEvent, upcomingEvent } from "./events";
import { demoSourcingRequests, DEMO_ADMIN_EMAIL } from "./sourcing";
import type { DemoBuyer, DemoEnterprise, DemoEvent, DemoSourcingRequest } from "./types";

export const demoEvents: readonly DemoEvent[] = [completedEvent, upcomingEvent];
const STAFF_EMAIL = "staf@temu-usaha.test";

function lookup<T extends { slug: string }>(items: readonly T[], slug: string, what: string): T {
  const found = items.find((item) => item.slug === slug);
  if (!found) throw new Error(`demo event refers to an unknown ${what} "${slug}"`);
  return found;
}

/** The engine's view of a demo enterprise: its KBLI, products, certificates and markets. */
function demoSupplier(sme: DemoEnterprise): Supplier {
  const products = demoProducts.filter((product) => product.enterprise === sme.slug);
  return {
    id: demoId("enterprise", sme.slug),
    kbliCodes: [...new Set([sme.kbli, ...(sme.extraKbli ?? []), ...products.map((product) => product.kbli)])],
    monthlyCapacity: sme.capacity[0],
    capacityUnit: sme.capacity[1],
    minOrder: products.length > 0 ? Math.min(...products.map((product) => product.minOrder)) : null,
    priceMin: products.length > 0 ? Math.min(...products.map((product) => product.price[0])) : null,
    priceMax: products.length > 0 ? Math.max(...products.map((product) => product.price[1])) : null,
    exportReadinessTier: tierForScore(sme.readiness),
    exportCountries: [...(sme.exportCountries ?? [])],
    certificates: demoCertificates
      .filter((certificate) => certificate.enterprise === sme.slug)
      .map((certificate) => ({ type: certificate.type, expiresAt: certificate.expires ? new Date(`${certificate.expires}T00:00:00Z`) : null, verified: certificate.verified !== false })),
    kecamatanCode: sme.kelurahan.slice(0, 8),
    curationGrade: (sme.status ?? "PUBLISHED") === "PUBLISHED" ? (sme.grade ?? "B") : null,
    targetBuyerKinds: [...sme.buyers],
  };
}

/** The engine's view of a demo buyer: the sourcing request it met the SME for, else its profile. */
function demoDemand(buyer: DemoBuyer, request: DemoSourcingRequest | undefined): Demand {
  return {
    requestId: request ? demoId("sourcing-request", request.key) : null,
    buyerId: demoId("buyer", buyer.slug),
    buyerKind: buyer.kind,
    country: buyer.country ?? "ID",
    city: buyer.city,
    kecamatanCode: null,
    kbliCodes: request ? [request.kbli] : [...buyer.kbli],
    quantityPerMonth: request?.quantityPerMonth ?? null,
    unit: request?.unit ?? null,
    orderSize: null,
    targetPriceMin: request?.targetPrice?.[0] ?? null,
    targetPriceMax: request?.targetPrice?.[1] ?? null,
    requiredCertificates: [],
    preferredCertificates: [...new Set([...(request?.requiredCertificates ?? []), ...buyer.requiredCertificates])],
    exportDestinations: request?.exportDestination ? [request.exportDestination] : [...buyer.exportDestinations],
  };
}

/**
 * The score and components of a demo match, as the matching engine computes them on the day of
 * the event. A pair the engine would not suggest (another KBLI division) still gets its row,
 * with score 0 and no components: staff made these matches by hand.
 */
export function demoMatchScore(sme: DemoEnterprise, buyer: DemoBuyer, request: DemoSourcingRequest | undefined, eventDay: Date) {
  const context = { validOn: eventDay, officeCity: "Semarang", weights: defaultWeights, historyPolicy: "penalise" as const };
  const result = scorePair(demoSupplier(sme), demoDemand(buyer, request), context);
  return result.excluded ? { score: 0, components: [], manual: true } : { score: result.score, components: storedComponents(result.components), manual: false };
}

export function buildEventRows() {
  const staffId = demoId("user", STAFF_EMAIL);
  const events: Prisma.EventCreateManyInput[] = [];
  const sessions: Prisma.EventSessionCreateManyInput[] = [];
  const participants: Prisma.EventParticipantCreateManyInput[] = [];
  const matches: Prisma.MatchCreateManyInput[] = [];
  const meetings: Prisma.MeetingCreateManyInput[] = [];

  for (const event of demoEvents) {
    const eventId = demoId("event", event.slug);
    const startsAt = new Date(event.startsAt);
    events.push({
      id: eventId, slug: event.slug, title: event.title, kind: event.kind, quarter: event.quarter, description: event.description,
      venue: event.venue, venueAddress: event.venueAddress, startsAt, endsAt: new Date(event.endsAt),
      registrationOpensAt: new Date(event.registrationOpensAt), registrationClosesAt: new Date(event.registrationClosesAt),
      status: event.status, slotMinutes: event.slotMinutes, tableCount: event.tableCount,
      capacitySme: event.capacity.sme, capacityBuyer: event.capacity.buyer, capacityPartner: event.capacity.partner,
      createdById: staffId, createdAt: new Date(new Date(event.registrationOpensAt).getTime() - 14 * 86_400_000),
    });

    const eventSessions = event.sessions.map((session) => ({ startsAt: new Date(session.from), endsAt: new Date(session.until) }));
    eventSessions.forEach((session, index) => sessions.push({ id: demoId("event-session", `${event.slug}:${index}`), eventId, ...session }));
    const slotTimes = eventSlots(eventSessions, event.slotMinutes);

    const participantId = (kind: ParticipantKind, slug: string) => demoId("participant", `${event.slug}:${kind}:${slug}`);
    const add = (kind: ParticipantKind, list: DemoEvent["smes"]) =>
      list.forEach(({ party, status }, index) => {
        const present = event.status === "COMPLETED" && status === "APPROVED";
        participants.push({
          id: participantId(kind, party), eventId, kind, status,
          enterpriseId: kind === "SME" ? demoId("enterprise", lookup(demoEnterprises, party, "enterprise").slug) : null,
          buyerId: kind === "BUYER" ? demoId("buyer", lookup(demoBuyers, party, "buyer").slug) : null,
          partnerOrganizationId: kind === "PARTNER" ? demoId("partner", lookup(demoPartners, party, "partner").slug) : null,
          checkedInAt: present ? new Date(startsAt.getTime() + (10 + index * 3) * 60_000) : null,
          // Random like the real ones (lib/events/mutations.ts): a code printed in a QR is a key.
          checkInCode: status === "APPROVED" ? newCheckInCode() : null,
          decidedAt: status === "APPLIED" ? null : new Date(new Date(event.registrationClosesAt).getTime() + (index + 1) * 3_600_000),
          createdAt: new Date(new Date(event.registrationOpensAt).getTime() + (index + 1) * 86_400_000),
        });
      });
    add("SME", event.smes);
    add("BUYER", event.buyers);
    add("PARTNER", event.partners);

    const slots = new Map<number, { parties: Set<string>; tables: number }>();
    for (const meeting of event.meetings ?? []) {
      const sme = lookup(demoEnterprises, meeting.sme, "enterprise");
      const buyer = lookup(demoBuyers, meeting.buyer, "buyer");
      const request = demoSourcingRequests.find(
        (item) => item.buyer === buyer.slug && [sme.kbli, ...(sme.extraKbli ?? [])].includes(item.kbli),
      );
      const matchId = demoId("match", `${event.slug}:${sme.slug}:${buyer.slug}`);
      matches.push({
        id: matchId, eventId, enterpriseId: demoId("enterprise", sme.slug), buyerId: demoId("buyer", buyer.slug),
        sourcingRequestId: request ? demoId("sourcing-request", request.key) : null,
        ...demoMatchScore(sme, buyer, request, startsAt), status: "APPROVED", smeResponse: "ACCEPTED", buyerResponse: "ACCEPTED",
      });

      // Earliest slot where both parties are free and a table is left.
      const smeParticipant = participantId("SME", sme.slug);
      const buyerParticipant = participantId("BUYER", buyer.slug);
      let slot = 0;
      let tableNumber = 0;
      for (; slot < slotTimes.length; slot++) {
        const used = slots.get(slot) ?? { parties: new Set<string>(), tables: 0 };
        if (!used.parties.has(smeParticipant) && !used.parties.has(buyerParticipant) && used.tables < event.tableCount) {
          used.parties.add(smeParticipant).add(buyerParticipant);
          tableNumber = ++used.tables;
          slots.set(slot, used);
          break;
        }
      }
      const placed = slotTimes[slot];
      if (!placed) throw new Error(`demo event ${event.slug} has no free slot for ${sme.slug} and ${buyer.slug}`);
      const valued = meeting.outcome === "DEAL" || meeting.outcome === "PURCHASE_ORDER";
      const value = valued && meeting.dealJuta ? juta(meeting.dealJuta) : null;
      // Both sides recorded the same result that evening; a no-show has none.
      meetings.push({
        id: demoId("meeting", `${event.slug}:${sme.slug}:${buyer.slug}`), eventId, matchId,
        smeParticipantId: smeParticipant, buyerParticipantId: buyerParticipant,
        status: meeting.outcome ? "HELD" : "NO_SHOW", startsAt: placed.startsAt, endsAt: placed.endsAt, tableNumber,
        smeOutcome: meeting.outcome, buyerOutcome: meeting.outcome, smeValueRupiah: value, buyerValueRupiah: value,
        outcome: meeting.outcome, dealValueRupiah: value,
        outcomeAt: meeting.outcome ? new Date(placed.endsAt.getTime() + 4 * 3_600_000) : null,
        notes: meeting.notes ?? (meeting.outcome ? null : "Pembeli tidak hadir di meja pada jadwal ini."),
      });
    }

    for (const vetoed of event.vetoed ?? []) {
      const sme = lookup(demoEnterprises, vetoed.sme, "enterprise");
      const buyer = lookup(demoBuyers, vetoed.buyer, "buyer");
      matches.push({
        id: demoId("match", `${event.slug}:${sme.slug}:${buyer.slug}`), eventId,
        enterpriseId: demoId("enterprise", sme.slug), buyerId: demoId("buyer", buyer.slug),
        ...demoMatchScore(sme, buyer, undefined, startsAt), status: "VETOED", staffNote: vetoed.staffNote,
      });
    }
  }

  const auditLogs: Prisma.AuditLogCreateManyInput[] = [
    { actorId: demoId("user", DEMO_ADMIN_EMAIL), action: "user.create", entityType: "User", entityId: staffId,
      data: { role: "STAFF" }, createdAt: new Date("2026-06-01T09:00:00+07:00") },
    { actorId: staffId, action: "enterprise.publish", entityType: "Enterprise", entityId: demoId("enterprise", "batik-sekar-asem"),
      data: { grade: "A" }, createdAt: new Date("2026-07-08T10:15:00+07:00") },
    { actorId: staffId, action: "enterprise.request-revision", entityType: "Enterprise", entityId: demoId("enterprise", "mendoan-beku-mbak-sari"),
      data: { note: "Lengkapi nomor P-IRT dan foto proses produksi." }, createdAt: new Date("2026-11-20T13:40:00+07:00") },
    { actorId: staffId, action: "event.complete", entityType: "Event", entityId: demoId("event", completedEvent.slug),
      data: { meetings: completedEvent.meetings?.length ?? 0 }, createdAt: new Date("2026-09-16T16:30:00+07:00") },
    { actorId: staffId, action: "event.publish", entityType: "Event", entityId: demoId("event", upcomingEvent.slug),
      createdAt: new Date("2026-10-28T09:00:00+07:00") },
  ];

  return { events, sessions, participants, matches, meetings, auditLogs };
}
