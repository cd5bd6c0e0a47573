// Registering an organisation's people at an event (issue 20, point 1): up to the event's limit,
// each with their own check-in code; name and a phone or email required (Indonesian messages);
// the first one (the organisation's contact) can be named but not removed; a person seated in
// placed meetings is removed only when every seat passes to a colleague free then. The event
// form carries the limit and the seats per table. Every refusal changes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { catalogs } from "@/lib/i18n/messages";
import {
  addOwnRepresentativeAction,
  addRepresentativeAction,
  removeOwnRepresentativeAction,
  removeRepresentativeAction,
  updateOwnRepresentativeAction,
} from "@/lib/representatives/actions";
import { addRepresentative } from "@/lib/representatives/mutations";
import { UserFacingError } from "@/lib/auth/action";
import { resetData } from "./reset";
import { form, redirectTarget, signInAs } from "./support/actions";
import { addParticipant, placeMeeting, seedEventDay } from "./support/event-day";
import { seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };
const errors = catalogs.id.EventRegistration.representatives.errors;
const key = (name: keyof typeof errors) => `EventRegistration.representatives.errors.${name}`;

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

const people = (participantId: string) => db.eventRepresentative.findMany({ where: { participantId }, orderBy: { position: "asc" } });

describe("registering representatives", () => {
  it("lets a buyer register people up to the event's limit, each with their own check-in code, and refuses one more", async () => {
    const day = await seedEventDay();
    await db.event.update({ where: { id: day.event.id }, data: { representativeLimit: 2 } });
    signInAs(day.buyerA.session);
    const added = await addOwnRepresentativeAction(initial, form({ eventId: day.event.id, name: " Rina Wulandari ", phone: "0812-3456-7890" }));
    expect(added).toEqual({ ok: true, message: "EventRegistration.representatives.added" });
    const [first, second] = await people(day.pBuyerA.id);
    expect(first).toMatchObject({ position: 1, name: null });
    expect(second).toMatchObject({ position: 2, name: "Rina Wulandari", phone: "0812-3456-7890", email: null });
    expect(second?.checkInCode).toMatch(/^[2-9a-z]{10}$/);
    expect(second?.checkInCode).not.toBe(day.pBuyerA.checkInCode);

    const third = await addOwnRepresentativeAction(initial, form({ eventId: day.event.id, name: "Budi Santoso", email: "budi@pembeli.test" }));
    expect(third).toMatchObject({ ok: false, message: key("limitReached") });
    expect(errors.limitReached).toBe("Batas wakil untuk acara ini sudah tercapai.");
    expect(await people(day.pBuyerA.id)).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "representative.add", actorId: day.buyerA.user.id } })).toBe(1);
  });

  it("refuses people past the limit also when several are sent at once, each refusal saying why", async () => {
    const day = await seedEventDay();
    await db.event.update({ where: { id: day.event.id }, data: { representativeLimit: 2 } });
    const staff = await seedStaff("meja");
    const results = await Promise.all(
      ["Ani", "Bayu", "Citra"].map((name) =>
        db
          .$transaction((tx) => addRepresentative(tx, staff.user.id, day.event.id, day.pSmeA.id, { name, phone: null, email: `${name.toLowerCase()}@ikm.test` }))
          .then(() => ({ ok: true, message: undefined }), (error: unknown) => ({ ok: false, message: error instanceof UserFacingError ? error.key : String(error) })),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    // The others are told why (the participant row is locked first), not failed on the position key.
    expect(results.filter((result) => !result.ok).map((result) => result.message)).toEqual([key("limitReached"), key("limitReached")]);
    expect((await people(day.pSmeA.id)).map((person) => person.position)).toEqual([1, 2]);
    signInAs(staff.session);
    expect(await addRepresentativeAction(initial, form({ eventId: day.event.id, participantId: day.pSmeA.id, name: "Dewi", phone: "0241234567" }))).toMatchObject({ ok: false, message: key("limitReached") });
  });

  it("checks name and contact with Indonesian messages, and a refused form changes nothing", async () => {
    const day = await seedEventDay();
    signInAs(day.smeA.session);
    const send = (fields: Record<string, string>) => addOwnRepresentativeAction(initial, form({ eventId: day.event.id, ...fields }));
    expect(await send({ name: "", phone: "081234567890" })).toMatchObject({ ok: false, fieldErrors: { name: [key("name")] } });
    expect(await send({ name: "Sari Dewi" })).toMatchObject({ ok: false, fieldErrors: { phone: [key("contactMissing")] } });
    expect(await send({ name: "Sari Dewi", phone: "12ab" })).toMatchObject({ ok: false, fieldErrors: { phone: [key("phone")] } });
    expect(await send({ name: "Sari Dewi", email: "sari@" })).toMatchObject({ ok: false, fieldErrors: { email: [key("email")] } });
    expect(errors.contactMissing).toBe("Isi nomor telepon/WhatsApp atau email agar wakil dapat dihubungi.");
    expect(await people(day.pSmeA.id)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "representative.add" } })).toBe(0);
  });

  it("names the organisation's contact, and never lets a party edit or remove another party's people", async () => {
    const day = await seedEventDay();
    const [contact] = await people(day.pBuyerA.id);
    signInAs(day.buyerA.session);
    const named = await updateOwnRepresentativeAction(initial, form({ eventId: day.event.id, representativeId: contact!.id, name: "Hendra Gunawan", email: "HENDRA@Sarinah.test" }));
    expect(named).toEqual({ ok: true, message: "EventRegistration.representatives.saved" });
    expect(await db.eventRepresentative.findUniqueOrThrow({ where: { id: contact!.id } })).toMatchObject({ position: 1, name: "Hendra Gunawan", email: "hendra@sarinah.test" });

    signInAs(day.smeA.session);
    const foreign = await updateOwnRepresentativeAction(initial, form({ eventId: day.event.id, representativeId: contact!.id, name: "Penyusup", phone: "0811111111" }));
    expect(foreign).toMatchObject({ ok: false, message: key("notFound") });
    signInAs((await seedSme("lain", ["10794"])).session);
    expect(await addOwnRepresentativeAction(initial, form({ eventId: day.event.id, name: "Orang Luar", phone: "0811111111" }))).toMatchObject({ ok: false, message: key("notFound") });
    expect(await db.eventRepresentative.findUniqueOrThrow({ where: { id: contact!.id } })).toMatchObject({ name: "Hendra Gunawan" });
  });
});

describe("removing representatives", () => {
  it("never removes the first; a seated person's meetings pass to a free colleague; refused when nobody is free then", async () => {
    const day = await seedEventDay();
    signInAs(day.buyerA.session);
    const [contact] = await people(day.pBuyerA.id);
    expect(await removeOwnRepresentativeAction(initial, form({ eventId: day.event.id, representativeId: contact!.id }))).toMatchObject({ ok: false, message: key("firstStays") });

    // Rina takes buyer A's meeting at slot 1; the contact is free then (only busy at slot 0).
    await addOwnRepresentativeAction(initial, form({ eventId: day.event.id, name: "Rina Wulandari", phone: "081234567890" }));
    const rina = (await people(day.pBuyerA.id))[1]!;
    await db.meetingSeat.updateMany({ where: { meetingId: day.m2.id, participantId: day.pBuyerA.id }, data: { representativeId: rina.id } });
    expect(await removeOwnRepresentativeAction(initial, form({ eventId: day.event.id, representativeId: rina.id }))).toEqual({ ok: true, message: "EventRegistration.representatives.removed" });
    expect(await db.meetingSeat.findFirstOrThrow({ where: { meetingId: day.m2.id, participantId: day.pBuyerA.id } })).toMatchObject({ representativeId: contact!.id, active: true });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "representative.remove", entityId: rina.id } })).toMatchObject({ data: { seatsMoved: 1 } });

    // Budi sits at slot 0 beside the contact's meeting there: nobody else is free then.
    await addOwnRepresentativeAction(initial, form({ eventId: day.event.id, name: "Budi Santoso", phone: "081298765432" }));
    const budi = (await people(day.pBuyerA.id))[1]!;
    const smeC = await addParticipant(day.event.id, { enterpriseId: (await seedSme("ikm-c", ["10794"])).enterprise.id });
    const both = await placeMeeting(day.event, smeC.id, day.pBuyerA.id, 0, 3);
    expect(await db.meetingSeat.findFirstOrThrow({ where: { meetingId: both.id, participantId: day.pBuyerA.id } })).toMatchObject({ representativeId: budi.id });
    signInAs((await seedStaff("meja")).session);
    const refused = await removeRepresentativeAction(initial, form({ eventId: day.event.id, participantId: day.pBuyerA.id, representativeId: budi.id }));
    expect(refused).toMatchObject({ ok: false, message: key("seatedNoColleague") });
    expect(await people(day.pBuyerA.id)).toHaveLength(2);
    expect(await db.meetingSeat.findFirstOrThrow({ where: { meetingId: both.id, participantId: day.pBuyerA.id } })).toMatchObject({ representativeId: budi.id });

    // Once that meeting is cancelled, Budi holds no seat and can go.
    await db.meeting.update({ where: { id: both.id }, data: { status: "CANCELLED" } });
    expect(await removeRepresentativeAction(initial, form({ eventId: day.event.id, participantId: day.pBuyerA.id, representativeId: budi.id }))).toMatchObject({ ok: true });
    expect((await people(day.pBuyerA.id)).map((person) => person.id)).toEqual([contact!.id]);
  });
});

describe("event settings for representatives and tables", () => {
  const eventFields = {
    title: "Temu Usaha Triwulan I 2027",
    kind: "BUSINESS_MATCHING",
    description: "Temu bisnis IKM Kota Semarang dengan pembeli ritel dan eksportir.",
    venue: "Balai Kota Semarang",
    startDate: "2027-03-17",
    startTime: "08:00",
    endDate: "2027-03-17",
    endTime: "16:00",
    slotMinutes: "20",
    tableCount: "10",
    pendingRequestLimit: "10",
    requestExpiryHours: "72",
  };

  it("saves the representative limit (1-10) and seats per table (2-12), keeps them when left empty, and refuses a limit below registered people", async () => {
    signInAs((await seedStaff("acara")).session);
    const created = await createEventAction(initial, form({ ...eventFields, representativeLimit: "4", tableSeats: "5" })).catch((error: unknown) => ({ redirect: redirectTarget(error) }));
    const eventId = /\/staf\/acara\/([a-z0-9]+)/.exec((created as { redirect?: string }).redirect ?? "")?.[1];
    expect(eventId).toBeTruthy();
    expect(await db.event.findUniqueOrThrow({ where: { id: eventId! } })).toMatchObject({ representativeLimit: 4, tableSeats: 5 });

    const bad = await updateEventAction(initial, form({ ...eventFields, eventId: eventId!, representativeLimit: "11", tableSeats: "1" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { representativeLimit: ["EventAdmin.errors.representativeLimit"], tableSeats: ["EventAdmin.errors.tableSeats"] } });
    expect(await updateEventAction(initial, form({ ...eventFields, eventId: eventId! }))).toMatchObject({ ok: true });
    expect(await db.event.findUniqueOrThrow({ where: { id: eventId! } })).toMatchObject({ representativeLimit: 4, tableSeats: 5 });

    const sme = await seedSme("wakil-banyak", ["10794"]);
    const participant = await addParticipant(eventId!, { enterpriseId: sme.enterprise.id });
    await db.eventRepresentative.createMany({ data: [2, 3].map((position) => ({ participantId: participant.id, position, name: `Wakil ${position}` })) });
    const below = await updateEventAction(initial, form({ ...eventFields, eventId: eventId!, representativeLimit: "2" }));
    expect(below).toMatchObject({ ok: false, fieldErrors: { representativeLimit: ["EventAdmin.errors.representativeLimitBelowRegistered"] } });
    expect(await db.event.findUniqueOrThrow({ where: { id: eventId! } })).toMatchObject({ representativeLimit: 4 });
  });
});
