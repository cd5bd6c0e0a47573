// Registration below the browser: SMEs, buyers and partners apply for their own party while the
// window is open (once per event), name the slots they cannot attend, and withdraw while not
// checked in; nobody can register or withdraw another party; bad input changes nothing.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { registerForEventAction, withdrawRegistrationAction } from "@/lib/events/actions";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { seedBuyer, seedSme, seedStaff, sessionOf } from "./support/sourcing";
import { uniqueEmail } from "./support/accounts";

const initial: FormState = { ok: false };
const day = 86_400_000;

/** A published event a week ahead with a 09:00-10:00 WIB session of 30-minute slots. */
async function seedEvent(window: { opens?: number; closes?: number } = {}) {
  const startsAt = new Date(Math.ceil(Date.now() / day) * day + 7 * day + 1 * 3_600_000);
  return db.event.create({
    data: {
      slug: `acara-${Math.random().toString(36).slice(2, 8)}`,
      title: "Temu Usaha Uji",
      kind: "BUSINESS_MATCHING",
      quarter: "2027-Q1",
      description: "Acara untuk pengujian pendaftaran.",
      venue: "Balai Kota",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      registrationOpensAt: new Date(Date.now() + (window.opens ?? -day)),
      registrationClosesAt: new Date(Date.now() + (window.closes ?? 3 * day)),
      status: "PUBLISHED",
      slotMinutes: 30,
      sessions: { create: [{ startsAt: new Date(startsAt.getTime() + 3_600_000), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000) }] },
    },
    include: { sessions: true },
  });
}

const register = (fields: Record<string, string>) => registerForEventAction(initial, form(fields));
const withdraw = (eventId: string) => withdrawRegistrationAction(initial, form({ eventId }));

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("registering", () => {
  it("applies the session's own party once, with the note and unavailable slots, and audits it", async () => {
    const event = await seedEvent();
    const sme = await seedSme("batik-a", []);
    const other = await seedSme("batik-b", []);
    signInAs(sme.session);
    const slot = event.sessions[0]!.startsAt.toISOString();
    // A party in the form is ignored: the party comes from the session.
    expect(await register({ eventId: event.id, note: "Batik tulis warna alam", unavailableSlots: slot, enterpriseId: other.enterprise.id })).toMatchObject({ ok: true });
    expect(await register({ eventId: event.id })).toMatchObject({ ok: false, message: "EventRegistration.errors.alreadyRegistered" });
    const rows = await db.eventParticipant.findMany({ where: { eventId: event.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: "SME", enterpriseId: sme.enterprise.id, status: "APPLIED", applicationNote: "Batik tulis warna alam", unavailableSlots: [new Date(slot)] });
    expect(await db.auditLog.count({ where: { action: "event.register", actorId: sme.owner.id } })).toBe(1);
  });

  it("registers buyers and partners as their organisation", async () => {
    const event = await seedEvent();
    const buyer = await seedBuyer("toko-a");
    signInAs(buyer.session);
    expect(await register({ eventId: event.id })).toMatchObject({ ok: true });
    const partnerOrg = await db.partnerOrganization.create({ data: { slug: "bank-uji", name: "Bank Uji", kind: "HIMBARA_BANK" } });
    const partner = await db.user.create({ data: { email: uniqueEmail("mitra"), name: "Mitra", role: "PARTNER", partnerOrganizationId: partnerOrg.id } });
    signInAs(sessionOf(partner, { partnerOrganizationId: partnerOrg.id } as Partial<SessionUser>));
    expect(await register({ eventId: event.id })).toMatchObject({ ok: true });
    const kinds = await db.eventParticipant.findMany({ where: { eventId: event.id }, select: { kind: true, buyerId: true, partnerOrganizationId: true }, orderBy: { kind: "asc" } });
    expect(kinds).toEqual([
      { kind: "BUYER", buyerId: buyer.organization.id, partnerOrganizationId: null },
      { kind: "PARTNER", buyerId: null, partnerOrganizationId: partnerOrg.id },
    ]);
  });

  it("refuses outside the window, without a party, for unpublished SMEs, for staff, and on bad input; nothing is saved", async () => {
    const notYet = await seedEvent({ opens: day, closes: 2 * day });
    const closed = await seedEvent({ opens: -2 * day, closes: -day });
    const open = await seedEvent();
    const sme = await seedSme("batik-c", []);
    signInAs(sme.session);
    expect(await register({ eventId: notYet.id })).toMatchObject({ message: "EventRegistration.errors.notOpen" });
    expect(await register({ eventId: closed.id })).toMatchObject({ message: "EventRegistration.errors.notOpen" });
    expect(await register({ eventId: open.id, note: "x".repeat(1001) })).toMatchObject({ fieldErrors: { note: ["EventRegistration.errors.noteTooLong"] } });
    expect(await register({ eventId: open.id, unavailableSlots: "2030-01-01T00:00:00.000Z" })).toMatchObject({ fieldErrors: { unavailableSlots: ["EventRegistration.errors.slots"] } });
    expect(await register({ eventId: "Robert'); DROP TABLE" })).toMatchObject({ ok: false });

    const draft = await seedSme("batik-draf", [], "DRAFT");
    signInAs(draft.session);
    expect(await register({ eventId: open.id })).toMatchObject({ message: "EventRegistration.errors.smeNotPublished" });
    const orphan = await db.user.create({ data: { email: uniqueEmail("tanpa-usaha"), name: "Tanpa Usaha", role: "SME" } });
    signInAs(sessionOf(orphan));
    expect(await register({ eventId: open.id })).toMatchObject({ message: "EventRegistration.errors.noParty" });
    signInAs((await seedStaff("rina")).session);
    expect(await register({ eventId: open.id })).toMatchObject({ message: "Errors.forbidden" });
    signInAs(null);
    expect(await register({ eventId: open.id })).toMatchObject({ message: "Errors.signInRequired" });

    expect(await db.eventParticipant.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "event.register" } })).toBe(0);
  });
});

describe("withdrawing", () => {
  it("withdraws only the user's own registration, not after check-in, and may apply again", async () => {
    const event = await seedEvent();
    const a = await seedSme("batik-d", []);
    const b = await seedSme("batik-e", []);
    signInAs(a.session);
    await register({ eventId: event.id });

    signInAs(b.session);
    expect(await withdraw(event.id)).toMatchObject({ ok: false, message: "EventRegistration.errors.notRegistered" });
    expect((await db.eventParticipant.findFirstOrThrow({ where: { enterpriseId: a.enterprise.id } })).status).toBe("APPLIED");

    signInAs(a.session);
    expect(await withdraw(event.id)).toMatchObject({ ok: true });
    expect((await db.eventParticipant.findFirstOrThrow({ where: { enterpriseId: a.enterprise.id } })).status).toBe("WITHDRAWN");
    expect(await register({ eventId: event.id, note: "Kembali ikut" })).toMatchObject({ ok: true });
    const again = await db.eventParticipant.findFirstOrThrow({ where: { enterpriseId: a.enterprise.id } });
    expect(again).toMatchObject({ status: "APPLIED", applicationNote: "Kembali ikut" });
    expect(await db.eventParticipant.count()).toBe(1);

    await db.eventParticipant.update({ where: { id: again.id }, data: { status: "APPROVED", checkInCode: "kode-uji-0123456789abcdef", checkedInAt: new Date() } });
    expect(await withdraw(event.id)).toMatchObject({ ok: false, message: "EventRegistration.errors.cannotWithdraw" });
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: again.id } })).status).toBe("APPROVED");
  });
});
