// The dashboard's and the downloads' filters, read from the URL (a plain GET form, so a filtered
// view can be shared and its download link carries the same filters). Pure.
//
// What each filter narrows: the event, the participants, matches, meetings and deals of that
// event; the period (whole days in Jakarta time, both ends included: lib/forms/period.ts),
// enterprises, products, buyers and sourcing requests by when they were registered, participants
// by their event's start, matches by when they were made, meetings by their start and deals by
// when the result was recorded.
import { z } from "zod";
import { checkDay } from "@/lib/forms/day";
import { recordIdSchema } from "@/lib/http/record-id";

export type ReportFilters = {
  eventId: string | null;
  /** First day of the period, "YYYY-MM-DD" as typed; null: open start. */
  from: string | null;
  /** Last day of the period, included. */
  to: string | null;
};

export const noFilters: ReportFilters = { eventId: null, from: null, to: null };

/** Message keys under Reports.filters.errors: a day outside the years the portal holds. */
export type ReportFilterErrors = Partial<Record<"from" | "to", "dateOutOfRange">>;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const raw = first(value);
    return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : undefined;
  }, schema.optional().catch(undefined));

const filtersSchema = z.object({
  event: optional(recordIdSchema),
  from: optional(z.string().refine((value) => checkDay(value) === "ok")),
  to: optional(z.string().refine((value) => checkDay(value) === "ok")),
});

const dayInput = (value: unknown) => {
  const raw = first(value);
  return typeof raw === "string" ? raw.trim() : "";
};

/**
 * The filters, and a message for a day outside the years the portal holds (which is then not
 * applied). Anything else malformed is dropped rather than refused: the dashboard then shows
 * the unfiltered figure.
 */
export function readReportFilters(params: Record<string, unknown> | URLSearchParams): { filters: ReportFilters; errors: ReportFilterErrors } {
  const input = params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params;
  const parsed = filtersSchema.parse(input);
  let from = parsed.from ?? null;
  let to = parsed.to ?? null;
  // A period typed backwards is meant the other way round.
  if (from && to && from > to) [from, to] = [to, from];
  const errors: ReportFilterErrors = {};
  for (const field of ["from", "to"] as const) if (checkDay(dayInput(input[field])) === "outOfRange") errors[field] = "dateOutOfRange";
  return { filters: { eventId: parsed.event ?? null, from, to }, errors };
}

export function parseReportFilters(params: Record<string, unknown> | URLSearchParams): ReportFilters {
  return readReportFilters(params).filters;
}

/** The filters as URL query parameters (empty ones left out), for links that keep them. */
export function filterQuery(filters: ReportFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.eventId) query.set("event", filters.eventId);
  if (filters.from) query.set("from", filters.from);
  if (filters.to) query.set("to", filters.to);
  return query;
}

export function isFiltered(filters: ReportFilters): boolean {
  return Boolean(filters.eventId || filters.from || filters.to);
}
