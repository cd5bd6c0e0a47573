import { describe, expect, it } from "vitest";
import { canReopen, eventPhase, registrationState } from "./phase";
import { parseQuarter } from "./quarter";

const event = {
  status: "PUBLISHED" as const,
  startsAt: new Date("2026-12-16T01:00:00Z"),
  endsAt: new Date("2026-12-16T09:00:00Z"),
  registrationOpensAt: new Date("2026-11-01T01:00:00Z"),
  registrationClosesAt: new Date("2026-12-09T10:00:00Z"),
};

describe("eventPhase", () => {
  it("follows the clock for published events", () => {
    expect(eventPhase(event, new Date("2026-12-01T00:00:00Z"))).toBe("upcoming");
    expect(eventPhase(event, new Date("2026-12-16T03:00:00Z"))).toBe("ongoing");
    expect(eventPhase(event, new Date("2026-12-16T09:00:00Z"))).toBe("ended");
  });

  it("trusts the completed and cancelled statuses over the clock", () => {
    const early = new Date("2026-01-01T00:00:00Z");
    expect(eventPhase({ ...event, status: "COMPLETED" }, early)).toBe("completed");
    expect(eventPhase({ ...event, status: "CANCELLED" }, early)).toBe("cancelled");
  });
});

describe("registrationState", () => {
  it("is not yet open, open, then closed across the window", () => {
    expect(registrationState(event, new Date("2026-10-31T00:00:00Z"))).toBe("notYetOpen");
    expect(registrationState(event, new Date("2026-11-15T00:00:00Z"))).toBe("open");
    expect(registrationState(event, new Date("2026-12-10T00:00:00Z"))).toBe("closed");
  });

  it("is closed once the event is over, whatever the window says", () => {
    const open = { ...event, registrationClosesAt: null };
    expect(registrationState({ ...open, status: "COMPLETED" }, new Date("2026-11-15T00:00:00Z"))).toBe("closed");
    expect(registrationState(open, new Date("2026-12-17T00:00:00Z"))).toBe("closed");
  });

  it("is not announced when the event has no window yet", () => {
    const noWindow = { ...event, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationState(noWindow, new Date("2026-11-15T00:00:00Z"))).toBe("notAnnounced");
  });
});

describe("parseQuarter", () => {
  it("reads YYYY-QN and rejects anything else", () => {
    expect(parseQuarter("2026-Q4")).toEqual({ year: 2026, quarter: 4 });
    expect(parseQuarter("2026-Q5")).toBeNull();
    expect(parseQuarter("Q4 2026")).toBeNull();
  });
});

describe("canReopen", () => {
  // Completed at 16:30 UTC on 16 December = 23:30 WIB; Jakarta's day ends at 17:00 UTC.
  const completed = { status: "COMPLETED" as const, completedAt: new Date("2026-12-16T16:30:00Z") };
  it("allows reopening a completed event until midnight in Jakarta on the day it was completed", () => {
    expect(canReopen(completed, new Date("2026-12-16T16:59:00Z"))).toBe(true);
    expect(canReopen(completed, new Date("2026-12-16T17:00:00Z"))).toBe(false);
    expect(canReopen({ ...completed, completedAt: null }, new Date("2026-12-16T16:40:00Z"))).toBe(false);
    expect(canReopen({ ...completed, status: "PUBLISHED" }, new Date("2026-12-16T16:40:00Z"))).toBe(false);
  });
});
