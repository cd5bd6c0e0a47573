// What the event forms send, checked. Errors are message keys in the "EventAdmin" and
// "EventRegistration" namespaces. Dates and times are typed as WIB wall-clock values (the office
// and every venue are in Semarang) and stored as instants. Pure.
import { z } from "zod";
import { crossFieldRule, type ReportIssue } from "@/lib/forms/cross-field";
import { formList, wholeNumberField } from "@/lib/forms/fields";
import { EventKind, ParticipantKind, ParticipantStatus } from "@/lib/generated/prisma/enums";
import { isRecordId, recordIdField } from "@/lib/http/record-id";
import { overlappingSessions, slotLengths } from "./slots";

/** Bounds of the event-day settings: representatives per participant and people per table. */
export const eventDayLimits = { limitMin: 1, limitMax: 10, seatsMin: 2, seatsMax: 12 } as const;

export const eventLimits = {
  titleMin: 5,
  titleMax: 150,
  descriptionMin: 20,
  descriptionMax: 5000,
  venueMax: 200,
  addressMax: 300,
  capacityMax: 100_000,
  tablesMax: 500,
  pendingMax: 100,
  expiryHoursMax: 720,
  noteMax: 1000,
  sessionsMax: 20,
  bulkMax: 200,
} as const;

const wibOffsetMs = 7 * 60 * 60 * 1000;

/** "2026-12-16" + "09:00" read as WIB; null unless both are real values. */
export function wibInstant(date: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const instant = new Date(`${date}T${time}:00+07:00`);
  if (Number.isNaN(instant.getTime())) return null;
  // Rejects "2026-02-31", which Date would roll over into March.
  return wibParts(instant).date === date ? instant : null;
}

/** An instant as the WIB date and time a form shows: { date: "2026-12-16", time: "09:00" }. */
export function wibParts(instant: Date): { date: string; time: string } {
  const iso = new Date(instant.getTime() + wibOffsetMs).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The quarter ("2026-Q4") an instant falls in, in WIB. */
export function quarterOf(instant: Date): string {
  const { date } = wibParts(instant);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

const text = (min: number, max: number, key: string) => z.string({ message: key }).trim().min(min, key).max(max, key);
const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, key)
    .optional()
    .transform((value) => (value ? value : null));
const trimmed = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim());

function requiredNumber(min: number, max: number, key: string) {
  return wholeNumberField(min, max, key)
    .refine((value) => value !== null, key)
    .transform((value) => value as number);
}

const eventKinds = Object.values(EventKind) as [EventKind, ...EventKind[]];

export type SessionRow = { startsAt: Date; endsAt: Date };

const eventFields = z
  .object({
    title: text(eventLimits.titleMin, eventLimits.titleMax, "EventAdmin.errors.title"),
    kind: z.enum(eventKinds, { message: "EventAdmin.errors.kind" }),
    quarter: trimmed.refine((value) => value === "" || /^\d{4}-Q[1-4]$/.test(value), "EventAdmin.errors.quarter"),
    description: text(eventLimits.descriptionMin, eventLimits.descriptionMax, "EventAdmin.errors.description"),
    venue: text(2, eventLimits.venueMax, "EventAdmin.errors.venue"),
    venueAddress: optionalText(eventLimits.addressMax, "EventAdmin.errors.address"),
    startDate: trimmed,
    startTime: trimmed,
    endDate: trimmed,
    endTime: trimmed,
    opensDate: trimmed,
    opensTime: trimmed,
    closesDate: trimmed,
    closesTime: trimmed,
    capacitySme: wholeNumberField(1, eventLimits.capacityMax, "EventAdmin.errors.capacity"),
    capacityBuyer: wholeNumberField(1, eventLimits.capacityMax, "EventAdmin.errors.capacity"),
    capacityPartner: wholeNumberField(1, eventLimits.capacityMax, "EventAdmin.errors.capacity"),
    slotMinutes: z.coerce
      .number({ message: "EventAdmin.errors.slotMinutes" })
      .refine((value) => (slotLengths as readonly number[]).includes(value), "EventAdmin.errors.slotMinutes"),
    tableCount: requiredNumber(1, eventLimits.tablesMax, "EventAdmin.errors.tableCount"),
    pendingRequestLimit: requiredNumber(1, eventLimits.pendingMax, "EventAdmin.errors.pendingRequestLimit"),
    requestExpiryHours: requiredNumber(1, eventLimits.expiryHoursMax, "EventAdmin.errors.requestExpiryHours"),
    // Left empty: a new event takes the defaults (3 and 6), a saved one keeps its values.
    representativeLimit: wholeNumberField(eventDayLimits.limitMin, eventDayLimits.limitMax, "EventAdmin.errors.representativeLimit"),
    tableSeats: wholeNumberField(eventDayLimits.seatsMin, eventDayLimits.seatsMax, "EventAdmin.errors.tableSeats"),
    sessionDate: formList,
    sessionFrom: formList,
    sessionUntil: formList,
  });

type EventFields = z.infer<typeof eventFields>;

const timeFields = [
  "startDate",
  "startTime",
  "endDate",
  "endTime",
  "opensDate",
  "opensTime",
  "closesDate",
  "closesTime",
  "sessionDate",
  "sessionFrom",
  "sessionUntil",
] as const satisfies readonly (keyof EventFields)[];

/**
 * The event's instants, its registration window and its sessions read from the typed dates and
 * times; each problem goes to `issue`. An empty date with an empty time is no window bound; an
 * empty time beside a date is the start of that day (opening) or its last minute (closing).
 */
function eventTimes(input: EventFields, issue: ReportIssue) {
  const startsAt = wibInstant(input.startDate, input.startTime);
  const endsAt = wibInstant(input.endDate, input.endTime);
  if (!startsAt) issue("startDate", "EventAdmin.errors.start");
  if (!endsAt) issue("endDate", "EventAdmin.errors.end");
  if (startsAt && endsAt && endsAt <= startsAt) issue("endDate", "EventAdmin.errors.endBeforeStart");

  const window = (date: string, time: string, emptyTime: string, field: string): Date | null => {
    if (date === "" && time === "") return null;
    const instant = wibInstant(date, time === "" ? emptyTime : time);
    if (!instant) issue(field, "EventAdmin.errors.dateTime");
    return instant;
  };
  const registrationOpensAt = window(input.opensDate, input.opensTime, "00:00", "opensDate");
  const registrationClosesAt = window(input.closesDate, input.closesTime, "23:59", "closesDate");
  if (registrationOpensAt && registrationClosesAt && registrationClosesAt <= registrationOpensAt) {
    issue("closesDate", "EventAdmin.errors.closesBeforeOpens");
  }
  if (registrationClosesAt && endsAt && registrationClosesAt > endsAt) issue("closesDate", "EventAdmin.errors.closesAfterEvent");

  const sessions = sessionRows(input.sessionDate, input.sessionFrom, input.sessionUntil, { startsAt, endsAt }, issue);
  return { startsAt, endsAt, registrationOpensAt, registrationClosesAt, sessions };
}

/** The dates, window and sessions are checked whatever the other fields did: every error at once. */
const timesRule = crossFieldRule<EventFields>(timeFields, (input, issue) => {
  eventTimes(input, issue);
});

export const eventFormSchema = eventFields.check(timesRule).transform((input) => {
  // The rule above has passed, so reading the times again reports nothing.
  const { startsAt, endsAt, registrationOpensAt, registrationClosesAt, sessions } = eventTimes(input, () => undefined);
  return {
    title: input.title,
    kind: input.kind,
    quarter: input.quarter || (startsAt ? quarterOf(startsAt) : ""),
    description: input.description,
    venue: input.venue,
    venueAddress: input.venueAddress,
    startsAt: startsAt ?? new Date(0),
    endsAt: endsAt ?? new Date(0),
    registrationOpensAt,
    registrationClosesAt,
    capacitySme: input.capacitySme,
    capacityBuyer: input.capacityBuyer,
    capacityPartner: input.capacityPartner,
    slotMinutes: input.slotMinutes,
    tableCount: input.tableCount,
    pendingRequestLimit: input.pendingRequestLimit,
    requestExpiryHours: input.requestExpiryHours,
    representativeLimit: input.representativeLimit ?? undefined,
    tableSeats: input.tableSeats ?? undefined,
    sessions,
  };
});
export type EventFormInput = z.infer<typeof eventFormSchema>;

/**
 * The meeting sessions typed as rows of date, from and until; rows left empty are ignored. A row
 * error is reported on the field "sessions.<row>" so the form shows it beside that row.
 */
function sessionRows(
  dates: string[],
  froms: string[],
  untils: string[],
  event: { startsAt: Date | null; endsAt: Date | null },
  issue: ReportIssue,
): SessionRow[] {
  const rows: { row: number; session: SessionRow }[] = [];
  const count = Math.max(dates.length, froms.length, untils.length);
  for (let row = 0; row < count; row++) {
    const [date, from, until] = [dates[row], froms[row], untils[row]].map((value) => (value ?? "").trim());
    if (!date && !from && !until) continue;
    const startsAt = wibInstant(date ?? "", from ?? "");
    const endsAt = wibInstant(date ?? "", until ?? "");
    const field = `sessions.${row}`;
    if (!startsAt || !endsAt) issue(field, "EventAdmin.errors.sessionIncomplete");
    else if (endsAt <= startsAt) issue(field, "EventAdmin.errors.sessionEndBeforeStart");
    else if (event.startsAt && event.endsAt && (startsAt < event.startsAt || endsAt > event.endsAt)) issue(field, "EventAdmin.errors.sessionOutsideEvent");
    else rows.push({ row, session: { startsAt, endsAt } });
  }
  if (rows.length > eventLimits.sessionsMax) issue("sessions", "EventAdmin.errors.sessionsTooMany");
  for (const index of overlappingSessions(rows.map((item) => item.session))) issue(`sessions.${rows[index]!.row}`, "EventAdmin.errors.sessionOverlap");
  return rows.map((item) => item.session).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

export type SessionValues = { date: string; from: string; until: string };

type SavedEvent = {
  title: string;
  kind: EventKind;
  quarter: string;
  description: string;
  venue: string;
  venueAddress: string | null;
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  capacitySme: number | null;
  capacityBuyer: number | null;
  capacityPartner: number | null;
  slotMinutes: number;
  tableCount: number;
  pendingRequestLimit: number;
  requestExpiryHours: number;
  representativeLimit?: number;
  tableSeats?: number;
  sessions: SessionRow[];
};

/** The form's fields as text: a saved event's (WIB), or a new event's defaults. */
export function eventFormDefaults(event: SavedEvent | null): { initial: Record<string, string>; sessions: SessionValues[] } {
  if (!event) {
    return { initial: { kind: "BUSINESS_MATCHING", slotMinutes: "20", tableCount: "10", pendingRequestLimit: "10", requestExpiryHours: "72", representativeLimit: "3", tableSeats: "6" }, sessions: [] };
  }
  const at = (instant: Date | null) => (instant ? wibParts(instant) : { date: "", time: "" });
  const [start, end, opens, closes] = [event.startsAt, event.endsAt, event.registrationOpensAt, event.registrationClosesAt].map(at);
  const number = (value: number | null) => (value === null ? "" : String(value));
  return {
    initial: {
      title: event.title,
      kind: event.kind,
      quarter: event.quarter,
      description: event.description,
      venue: event.venue,
      venueAddress: event.venueAddress ?? "",
      startDate: start!.date,
      startTime: start!.time,
      endDate: end!.date,
      endTime: end!.time,
      opensDate: opens!.date,
      opensTime: opens!.time,
      closesDate: closes!.date,
      closesTime: closes!.time,
      capacitySme: number(event.capacitySme),
      capacityBuyer: number(event.capacityBuyer),
      capacityPartner: number(event.capacityPartner),
      slotMinutes: String(event.slotMinutes),
      tableCount: String(event.tableCount),
      pendingRequestLimit: String(event.pendingRequestLimit),
      requestExpiryHours: String(event.requestExpiryHours),
      representativeLimit: event.representativeLimit === undefined ? "" : String(event.representativeLimit),
      tableSeats: event.tableSeats === undefined ? "" : String(event.tableSeats),
    },
    sessions: event.sessions.map((session) => {
      const from = wibParts(session.startsAt);
      return { date: from.date, from: from.time, until: wibParts(session.endsAt).time };
    }),
  };
}

const idField = recordIdField;

export const eventIdSchema = z.object({ eventId: idField("EventAdmin.errors.notFound") });

export const updateEventSchema = eventIdSchema.and(eventFormSchema);
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

export const eventStatusChanges = ["publish", "unpublish", "cancel", "complete", "reopen"] as const;
export type EventStatusChange = (typeof eventStatusChanges)[number];

/** Changes that cannot simply be taken back: the page asks "are you sure?" before offering them. */
export const confirmedStatusChanges = ["complete", "cancel"] as const satisfies readonly EventStatusChange[];

export const eventStatusSchema = eventIdSchema.extend({
  change: z.enum(eventStatusChanges, { message: "EventAdmin.errors.statusChange" }),
});

export const participantDecisions = ["approve", "waitlist", "reject"] as const;
export type ParticipantDecision = (typeof participantDecisions)[number];

/** The statuses each decision applies to (a withdrawn registration is the participant's own call). */
export const decidableFrom: Record<ParticipantDecision, readonly ParticipantStatus[]> = {
  approve: ["APPLIED", "WAITLISTED", "REJECTED"],
  waitlist: ["APPLIED", "APPROVED", "REJECTED"],
  reject: ["APPLIED", "APPROVED", "WAITLISTED"],
};

const participantStatuses = Object.values(ParticipantStatus) as readonly string[];

/**
 * The status staff saw of each row, as `<participantId>:<STATUS>` (the list sends one per row it
 * shows): a decision holds only while the row still has it, so a withdrawal or another staff
 * member's decision made after the list was opened is never overwritten.
 */
const seenStatusInput = formList.transform((values, context) => {
  const seen: Record<string, ParticipantStatus> = {};
  for (const value of values) {
    const [id = "", status = ""] = value.split(":");
    if (!isRecordId(id) || !participantStatuses.includes(status)) {
      context.addIssue({ code: "custom", message: "EventAdmin.errors.seenStatusMissing" });
      return z.NEVER;
    }
    seen[id] = status as ParticipantStatus;
  }
  return seen;
});

export const decisionSchema = eventIdSchema
  .extend({
    decision: z.enum(participantDecisions, { message: "EventAdmin.errors.decision" }),
    participantIds: formList
      .transform((ids) => [...new Set(ids)].filter((id) => id !== ""))
      .refine((ids) => ids.length > 0, "EventAdmin.errors.noneSelected")
      .refine((ids) => ids.length <= eventLimits.bulkMax, "EventAdmin.errors.tooManySelected")
      .refine((ids) => ids.every(isRecordId), "EventAdmin.errors.noneSelected"),
    seenStatus: seenStatusInput,
  })
  .check(
    crossFieldRule<{ participantIds: string[]; seenStatus: Record<string, ParticipantStatus> }>(["participantIds", "seenStatus"], (input, issue) => {
      if (!input.participantIds.every((id) => input.seenStatus[id] !== undefined)) issue("participantIds", "EventAdmin.errors.seenStatusMissing");
    }),
  );
export type DecisionInput = z.infer<typeof decisionSchema>;

/** Start times (ISO) of the slots the participant cannot attend, as checkboxes send them. */
const unavailableInput = formList.transform((values, context) => {
  const dates = [...new Set(values)].filter((value) => value !== "").map((value) => new Date(value));
  if (dates.some((date) => Number.isNaN(date.getTime()))) {
    context.addIssue({ code: "custom", message: "EventRegistration.errors.slots" });
    return z.NEVER;
  }
  return dates;
});

export const registerSchema = eventIdSchema.extend({
  note: optionalText(eventLimits.noteMax, "EventRegistration.errors.noteTooLong"),
  unavailableSlots: unavailableInput,
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const participantKinds = Object.values(ParticipantKind) as [ParticipantKind, ...ParticipantKind[]];

/** The event's capacity column of each kind of participant (null: no limit). */
export const capacityField = { SME: "capacitySme", BUYER: "capacityBuyer", PARTNER: "capacityPartner" } as const satisfies Record<ParticipantKind, string>;

export function parseKindFilter(value: string | string[] | undefined): ParticipantKind {
  const raw = Array.isArray(value) ? value[0] : value;
  return (participantKinds as readonly string[]).includes(raw ?? "") ? (raw as ParticipantKind) : "SME";
}
