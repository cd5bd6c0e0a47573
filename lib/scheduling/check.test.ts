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

describe("representatives and group meetings", () => {
  const event: Instance = {
    slots: 2,
    tables: 3,
    seats: 4,
    participants: [{ id: "buyer", representatives: 2 }, { id: "s1" }, { id: "s2" }, { id: "s3" }, { id: "bank" }],
    requests: [
      { id: "b-s1", a: "s1", b: "buyer", weight: 1 },
      { id: "b-s2", a: "s2", b: "buyer", weight: 1 },
      { id: "b-s3", a: "s3", b: "buyer", weight: 1 },
      { id: "group", a: "buyer", b: "s1", others: ["s2", "s3"], weight: 3 },
      { id: "bank-group", a: "bank", b: "s1", others: ["s2", "s3", "buyer"], weight: 2 },
    ],
  };
  const conflictsOf = (meetings: Schedule["meetings"], instance: Instance = event) => listConflicts(instance, { meetings }).map((conflict) => conflict.kind);

  it("lets an organisation hold as many meetings at once as it has representatives, not more", () => {
    expect(conflictsOf([{ request: "b-s1", slot: 0, table: 0 }, { request: "b-s2", slot: 0, table: 1 }])).toEqual([]);
    const three = listConflicts(event, { meetings: [{ request: "b-s1", slot: 0, table: 0 }, { request: "b-s2", slot: 0, table: 1 }, { request: "b-s3", slot: 0, table: 2 }] });
    expect(three).toEqual([
      { kind: "participant-double-booked", detail: "participant buyer has requests b-s1, b-s2 and b-s3 in slot 0", requests: ["b-s1", "b-s2", "b-s3"] },
    ]);
  });

  it("needs every party of a group meeting free, and refuses more parties than a table seats", () => {
    expect(conflictsOf([{ request: "group", slot: 0, table: 0 }, { request: "b-s1", slot: 1, table: 0 }])).toEqual([]);
    expect(conflictsOf([{ request: "group", slot: 0, table: 0 }, { request: "b-s2", slot: 0, table: 1 }])).toEqual(["participant-double-booked"]);
    expect(conflictsOf([{ request: "bank-group", slot: 1, table: 0 }])).toEqual(["too-many-parties"]);
    expect(conflictsOf([{ request: "group", slot: 0, table: 0 }], { ...event, seats: undefined })).toEqual(["too-many-parties"]);
  });

  it("refuses a group that names a party twice", () => {
    const twice: Instance = { ...event, requests: [{ id: "g", a: "buyer", b: "s1", others: ["s1"], weight: 1 }] };
    expect(conflictsOf([{ request: "g", slot: 0, table: 0 }], twice)).toEqual(["party-repeated"]);
  });
});
