// Staff's event management below the browser: create and edit events with their meeting
// sessions (bad input changes nothing), the life of an event (publish, back to draft only while
// nobody is approved, cancel, complete), and decisions on registrations within each kind's
// capacity, also when two staff approve the last place at the same moment; approvals are mailed
// with the event as an .ics attachment.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { changeEventStatusAction, createEventAction, decideParticipantsAction, updateEventAction } from "@/lib/events/actions";
import { decideParticipants } from "@/lib/events/mutations";
import type { ParticipantKind, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { resetData } from "./reset";
import { form, redirectTarget, signInAs } from "./support/actions";
import { isCheckInCode } from "@/lib/events/check-in-code";
import { mailTo } from "./support/accounts";
import { seedBuyer, seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

const eventFields = {
  title: "Temu Usaha Triwulan I 2027",
  kind: "BUSINESS_MATCHING",
  quarter: "",
  description: "Temu bisnis IKM Kota Semarang dengan pembeli ritel dan eksportir.",
  venue: "Balai Kota Semarang",
  venueAddress: "Jl. Pemuda No. 148",
  startDate: "2027-03-17",
  startTime: "08:00",
  endDate: "2027-03-17",
  endTime: "16:00",
  opensDate: "2027-02-01",
  opensTime: "08:00",
  closesDate: "2027-03-10",
  closesTime: "17:00",
  capacitySme: "2",
  capacityBuyer: "",
  capacityPartner: "",
  slotMinutes: "20",
  tableCount: "10",
  pendingRequestLimit: "10",
  requestExpiryHours: "72",
  sessionDate: ["2027-03-17", "2027-03-17", ""],
  sessionFrom: ["09:00", "13:00", ""],
  sessionUntil: ["12:00", "15:00", ""],
};

/**
 * Creating, changing the status and deciding end in a redirect back to a staff page: that is how
 * success looks from outside. The redirect's target is returned as `location`.
 */
async function followed(call: Promise<FormState>): Promise<FormState & { location?: string }> {
  try {
    return await call;
  } catch (error) {
    const location = redirectTarget(error);
    if (location === undefined) throw error;
    return { ok: true, location };
  }
}

async function create(fields: Record<string, string | string[]>): Promise<FormState & { id?: string }> {
  const result = await followed(createEventAction(initial, form(fields)));
  return { ...result, id: /\/staf\/acara\/([a-z0-9]+)/.exec(result.location ?? "")?.[1] };
}

const decide = (fields: Record<string, string | string[]>) => followed(decideParticipantsAction(initial, form(fields)));

async function counts() {
  return { events: await db.event.count(), sessions: await db.eventSession.count(), audits: await db.auditLog.count() };
}

async function publishedEvent(capacity: Partial<Record<"capacitySme" | "capacityBuyer", number | null>> = {}) {
  return db.event.create({
    data: {
      slug: `acara-${Math.random().toString(36).slice(2, 8)}`,
      title: "Temu Usaha Uji",
      kind: "BUSINESS_MATCHING",
      quarter: "2027-Q1",
      description: "Acara untuk pengujian keputusan peserta.",
      venue: "Balai Kota",
      startsAt: new Date("2027-03-17T01:00:00Z"),
      endsAt: new Date("2027-03-17T09:00:00Z"),
      status: "PUBLISHED",
      capacitySme: 2,
      ...capacity,
    },
  });
}

async function participant(eventId: string, kind: ParticipantKind, party: { enterpriseId?: string; buyerId?: string }, status: ParticipantStatus = "APPLIED") {
  return db.eventParticipant.create({ data: { eventId, kind, status, ...party } });
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("creating and editing an event", () => {
  it("saves a draft with its sessions, a slug from the title (unique), the quarter from the date, and an audit row", async () => {
    const staff = await seedStaff("rina");
    signInAs(staff.session);
    const first = await create(eventFields);
    const second = await create(eventFields);
    expect(first.ok && second.ok).toBe(true);
    const events = await db.event.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, slug: true, status: true, quarter: true, capacityBuyer: true, sessions: { select: { startsAt: true } } } });
    expect(events.map((event) => event.slug)).toEqual(["temu-usaha-triwulan-i-2027", "temu-usaha-triwulan-i-2027-2"]);
    expect(events[0]).toMatchObject({ id: first.id, status: "DRAFT", quarter: "2027-Q1", capacityBuyer: null });
    expect(events[0]!.sessions).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "event.create", actorId: staff.user.id } })).toBe(2);
  });

  it("refuses overlapping sessions, sessions outside the event and an end before the start, saving nothing", async () => {
    signInAs((await seedStaff("rina")).session);
    const before = await counts();
    const overlap = await create({ ...eventFields, sessionFrom: ["09:00", "11:00", ""] });
    expect(overlap.fieldErrors).toMatchObject({ "sessions.0": ["EventAdmin.errors.sessionOverlap"], "sessions.1": ["EventAdmin.errors.sessionOverlap"] });
    const outside = await create({ ...eventFields, sessionDate: ["2027-03-18", "2027-03-17", ""] });
    expect(outside.fieldErrors).toMatchObject({ "sessions.0": ["EventAdmin.errors.sessionOutsideEvent"] });
    const backwards = await create({ ...eventFields, endTime: "07:00" });
    expect(backwards.fieldErrors).toMatchObject({ endDate: ["EventAdmin.errors.endBeforeStart"] });
    expect(await counts()).toEqual(before);
  });

  it("is staff's: an SME is refused and nothing is saved", async () => {
    signInAs((await seedSme("batik-a", [])).session);
    expect(await create(eventFields)).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect(await db.event.count()).toBe(0);
  });

  it("replaces the sessions on edit, keeps the slug, and refuses a capacity below the approved", async () => {
    signInAs((await seedStaff("rina")).session);
    const { id } = await create(eventFields);
    const saved = await updateEventAction(initial, form({ ...eventFields, eventId: id!, title: "Judul baru acara", sessionDate: ["2027-03-17"], sessionFrom: ["10:00"], sessionUntil: ["11:00"] }));
    expect(saved).toMatchObject({ ok: true });
    const event = await db.event.findUniqueOrThrow({ where: { id }, select: { slug: true, title: true, sessions: { select: { startsAt: true } } } });
    expect(event).toMatchObject({ slug: "temu-usaha-triwulan-i-2027", title: "Judul baru acara" });
    expect(event.sessions.map((session) => session.startsAt.toISOString())).toEqual(["2027-03-17T03:00:00.000Z"]);

    for (const slug of ["batik-b", "batik-b2"]) {
      const sme = await seedSme(slug, []);
      await participant(id!, "SME", { enterpriseId: sme.enterprise.id }, "APPROVED");
    }
    const zero = await updateEventAction(initial, form({ ...eventFields, eventId: id!, capacitySme: "0" }));
    expect(zero.fieldErrors?.capacitySme).toEqual(["EventAdmin.errors.capacity"]);
    const below = await updateEventAction(initial, form({ ...eventFields, eventId: id!, capacitySme: "1" }));
    expect(below.fieldErrors?.capacitySme).toEqual(["EventAdmin.errors.capacityBelowApproved"]);
    expect((await db.event.findUniqueOrThrow({ where: { id }, select: { capacitySme: true } })).capacitySme).toBe(2);
  });
});

describe("the life of an event", () => {
  it("publishes a draft, goes back to draft only while nobody is approved, and cancels", async () => {
    const staff = await seedStaff("rina");
    signInAs(staff.session);
    const { id } = await create(eventFields);
    const change = (to: string) => followed(changeEventStatusAction(initial, form({ eventId: id!, change: to })));
    expect(await change("publish")).toMatchObject({ ok: true, location: `/staf/acara/${id}?status=publish` });
    const sme = await seedSme("batik-c", []);
    const row = await participant(id!, "SME", { enterpriseId: sme.enterprise.id }, "APPROVED");
    expect(await change("unpublish")).toMatchObject({ ok: false, message: "EventAdmin.errors.unpublishApproved" });
    expect(await change("complete")).toMatchObject({ ok: false, message: "EventAdmin.errors.completeBeforeStart" });
    await db.eventParticipant.update({ where: { id: row.id }, data: { status: "WITHDRAWN" } });
    expect(await change("unpublish")).toMatchObject({ ok: true });
    expect(await change("cancel")).toMatchObject({ ok: true });
    expect(await change("publish")).toMatchObject({ ok: false, message: "EventAdmin.errors.statusChange" });
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audits.map((audit) => audit.action)).toEqual(["event.create", "event.publish", "event.unpublish", "event.cancel"]);
  });
});

describe("deciding on registrations", () => {
  it("approves within the kind's capacity, sets a check-in code, and mails the .ics", async () => {
    const staff = await seedStaff("rina");
    const event = await publishedEvent({ capacitySme: 1 });
    const [a, b] = [await seedSme("batik-d", []), await seedSme("batik-e", [])];
    const pa = await participant(event.id, "SME", { enterpriseId: a.enterprise.id });
    const pb = await participant(event.id, "SME", { enterpriseId: b.enterprise.id });
    signInAs(staff.session);

    const both = await decide({ eventId: event.id, decision: "approve", participantIds: [pa.id, pb.id], seenStatus: [`${pa.id}:APPLIED`, `${pb.id}:APPLIED`] });
    expect(both).toMatchObject({ ok: false, message: "EventAdmin.errors.capacityFullSME" });
    expect(await db.eventParticipant.count({ where: { status: "APPROVED" } })).toBe(0);

    expect(await decide({ eventId: event.id, decision: "approve", participantIds: pa.id, seenStatus: `${pa.id}:APPLIED` })).toMatchObject({ ok: true, location: `/staf/acara/${event.id}/peserta?jenis=SME&keputusan=approve` });
    expect(await decide({ eventId: event.id, decision: "approve", participantIds: pb.id, seenStatus: `${pb.id}:APPLIED` })).toMatchObject({ ok: false, message: "EventAdmin.errors.capacityFullSME" });
    expect(await decide({ eventId: event.id, decision: "waitlist", participantIds: pb.id, seenStatus: `${pb.id}:APPLIED` })).toMatchObject({ ok: true });

    const approved = await db.eventParticipant.findUniqueOrThrow({ where: { id: pa.id } });
    expect(approved.status).toBe("APPROVED");
    expect(approved.decidedAt).not.toBeNull();
    expect(isCheckInCode(approved.checkInCode!)).toBe(true);
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: pb.id } })).status).toBe("WAITLISTED");

    const [approval] = await mailTo(a.owner.email);
    expect(approval?.subject).toBe("Pendaftaran disetujui: Temu Usaha Uji");
    expect(approval?.attachments).toHaveLength(1);
    expect(approval?.attachments[0]).toMatchObject({ filename: `${event.slug}.ics`, contentType: "text/calendar" });
    expect(approval?.attachments[0]?.content).toContain("SUMMARY:Temu Usaha Uji");
    expect(approval?.attachments[0]?.content).toContain("DTSTART:20270317T010000Z");
    expect((await mailTo(b.owner.email))[0]?.subject).toBe("Daftar tunggu: Temu Usaha Uji");
    expect(await db.auditLog.count({ where: { action: "participant.approve", actorId: staff.user.id } })).toBe(1);
  });

  it("lets exactly one of two concurrent approvals take the last place", async () => {
    const staff = await seedStaff("rina");
    const event = await publishedEvent({ capacitySme: 2 });
    const smes = await Promise.all(["batik-f", "batik-g", "batik-h"].map((slug) => seedSme(slug, [])));
    await participant(event.id, "SME", { enterpriseId: smes[0]!.enterprise.id }, "APPROVED");
    const [p1, p2] = await Promise.all(smes.slice(1).map((sme) => participant(event.id, "SME", { enterpriseId: sme.enterprise.id })));
    const results = await Promise.allSettled(
      [p1!, p2!].map((row) => db.$transaction((tx) => decideParticipants(tx, staff.user.id, { eventId: event.id, decision: "approve", participantIds: [row.id], seenStatus: { [row.id]: "APPLIED" } }))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ key: "EventAdmin.errors.capacityFullSME" });
    expect(await db.eventParticipant.count({ where: { eventId: event.id, status: "APPROVED" } })).toBe(2);
  });

  it("counts capacity per kind, refuses decisions on withdrawn rows, other events' rows and non-staff", async () => {
    const staff = await seedStaff("rina");
    const event = await publishedEvent({ capacitySme: 1, capacityBuyer: 1 });
    const other = await publishedEvent();
    const sme = await seedSme("batik-i", []);
    const buyer = await seedBuyer("toko-i");
    await participant(event.id, "SME", { enterpriseId: sme.enterprise.id }, "APPROVED");
    const buyerRow = await participant(event.id, "BUYER", { buyerId: buyer.organization.id });
    const withdrawn = await participant(other.id, "SME", { enterpriseId: sme.enterprise.id }, "WITHDRAWN");

    signInAs(sme.session);
    expect(await decide({ eventId: event.id, decision: "approve", participantIds: buyerRow.id, seenStatus: `${buyerRow.id}:APPLIED` })).toMatchObject({ message: "Errors.forbidden" });
    signInAs(staff.session);
    expect(await decide({ eventId: event.id, decision: "approve", participantIds: buyerRow.id, seenStatus: `${buyerRow.id}:APPLIED` })).toMatchObject({ ok: true });
    expect(await decide({ eventId: other.id, decision: "approve", participantIds: withdrawn.id, seenStatus: `${withdrawn.id}:WITHDRAWN` })).toMatchObject({ message: "EventAdmin.errors.decisionNotAllowed" });
    expect(await decide({ eventId: other.id, decision: "approve", participantIds: buyerRow.id, seenStatus: `${buyerRow.id}:APPROVED` })).toMatchObject({ message: "EventAdmin.errors.participantNotFound" });
    expect(await db.eventParticipant.count({ where: { status: "APPROVED" } })).toBe(2);
  });
});
