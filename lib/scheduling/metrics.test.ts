import { describe, expect, it } from "vitest";
import { scheduleMetrics } from "./metrics";
import type { Instance } from "./types";

describe("scheduleMetrics", () => {
  it("counts idle slots between first and last meeting, leaving out slots the participant is away", () => {
    const instance: Instance = {
      slots: 6,
      tables: 5,
      participants: [{ id: "s", available: [0, 1, 3, 4, 5] }, { id: "b1" }, { id: "b2" }, { id: "c" }],
      requests: [
        { id: "1", a: "s", b: "b1", weight: 2 },
        { id: "2", a: "s", b: "b2", weight: 3 },
        { id: "3", a: "c", b: "b1", weight: 1 },
      ],
    };
    // s meets in 0 and 4: slots 1 and 3 are idle, 2 is not (s is away). b1 meets in 0 and 1: none idle.
    const metrics = scheduleMetrics(instance, {
      meetings: [
        { request: "1", slot: 0, table: 0 },
        { request: "2", slot: 4, table: 0 },
        { request: "3", slot: 1, table: 0 },
      ],
    });
    expect(metrics).toEqual({ weight: 6, scheduled: 3, participantsWithRequests: 4, participantsWithMeetings: 4, avgIdleSlots: 2 / 4 });
  });
});
