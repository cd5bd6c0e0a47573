// The desk's check-in list is per person (issue 20): a participant with several representatives
// shows each of them with their own state and "Catat hadir"; the printed backup list carries each
// person's own code under the participant.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { checkInFromListAction, undoCheckInAction } from "@/lib/check-in/actions";
import { getBackupList, searchCheckIns } from "@/lib/check-in/queries";
import { db } from "@/lib/db";

import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { seedEventDayWithRina } from "./support/event-day";
import { seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

/** Buyer A of the event day with a second person, Rina; staff at the desk. */
async function deskWithRina() {
  const day = await seedEventDayWithRina();
  signInAs((await seedStaff("meja")).session);
  return day;
}

const listed = async (eventId: string, participantId: string) => (await searchCheckIns(eventId, { query: "", page: 1 })).items.find((row) => row.id === participantId)!;
const states = async (participantId: string) =>
  (await db.eventRepresentative.findMany({ where: { participantId }, orderBy: { position: "asc" } })).map((person) => person.checkedInAt !== null);

describe("check-in list per representative", () => {
  it("lists each person of a participant with their own state; one person stays one", async () => {
    const day = await deskWithRina();
    const buyer = await listed(day.event.id, day.pBuyerA.id);
    expect(buyer.people).toEqual([
      { id: day.contact.id, position: 1, name: null, checkInCode: day.pBuyerA.checkInCode, checkedInAt: null },
      { id: day.rina.id, position: 2, name: "Rina Wulandari", checkInCode: day.rina.checkInCode, checkedInAt: null },
    ]);
    expect((await listed(day.event.id, day.pSmeA.id)).people).toHaveLength(1);
  });

  it("checks in person 2 from the list: only person 2, the participant present from them; undo per person", async () => {
    const day = await deskWithRina();
    const input = { eventId: day.event.id, participantId: day.pBuyerA.id, representativeId: day.rina.id };
    expect(await checkInFromListAction(initial, form(input))).toEqual({ ok: true, message: "CheckIn.checkedInNow" });
    expect(await states(day.pBuyerA.id)).toEqual([false, true]);
    const buyer = await listed(day.event.id, day.pBuyerA.id);
    expect(buyer.checkedInAt).toEqual(expect.any(Date));
    expect(buyer.people.map((person) => person.checkedInAt !== null)).toEqual([false, true]);
    expect(await checkInFromListAction(initial, form(input))).toEqual({ ok: true, message: "CheckIn.alreadyCheckedInShort" });

    // The contact arrives too; undoing Rina keeps the participant present through the contact.
    await checkInFromListAction(initial, form({ ...input, representativeId: day.contact.id }));
    expect(await states(day.pBuyerA.id)).toEqual([true, true]);
    expect(await undoCheckInAction(initial, form(input))).toEqual({ ok: true, message: "CheckIn.undone" });
    expect(await states(day.pBuyerA.id)).toEqual([true, false]);
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pBuyerA.id } })).checkedInAt).not.toBeNull();
    expect(await undoCheckInAction(initial, form(input))).toEqual({ ok: true, message: "CheckIn.notCheckedIn" });
    // Undoing the last person present takes the participant back too.
    expect(await undoCheckInAction(initial, form({ ...input, representativeId: day.contact.id }))).toEqual({ ok: true, message: "CheckIn.undone" });
    expect(await states(day.pBuyerA.id)).toEqual([false, false]);
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: day.pBuyerA.id } })).checkedInAt).toBeNull();
    expect(await db.auditLog.count({ where: { action: "participant.check-in-undo", entityId: day.pBuyerA.id } })).toBe(2);
  });

  it("refuses a person of another participant or a malformed id, changing nothing", async () => {
    const day = await deskWithRina();
    const other = await checkInFromListAction(initial, form({ eventId: day.event.id, participantId: day.pSmeA.id, representativeId: day.rina.id }));
    expect(other).toMatchObject({ ok: false, message: "CheckIn.errors.unknown" });
    const undoOther = await undoCheckInAction(initial, form({ eventId: day.event.id, participantId: day.pSmeA.id, representativeId: day.rina.id }));
    expect(undoOther).toMatchObject({ ok: true, message: "CheckIn.notCheckedIn" });
    const malformed = await checkInFromListAction(initial, form({ eventId: day.event.id, participantId: day.pBuyerA.id, representativeId: "bukan id" }));
    expect(malformed).toMatchObject({ ok: false, fieldErrors: { representativeId: expect.any(Array) } });
    expect(await states(day.pBuyerA.id)).toEqual([false, false]);
    expect(await states(day.pSmeA.id)).toEqual([false]);
    expect(await db.eventParticipant.count({ where: { eventId: day.event.id, checkedInAt: { not: null } } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "participant.check-in" } })).toBe(0);
  });

  it("the backup list carries each person's own code under the participant", async () => {
    const day = await deskWithRina();
    const list = await getBackupList(day.event.id);
    const buyer = list.find((row) => row.id === day.pBuyerA.id)!;
    expect(buyer.people.map((person) => [person.name, person.checkInCode])).toEqual([
      [null, day.pBuyerA.checkInCode],
      ["Rina Wulandari", day.rina.checkInCode],
    ]);
    expect(day.rina.checkInCode).toEqual(expect.any(String));
    expect(day.rina.checkInCode).not.toBe(day.pBuyerA.checkInCode);
  });
});
