// Rows for the demo events: participants, matches with score components, meetings packed into
// slots (one table per meeting per slot, no party in two meetings at once), and a few audit
// entries. Pure: no database access.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CertificateType, ParticipantKind } from "@/lib/generated/prisma/enums";
import { demoBuyers, demoPartners } from "./buyers";
import { demoEnterprises, demoId, juta, scaleForCapital } from "./build-rows";
import { demoCertificates } from "./certificates";
import { completedEvent, upcomingEvent } from "./events";
import { demoSourcingRequests, DEMO_ADMIN_EMAIL } from "./sourcing";
import type { DemoBuyer, DemoEnterprise, DemoEvent } from "./types";

export const demoEvents: readonly DemoEvent[] = [completedEvent, upcomingEvent];
const STAFF_EMAIL = "staf@temu-usaha.test";

function lookup<T extends { slug: string }>(items: readonly T[], slug: string, what: string): T {
  const found = items.find((item) => item.slug === slug);
  if (!found) throw new Error(`demo event refers to an unknown ${what} "${slug}"`);
  return found;
}

const foodPermits = new Set<CertificateType>(["HALAL", "PIRT", "BPOM_MD"]);
const weights = { sector: 35, certificates: 20, capacity: 15, exportReadiness: 15, location: 15 } as const;

/** Score components of an SME-buyer pair, in the shape { key: { value 0-1, points } }. */
export function matchComponents(sme: DemoEnterprise, buyer: DemoBuyer) {
  const codes = [sme.kbli, ...(sme.extraKbli ?? [])];
  const sector = codes.some((code) => buyer.kbli.includes(code))
    ? 1
    : codes.some((code) => buyer.kbli.some((wanted) => wanted.slice(0, 2) === code.slice(0, 2)))
      ? 0.5
      : 0;
  const held = new Set(demoCertificates.filter((cert) => cert.enterprise === sme.slug).map((cert) => cert.type));
  // Food permits (Halal, P-IRT, BPOM MD) say nothing about a batik or furniture maker.
  const makesFood = ["10", "11", "21"].includes(sme.kbli.slice(0, 2));
  const required = buyer.requiredCertificates.filter((type) => makesFood || !foodPermits.has(type));
  const certificates = required.length === 0 ? 1 : required.filter((type) => held.has(type)).length / required.length;
  const scale = scaleForCapital(juta(sme.capitalJuta));
  const capacity = scale === "MIKRO" ? 0.6 : scale === "KECIL" ? 0.85 : 1;
  const exportBuyer = buyer.kind === "EXPORTER" || buyer.kind === "IMPORTER";
  const exportReadiness = exportBuyer ? sme.readiness / 100 : 1;
  const location = buyer.country && buyer.country !== "ID" ? 0.4 : buyer.city === "Semarang" ? 1 : 0.6;
  const values = { sector, certificates, capacity, exportReadiness, location };
  const components = Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      { value: Math.round(value * 100) / 100, points: Math.round(value * weights[key as keyof typeof weights]) },
    ]),
  );
  const score = Object.values(components).reduce((sum, part) => sum + part.points, 0);
  return { score: Math.min(100, score), components };
}

export function buildEventRows() {
  const staffId = demoId("user", STAFF_EMAIL);
  const events: Prisma.EventCreateManyInput[] = [];
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
          createdAt: new Date(new Date(event.registrationOpensAt).getTime() + (index + 1) * 86_400_000),
        });
      });
    add("SME", event.smes);
    add("BUYER", event.buyers);
    add("PARTNER", event.partners);

    const slots = new Map<number, { parties: Set<string>; tables: number }>();
    const slotMs = event.slotMinutes * 60_000;
    const firstSlot = event.meetingsFrom ? new Date(event.meetingsFrom).getTime() : startsAt.getTime();
    for (const meeting of event.meetings ?? []) {
      const sme = lookup(demoEnterprises, meeting.sme, "enterprise");
      const buyer = lookup(demoBuyers, meeting.buyer, "buyer");
      const { score, components } = matchComponents(sme, buyer);
      const request = demoSourcingRequests.find(
        (item) => item.buyer === buyer.slug && [sme.kbli, ...(sme.extraKbli ?? [])].includes(item.kbli),
      );
      const matchId = demoId("match", `${event.slug}:${sme.slug}:${buyer.slug}`);
      matches.push({
        id: matchId, eventId, enterpriseId: demoId("enterprise", sme.slug), buyerId: demoId("buyer", buyer.slug),
        sourcingRequestId: request ? demoId("sourcing-request", request.key) : null,
        score, components, status: "APPROVED", smeResponse: "ACCEPTED", buyerResponse: "ACCEPTED",
      });

      // Earliest slot where both parties are free and a table is left.
      const smeParticipant = participantId("SME", sme.slug);
      const buyerParticipant = participantId("BUYER", buyer.slug);
      let slot = 0;
      let tableNumber = 0;
      for (;; slot++) {
        const used = slots.get(slot) ?? { parties: new Set<string>(), tables: 0 };
        if (!used.parties.has(smeParticipant) && !used.parties.has(buyerParticipant) && used.tables < event.tableCount) {
          used.parties.add(smeParticipant).add(buyerParticipant);
          tableNumber = ++used.tables;
          slots.set(slot, used);
          break;
        }
      }
      const meetingStart = new Date(firstSlot + slot * slotMs);
      const valued = meeting.outcome === "DEAL" || meeting.outcome === "PURCHASE_ORDER";
      meetings.push({
        id: demoId("meeting", `${event.slug}:${sme.slug}:${buyer.slug}`), eventId, matchId,
        smeParticipantId: smeParticipant, buyerParticipantId: buyerParticipant,
        status: meeting.outcome ? "HELD" : "NO_SHOW", startsAt: meetingStart, endsAt: new Date(meetingStart.getTime() + slotMs),
        tableNumber, outcome: meeting.outcome, dealValueRupiah: valued && meeting.dealJuta ? juta(meeting.dealJuta) : null,
        notes: meeting.notes ?? (meeting.outcome ? null : "Pembeli tidak hadir di meja pada jadwal ini."),
      });
    }

    for (const vetoed of event.vetoed ?? []) {
      const sme = lookup(demoEnterprises, vetoed.sme, "enterprise");
      const buyer = lookup(demoBuyers, vetoed.buyer, "buyer");
      matches.push({
        id: demoId("match", `${event.slug}:${sme.slug}:${buyer.slug}`), eventId,
        enterpriseId: demoId("enterprise", sme.slug), buyerId: demoId("buyer", buyer.slug),
        ...matchComponents(sme, buyer), status: "VETOED", staffNote: vetoed.staffNote,
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

  return { events, participants, matches, meetings, auditLogs };
}
