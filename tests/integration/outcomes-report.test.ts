// Outcomes, the event report and follow-up reminders below the browser: each side records its own
// result and the meeting's result is the further outcome and the larger value (also when both
// record at once); bad input and other parties' meetings change nothing; the report's figures equal
// hand counts; stale follow-ups are emailed once per staleness, even with two runs at once.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getEventReport } from "@/lib/event-report/queries";
import { recordOutcomeAction, setNoShowAction } from "@/lib/outcomes/actions";
import { recordOutcome } from "@/lib/outcomes/mutations";
import { listFollowUps } from "@/lib/outcomes/queries";
import { sendFollowUpReminders } from "@/lib/outcomes/reminders";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { mailTo } from "./support/accounts";
import { checkIn, seedEventDay } from "./support/event-day";
import { seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };
const dayMs = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

async function record(user: SessionUser, meetingId: string, fields: Record<string, string>) {
  signInAs(user);
  return recordOutcomeAction(initial, form({ meetingId, value: "", note: "", ...fields }));
}

const meetingRow = (id: string) => db.meeting.findUniqueOrThrow({ where: { id } });

describe("recording a meeting's result", () => {
  it("keeps each side's record and gives the meeting the further outcome and the larger value", async () => {
    const day = await seedEventDay();
    await checkIn(day.pSmeA.id, day.pBuyerA.id);
    expect(await record(day.smeA.session, day.m1.id, { outcome: "SAMPLE", value: "2.000.000", note: "Sampel 10 pak" })).toEqual({ ok: true, message: "Outcomes.saved" });
    expect(await meetingRow(day.m1.id)).toMatchObject({ status: "HELD", smeOutcome: "SAMPLE", smeValueRupiah: 2_000_000n, buyerOutcome: null, outcome: "SAMPLE", dealValueRupiah: 2_000_000n, notes: "IKM: Sampel 10 pak" });

    expect(await record(day.buyerA.session, day.m1.id, { outcome: "DEAL", value: "Rp 1.500.000" })).toMatchObject({ ok: true });
    expect(await meetingRow(day.m1.id)).toMatchObject({ smeOutcome: "SAMPLE", buyerOutcome: "DEAL", buyerValueRupiah: 1_500_000n, outcome: "DEAL", dealValueRupiah: 2_000_000n });

    // A side lowering its own record lowers the meeting's result to what the other side holds.
    expect(await record(day.buyerA.session, day.m1.id, { outcome: "NO_INTEREST" })).toMatchObject({ ok: true });
    const after = await meetingRow(day.m1.id);
    expect(after).toMatchObject({ buyerOutcome: "NO_INTEREST", buyerValueRupiah: null, outcome: "SAMPLE", dealValueRupiah: 2_000_000n });
    expect(after.outcomeAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "meeting.outcome", entityId: day.m1.id } })).toBe(3);
  });

  it("counts both sides when they record at the same moment", async () => {
    const day = await seedEventDay();
    await checkIn(day.pSmeA.id, day.pBuyerB.id);
    const sme = (await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pSmeA.id } })) as Parameters<typeof recordOutcome>[1];
    const buyer = (await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pBuyerB.id } })) as Parameters<typeof recordOutcome>[1];
    for (let round = 0; round < 5; round++) {
      await Promise.all([
        recordOutcome(day.smeA.owner.id, sme, { meetingId: day.m3.id, outcome: "PURCHASE_ORDER", value: BigInt(1000 + round), note: null }),
        recordOutcome(day.buyerB.user.id, buyer, { meetingId: day.m3.id, outcome: "FOLLOW_UP", value: BigInt(5000 + round), note: null }),
      ]);
      expect(await meetingRow(day.m3.id)).toMatchObject({ smeOutcome: "PURCHASE_ORDER", buyerOutcome: "FOLLOW_UP", outcome: "PURCHASE_ORDER", dealValueRupiah: BigInt(5000 + round) });
    }
  });

  it("changes nothing for bad input, another party's meeting, a meeting not started, or a staff member", async () => {
    const day = await seedEventDay();
    const before = await db.meeting.findMany({ orderBy: { id: "asc" } });
    expect(await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "" })).toMatchObject({ ok: false, fieldErrors: { value: ["Outcomes.errors.valueRequired"] } });
    expect(await record(day.smeA.session, day.m1.id, { outcome: "FOLLOW_UP", value: "-100" })).toMatchObject({ ok: false, fieldErrors: { value: ["Outcomes.errors.valueNegative"] } });
    expect(await record(day.smeA.session, day.m1.id, { outcome: "MENANG" })).toMatchObject({ ok: false, fieldErrors: { outcome: ["Outcomes.errors.outcomeRequired"] } });
    expect(await record(day.smeB.session, day.m1.id, { outcome: "DEAL", value: "100" })).toMatchObject({ ok: false, message: "Outcomes.errors.notFound" });
    expect(await record(day.smeB.session, day.future.id, { outcome: "FOLLOW_UP" })).toMatchObject({ ok: false, message: "Outcomes.errors.notStarted" });
    expect(await record((await seedStaff("x")).session, day.m1.id, { outcome: "FOLLOW_UP" })).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await db.meeting.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "meeting.outcome" } })).toBe(0);
  });
});

describe("the event report", () => {
  it("equals hand counts by sector and kecamatan, with no-shows marked and taken back by staff", async () => {
    const day = await seedEventDay();
    // The sides of the two meetings that took place came to the desk; SME B did not.
    await checkIn(day.pSmeA.id, day.pBuyerA.id, day.pBuyerB.id);
    await record(day.smeA.session, day.m1.id, { outcome: "DEAL", value: "7.000.000" });
    await record(day.buyerB.session, day.m3.id, { outcome: "PURCHASE_ORDER", value: "3.000.000" });
    signInAs((await seedStaff("laporan")).session);
    expect(await setNoShowAction(initial, form({ eventId: day.event.id, meetingId: day.m2.id, noShow: "1" }))).toEqual({ ok: true, message: "EventReport.markedNoShow" });
    // A held meeting cannot be marked a no-show.
    expect(await setNoShowAction(initial, form({ eventId: day.event.id, meetingId: day.m1.id, noShow: "1" }))).toMatchObject({ ok: false, message: "EventReport.errors.notChanged" });

    const report = await getEventReport(day.event.id);
    expect(report?.totals).toEqual({ scheduled: 4, held: 2, noShows: 1, notRecorded: 1, deals: 2, dealValueRupiah: 10_000_000n });
    expect(report?.bySector.map(({ key, scheduled, held, noShows, notRecorded, deals, dealValueRupiah }) => ({ key, scheduled, held, noShows, notRecorded, deals, dealValueRupiah }))).toEqual([
      { key: "10", scheduled: 2, held: 2, noShows: 0, notRecorded: 0, deals: 2, dealValueRupiah: 10_000_000n },
      { key: "13", scheduled: 2, held: 0, noShows: 1, notRecorded: 1, deals: 0, dealValueRupiah: 0n },
    ]);
    expect(report?.bySector[0]?.name).toMatch(/makanan/i);
    expect(report?.byKecamatan.map((row) => [row.key, row.scheduled, row.deals])).toEqual([
      ["33.74.04", 2, 2],
      ["33.74.01", 2, 0],
    ]);
    expect(report?.participants).toEqual([
      { kind: "SME", approved: 2, checkedIn: 1 },
      { kind: "BUYER", approved: 2, checkedIn: 2 },
      { kind: "PARTNER", approved: 0, checkedIn: 0 },
    ]);

    expect(await setNoShowAction(initial, form({ eventId: day.event.id, meetingId: day.m2.id, noShow: "0" }))).toEqual({ ok: true, message: "EventReport.unmarkedNoShow" });
    expect((await getEventReport(day.event.id))?.totals).toMatchObject({ noShows: 0, notRecorded: 2 });
  });
});

describe("follow-ups", () => {
  it("lists follow-ups stalest first with the stale flag, filtered by stage", async () => {
    const day = await seedEventDay();
    await checkIn(day.pSmeA.id, day.pBuyerA.id, day.pBuyerB.id);
    await record(day.smeA.session, day.m1.id, { outcome: "FOLLOW_UP" });
    await record(day.smeA.session, day.m3.id, { outcome: "SAMPLE" });
    await db.meeting.update({ where: { id: day.m3.id }, data: { outcomeAt: new Date(Date.now() - 20 * dayMs) } });
    const all = await listFollowUps({ page: 1 });
    expect(all.items.map((row) => [row.id, row.outcome, row.stale])).toEqual([
      [day.m3.id, "SAMPLE", true],
      [day.m1.id, "FOLLOW_UP", false],
    ]);
    expect((await listFollowUps({ page: 1, stage: "FOLLOW_UP" })).items.map((row) => row.id)).toEqual([day.m1.id]);
  });

  it("reminds both sides of a stale follow-up once, even with two runs at once, and again after a newer update goes stale", async () => {
    const day = await seedEventDay();
    await checkIn(day.pSmeA.id, day.pBuyerA.id);
    await record(day.smeA.session, day.m1.id, { outcome: "FOLLOW_UP" });
    const t0 = new Date(Date.now() + 15 * dayMs);
    const [first, second] = await Promise.all([sendFollowUpReminders(t0), sendFollowUpReminders(t0)]);
    expect(first.sent + second.sent).toBe(1);
    expect(await mailTo(day.smeA.owner.email)).toHaveLength(1);
    const [buyerMail] = await mailTo(day.buyerA.user.email);
    expect(buyerMail?.subject).toContain(`Merek ${day.event.slug}-ikm-a`);
    expect(buyerMail?.text).toContain(`/peserta/acara/${day.event.slug}/agenda`);

    expect(await sendFollowUpReminders(new Date(t0.getTime() + dayMs))).toMatchObject({ due: 0, sent: 0 });
    expect(await mailTo(day.smeA.owner.email)).toHaveLength(1);

    // The buyer records progress later; two weeks after that it is stale again and reminded again.
    const buyer = (await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pBuyerA.id } })) as Parameters<typeof recordOutcome>[1];
    const later = new Date(t0.getTime() + 2 * dayMs);
    await recordOutcome(day.buyerA.user.id, buyer, { meetingId: day.m1.id, outcome: "SAMPLE", value: null, note: null }, later);
    expect(await sendFollowUpReminders(new Date(later.getTime() + 10 * dayMs))).toMatchObject({ due: 0 });
    expect(await sendFollowUpReminders(new Date(later.getTime() + 15 * dayMs))).toMatchObject({ due: 1, sent: 1 });
    expect(await mailTo(day.smeA.owner.email)).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "follow-up.remind", entityId: day.m1.id } })).toBe(2);
  });
});
