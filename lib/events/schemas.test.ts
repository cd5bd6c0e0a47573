import { describe, expect, it } from "vitest";
import { decisionSchema, eventFormDefaults, eventFormSchema, quarterOf, registerSchema, wibInstant, wibParts } from "./schemas";

const valid = {
  title: "Temu Usaha Triwulan I 2027",
  kind: "BUSINESS_MATCHING",
  quarter: "",
  description: "Temu bisnis IKM Kota Semarang dengan pembeli ritel dan eksportir.",
  venue: "Balai Kota Semarang",
  venueAddress: "",
  startDate: "2027-03-17",
  startTime: "08:00",
  endDate: "2027-03-17",
  endTime: "16:00",
  opensDate: "2027-02-01",
  opensTime: "08:00",
  closesDate: "2027-03-10",
  closesTime: "",
  capacitySme: "50",
  capacityBuyer: "",
  capacityPartner: "8",
  slotMinutes: "20",
  tableCount: "10",
  pendingRequestLimit: "10",
  requestExpiryHours: "72",
  sessionDate: ["2027-03-17", "2027-03-17", ""],
  sessionFrom: ["13:00", "09:00", ""],
  sessionUntil: ["15:00", "12:00", ""],
};

function errors(input: Record<string, unknown>) {
  const result = eventFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("WIB dates", () => {
  it("reads a WIB wall-clock time, refuses impossible dates, and writes it back", () => {
    expect(wibInstant("2027-03-17", "09:00")?.toISOString()).toBe("2027-03-17T02:00:00.000Z");
    expect(wibInstant("2027-02-31", "09:00")).toBeNull();
    expect(wibInstant("2027-03-17", "25:00")).toBeNull();
    expect(wibParts(new Date("2027-03-16T20:30:00Z"))).toEqual({ date: "2027-03-17", time: "03:30" });
  });

  it("takes the quarter from the WIB date", () => {
    expect(quarterOf(new Date("2026-12-31T18:00:00Z"))).toBe("2027-Q1");
    expect(quarterOf(new Date("2026-09-16T01:00:00Z"))).toBe("2026-Q3");
  });
});

describe("eventFormSchema", () => {
  it("parses a valid form: quarter from the date, empty capacity is no limit, sessions sorted, empty rows ignored", () => {
    const result = eventFormSchema.parse(valid);
    expect(result.quarter).toBe("2027-Q1");
    expect(result.capacityBuyer).toBeNull();
    expect(result.capacitySme).toBe(50);
    expect(result.registrationClosesAt?.toISOString()).toBe("2027-03-10T16:59:00.000Z");
    expect(result.sessions.map((session) => wibParts(session.startsAt).time)).toEqual(["09:00", "13:00"]);
  });

  it("refuses an end before the start, overlapping sessions and sessions outside the event", () => {
    expect(errors({ ...valid, endTime: "07:00" })).toMatchObject({ endDate: "EventAdmin.errors.endBeforeStart" });
    expect(errors({ ...valid, sessionFrom: ["11:00", "09:00", ""] })).toMatchObject({
      "sessions.0": "EventAdmin.errors.sessionOverlap",
      "sessions.1": "EventAdmin.errors.sessionOverlap",
    });
    expect(errors({ ...valid, sessionUntil: ["17:00", "12:00", ""] })).toMatchObject({ "sessions.0": "EventAdmin.errors.sessionOutsideEvent" });
    expect(errors({ ...valid, sessionUntil: ["12:00", "12:00", ""] })).toMatchObject({ "sessions.0": "EventAdmin.errors.sessionEndBeforeStart" });
    expect(errors({ ...valid, sessionFrom: ["", "09:00", ""] })).toMatchObject({ "sessions.0": "EventAdmin.errors.sessionIncomplete" });
  });

  it("refuses a slot length other than 15, 20 or 30 and a window closing after the event", () => {
    expect(errors({ ...valid, slotMinutes: "25" })).toMatchObject({ slotMinutes: "EventAdmin.errors.slotMinutes" });
    expect(errors({ ...valid, closesDate: "2027-03-18" })).toMatchObject({ closesDate: "EventAdmin.errors.closesAfterEvent" });
  });

  it("leaves the registration window open when both of its dates and times are empty", () => {
    const result = eventFormSchema.parse({ ...valid, opensDate: "", opensTime: "", closesDate: "", closesTime: "" });
    expect(result.registrationOpensAt).toBeNull();
    expect(result.registrationClosesAt).toBeNull();
    expect(eventFormSchema.parse({ ...valid, opensDate: "", opensTime: "" }).registrationOpensAt).toBeNull();
    expect(errors({ ...valid, closesDate: "", closesTime: "17:00" })).toEqual({ closesDate: "EventAdmin.errors.dateTime" });
  });

  it("reports every invalid field at once, the date rules with the per-field ones", () => {
    const wrong = { ...valid, title: "Ab", kind: "PAMERAN", tableCount: "0", slotMinutes: "25", endTime: "07:00", closesDate: "2027-03-18" };
    expect(errors(wrong)).toEqual({
      title: "EventAdmin.errors.title",
      kind: "EventAdmin.errors.kind",
      tableCount: "EventAdmin.errors.tableCount",
      slotMinutes: "EventAdmin.errors.slotMinutes",
      endDate: "EventAdmin.errors.endBeforeStart",
      closesDate: "EventAdmin.errors.closesAfterEvent",
      "sessions.0": "EventAdmin.errors.sessionOutsideEvent",
      "sessions.1": "EventAdmin.errors.sessionOutsideEvent",
    });
  });

  it("round-trips through the form defaults of a saved event", () => {
    const parsed = eventFormSchema.parse(valid);
    const { initial, sessions } = eventFormDefaults(parsed);
    const again = eventFormSchema.parse({
      ...initial,
      sessionDate: sessions.map((row) => row.date),
      sessionFrom: sessions.map((row) => row.from),
      sessionUntil: sessions.map((row) => row.until),
    });
    expect(again).toEqual(parsed);
  });
});

describe("decision and registration input", () => {
  it("needs at least one well-formed participant id", () => {
    expect(decisionSchema.safeParse({ eventId: "abc", decision: "approve" }).success).toBe(false);
    expect(decisionSchema.safeParse({ eventId: "abc", decision: "approve", participantIds: ["x1", "Robert'); DROP"] }).success).toBe(false);
    expect(decisionSchema.parse({ eventId: "abc", decision: "approve", participantIds: "p1", seenStatus: "p1:APPLIED" }).participantIds).toEqual(["p1"]);
  });

  it("needs the status staff saw of every chosen participant", () => {
    const parsed = decisionSchema.parse({ eventId: "abc", decision: "approve", participantIds: ["p1", "p2"], seenStatus: ["p1:APPLIED", "p2:WAITLISTED", "p3:APPROVED"] });
    expect(parsed.seenStatus).toEqual({ p1: "APPLIED", p2: "WAITLISTED", p3: "APPROVED" });
    expect(decisionSchema.safeParse({ eventId: "abc", decision: "approve", participantIds: "p1" }).success).toBe(false);
    expect(decisionSchema.safeParse({ eventId: "abc", decision: "approve", participantIds: ["p1", "p2"], seenStatus: "p1:APPLIED" }).success).toBe(false);
    expect(decisionSchema.safeParse({ eventId: "abc", decision: "approve", participantIds: "p1", seenStatus: "p1:PENDING" }).success).toBe(false);
  });

  it("reads unavailable slots as instants and refuses garbage", () => {
    expect(registerSchema.parse({ eventId: "e1", unavailableSlots: "2027-03-17T02:00:00.000Z" }).unavailableSlots).toEqual([new Date("2027-03-17T02:00:00.000Z")]);
    expect(registerSchema.safeParse({ eventId: "e1", unavailableSlots: "kemarin" }).success).toBe(false);
  });
});
