import { describe, expect, it } from "vitest";
import { findConflicts, listConflicts } from "./check";
import { checkMove } from "./move";
import type { Instance, Schedule } from "./types";

const instance: Instance = {
  slots: 3,
  tables: 2,
  participants: [{ id: "a" }, { id: "b", available: [0, 1] }, { id: "c" }, { id: "d" }],
  requests: [
    { id: "ab", a: "a", b: "b", weight: 1 },
    { id: "ac", a: "a", b: "c", weight: 1 },
    { id: "cd", a: "c", b: "d", weight: 1 },
    { id: "bd", a: "b", b: "d", weight: 1 },
  ],
  fixed: [{ request: "cd", slot: 2, table: 0 }],
};
const valid: Schedule = {
  meetings: [
    { request: "cd", slot: 2, table: 0 },
    { request: "ab", slot: 0, table: 0 },
    { request: "ac", slot: 1, table: 1 },
  ],
};
const kinds = (schedule: Schedule) => listConflicts(instance, schedule).map((conflict) => conflict.kind);

describe("findConflicts", () => {
  it("accepts a valid schedule", () => {
    expect(findConflicts(instance, valid)).toEqual([]);
  });

  it("finds each kind of conflict", () => {
    expect(kinds({ meetings: [...valid.meetings, { request: "zz", slot: 0, table: 1 }] })).toEqual(["unknown-request"]);
    expect(kinds({ meetings: [...valid.meetings, { request: "ab", slot: 1, table: 0 }] })).toContain("request-scheduled-twice");
    expect(kinds({ meetings: [valid.meetings[0]!, { request: "ab", slot: 3, table: 0 }] })).toContain("slot-out-of-range");
    expect(kinds({ meetings: [valid.meetings[0]!, { request: "ab", slot: 0, table: 2 }] })).toEqual(["table-out-of-range"]);
    expect(kinds({ meetings: [valid.meetings[0]!, { request: "ab", slot: 2, table: 1 }] })).toEqual(["participant-unavailable"]);
    expect(kinds({ meetings: [valid.meetings[0]!, { request: "ab", slot: 1, table: 0 }, { request: "ac", slot: 1, table: 1 }] })).toEqual([
      "participant-double-booked",
    ]);
    expect(kinds({ meetings: [valid.meetings[0]!, { request: "ab", slot: 0, table: 1 }, { request: "cd", slot: 0, table: 1 }] })).toContain(
      "table-double-booked",
    );
    expect(kinds({ meetings: [{ request: "cd", slot: 1, table: 0 }] })).toEqual(["fixed-moved"]);
    expect(kinds({ meetings: [] })).toEqual(["fixed-dropped"]);
    const stranger: Instance = { ...instance, requests: [...instance.requests, { id: "ax", a: "a", b: "x", weight: 1 }] };
    expect(listConflicts(stranger, { meetings: [...valid.meetings, { request: "ax", slot: 2, table: 1 }] }).map((c) => c.kind)).toEqual([
      "unknown-participant",
    ]);
  });

  it("names the requests involved and explains in words", () => {
    const [conflict] = listConflicts(instance, { meetings: [valid.meetings[0]!, { request: "ab", slot: 1, table: 0 }, { request: "ac", slot: 1, table: 1 }] });
    expect(conflict!.requests).toEqual(["ab", "ac"]);
    expect(conflict!.detail).toBe("participant a has requests ab and ac in slot 1");
  });
});

describe("checkMove", () => {
  it("allows a move to a free table where both are free and available, and refuses a double booking", () => {
    expect(checkMove(instance, valid, { request: "ac", slot: 0, table: 1 })).toEqual([
      { kind: "participant-double-booked", detail: "participant a has requests ab and ac in slot 0", requests: ["ab", "ac"] },
    ]);
    expect(checkMove(instance, valid, { request: "ab", slot: 1, table: 0 }).map((c) => c.kind)).toEqual(["participant-double-booked"]);
    expect(checkMove(instance, valid, { request: "bd", slot: 1, table: 0 })).toEqual([]);
  });

  it("reports an unavailable slot, a taken table and a table that does not exist", () => {
    expect(checkMove(instance, valid, { request: "ab", slot: 2, table: 1 }).map((c) => c.kind)).toEqual(["participant-unavailable"]);
    expect(checkMove(instance, valid, { request: "bd", slot: 1, table: 1 }).map((c) => c.kind)).toEqual(["table-double-booked"]);
    expect(checkMove(instance, valid, { request: "bd", slot: 1, table: 5 }).map((c) => c.kind)).toEqual(["table-out-of-range"]);
  });

  it("lets staff move a published meeting and ignores conflicts that do not involve the move", () => {
    expect(checkMove(instance, valid, { request: "cd", slot: 0, table: 1 })).toEqual([]);
    const broken: Schedule = { meetings: [...valid.meetings, { request: "bd", slot: 2, table: 0 }] };
    expect(checkMove(instance, broken, { request: "ac", slot: 0, table: 1 }).map((c) => c.kind)).toEqual(["participant-double-booked"]);
  });
});
