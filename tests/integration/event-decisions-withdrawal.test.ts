// Staff's decisions never overwrite a participant's withdrawal. A decision carries the status
// staff saw when they opened the list and holds only while the row still has it; a withdrawal
// takes the same event row lock as decisions, so the two run one after the other. Raced for
// real: parallel transactions against PostgreSQL, withdrawal against approval.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { decideParticipantsAction, withdrawRegistrationAction } from "@/lib/events/actions";
import { decideParticipants } from "@/lib/events/mutations";
import { withdrawRegistration } from "@/lib/events/registration";
import type { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { resetData } from "./reset";
import { form, redirectTarget, signInAs } from "./support/actions";
import { seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

/** A decision's success is a redirect back to the participants page; its target is `location`. */
async function followed(call: Promise<FormState>): Promise<FormState & { location?: string }> {
  try {
    return await call;
  } catch (error) {
    const location = redirectTarget(error);
    if (location === undefined) throw error;
    return { ok: true, location };
  }
}

const decide = (fields: Record<string, string | string[]>) => followed(decideParticipantsAction(initial, form(fields)));
const seen = (id: string, status: ParticipantStatus) => `${id}:${status}`;

async function publishedEvent() {
  return db.event.create({
    data: {
      slug: `acara-${Math.random().toString(36).slice(2, 8)}`,
      title: "Temu Usaha Uji",
      kind: "BUSINESS_MATCHING",
      quarter: "2027-Q1",
      description: "Acara untuk pengujian keputusan dan pengunduran diri.",
      venue: "Balai Kota",
      startsAt: new Date("2027-03-17T01:00:00Z"),
      endsAt: new Date("2027-03-17T09:00:00Z"),
      status: "PUBLISHED",
      capacitySme: 50,
    },
  });
}

async function applied(eventId: string, slug: string) {
  const sme = await seedSme(slug, []);
  const row = await db.eventParticipant.create({ data: { eventId, kind: "SME", status: "APPLIED", enterpriseId: sme.enterprise.id } });
  return { sme, row };
}

const statusOf = async (id: string) => (await db.eventParticipant.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("a decision on a participant who withdrew meanwhile", () => {
  it("is refused with a message and changes nothing (staff opened the list while it was APPLIED)", async () => {
    const staff = await seedStaff("rina");
    const event = await publishedEvent();
    const { sme, row } = await applied(event.id, "batik-a");
    // Staff's list shows APPLIED; then the SME withdraws.
    signInAs(sme.session);
    expect(await withdrawRegistrationAction(initial, form({ eventId: event.id }))).toMatchObject({ ok: true });

    signInAs(staff.session);
    for (const decision of ["approve", "waitlist", "reject"]) {
      const answer = await decide({ eventId: event.id, decision, participantIds: row.id, seenStatus: seen(row.id, "APPLIED") });
      expect(answer).toMatchObject({ ok: false, message: "EventAdmin.errors.participantWithdrew" });
    }
    expect(await statusOf(row.id)).toBe("WITHDRAWN");
    expect(await db.auditLog.count({ where: { action: { startsWith: "participant." } } })).toBe(0);
  });

  it("refuses a decision whose row another staff member decided meanwhile, and one without the seen status", async () => {
    const staff = await seedStaff("rina");
    const event = await publishedEvent();
    const { row } = await applied(event.id, "batik-b");
    await db.eventParticipant.update({ where: { id: row.id }, data: { status: "WAITLISTED" } });
    signInAs(staff.session);
    // Reject is allowed from WAITLISTED too, but staff decided on an APPLIED row.
    expect(await decide({ eventId: event.id, decision: "reject", participantIds: row.id, seenStatus: seen(row.id, "APPLIED") })).toMatchObject({
      ok: false,
      message: "EventAdmin.errors.participantChanged",
    });
    expect(await decide({ eventId: event.id, decision: "reject", participantIds: row.id })).toMatchObject({ ok: false, fieldErrors: { participantIds: ["EventAdmin.errors.seenStatusMissing"] } });
    expect(await statusOf(row.id)).toBe("WAITLISTED");
  });

  it("in bulk, skips the rows that changed, decides the rest, and says how many were skipped", async () => {
    const staff = await seedStaff("rina");
    const event = await publishedEvent();
    const a = await applied(event.id, "batik-c");
    const b = await applied(event.id, "batik-d");
    const c = await applied(event.id, "batik-e");
    signInAs(a.sme.session);
    await withdrawRegistrationAction(initial, form({ eventId: event.id }));
    await db.eventParticipant.update({ where: { id: b.row.id }, data: { status: "REJECTED" } });

    signInAs(staff.session);
    const ids = [a.row.id, b.row.id, c.row.id];
    const answer = await decide({ eventId: event.id, decision: "approve", participantIds: ids, seenStatus: ids.map((id) => seen(id, "APPLIED")) });
    expect(answer).toMatchObject({ ok: true, location: `/staf/acara/${event.id}/peserta?jenis=SME&keputusan=approve&dilewati=2` });
    expect([await statusOf(a.row.id), await statusOf(b.row.id), await statusOf(c.row.id)]).toEqual(["WITHDRAWN", "REJECTED", "APPROVED"]);

    // Nothing left to decide as seen: refused, nothing changes.
    const again = await decide({ eventId: event.id, decision: "waitlist", participantIds: ids, seenStatus: ids.map((id) => seen(id, "APPLIED")) });
    expect(again).toMatchObject({ ok: false, message: "EventAdmin.errors.allChanged" });
    expect(await statusOf(c.row.id)).toBe("APPROVED");
  });
});

describe("a withdrawal racing an approval", () => {
  it("never ends APPROVED after the withdrawal answered success (20 rounds of parallel transactions)", async () => {
    const staff = await seedStaff("rina");
    const event = await publishedEvent();
    for (let round = 0; round < 20; round += 1) {
      const { sme, row } = await applied(event.id, `batik-race-${round}`);
      const [withdrawal, approval] = await Promise.allSettled([
        db.$transaction((tx) => withdrawRegistration(tx, sme.session, event.id)),
        db.$transaction((tx) =>
          decideParticipants(tx, staff.user.id, { eventId: event.id, decision: "approve", participantIds: [row.id], seenStatus: { [row.id]: "APPLIED" } }),
        ),
      ]);
      // Withdrawing is allowed from APPLIED and from APPROVED, so it always succeeds.
      expect(withdrawal.status).toBe("fulfilled");
      expect(await statusOf(row.id)).toBe("WITHDRAWN");
      // The approval either ran first (and the withdrawal then withdrew the approved row) or was refused.
      if (approval.status === "rejected") expect(approval.reason).toMatchObject({ key: "EventAdmin.errors.participantWithdrew" });
    }
  });
});
