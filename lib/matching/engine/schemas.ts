// What the matching forms and the board's query string send, checked. Errors are message keys
// under "Matching.errors". The enterprise and the buyer organisation of a response come from the
// session, never the form.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { type ComponentKey, componentKeys } from "./types";
import { maxWeight } from "./weights";
import { recordIdField } from "@/lib/http/record-id";
import { searchText } from "@/lib/http/text";

export const noteMax = 1000;

/** A record id as lib/http/record-id accepts it; anything else names no record. */
const idField = recordIdField("Matching.errors.notFound");

export const matchIdSchema = z.object({ matchId: idField });
export const eventIdSchema = z.object({ eventId: idField });

export const noteSchema = z.object({
  matchId: idField,
  note: z.string().optional().transform((value) => value?.trim() ?? "").pipe(z.string().max(noteMax, "Matching.errors.noteTooLong")),
});

export const manualMatchSchema = z.object({
  eventId: idField,
  smeParticipantId: recordIdField("Matching.errors.pickSme"),
  buyerParticipantId: recordIdField("Matching.errors.pickBuyer"),
});

export const respondSchema = z.object({
  matchId: idField,
  answer: z.enum(["ACCEPTED", "DECLINED"], { message: "Matching.errors.answerInvalid" }),
});

/** A weight as typed: a whole number 0..100. */
const weightField = z
  .string({ message: "Matching.errors.weightInvalid" })
  .trim()
  .regex(/^\d{1,3}$/, "Matching.errors.weightInvalid")
  .transform(Number)
  .pipe(z.number().max(maxWeight, "Matching.errors.weightInvalid"));

export const weightsSchema = z
  .object({ eventId: idField, ...(Object.fromEntries(componentKeys.map((key) => [key, weightField])) as Record<ComponentKey, typeof weightField>) })
  .check(
    crossFieldRule<Record<ComponentKey, number>>(componentKeys, (input, issue) => {
      if (componentKeys.every((key) => input[key] === 0)) issue("sector", "Matching.errors.weightsAllZero");
    }),
  );

export type NoteInput = z.infer<typeof noteSchema>;
export type WeightsInput = z.infer<typeof weightsSchema>;
export type ManualMatchInput = z.infer<typeof manualMatchSchema>;
export type RespondInput = z.infer<typeof respondSchema>;

// ---- The board's query string (?status=&min=&q=&sort=&page=) ----

export const boardStatusFilters = ["all", "SUGGESTED", "APPROVED", "VETOED", "pinned", "ready"] as const;
export type BoardStatusFilter = (typeof boardStatusFilters)[number];
export const boardSorts = ["score", "name"] as const;
export type BoardSort = (typeof boardSorts)[number];

export interface BoardFilter {
  status: BoardStatusFilter;
  /** 0..100; 0 shows every score. */
  minScore: number;
  /** Part of the SME's or the buyer's name, at most 100 characters; "" for none. */
  q: string;
  sort: BoardSort;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Anything odd in the query string falls back to the default, never an error page. */
export function parseBoardFilter(query: { status?: string | string[]; min?: string | string[]; q?: string | string[]; sort?: string | string[] }): BoardFilter {
  const status = first(query.status);
  const sort = first(query.sort);
  const min = Number(first(query.min));
  return {
    status: (boardStatusFilters as readonly string[]).includes(status ?? "") ? (status as BoardStatusFilter) : "all",
    minScore: Number.isInteger(min) && min >= 0 && min <= 100 ? min : 0,
    q: searchText(query.q, 100),
    sort: (boardSorts as readonly string[]).includes(sort ?? "") ? (sort as BoardSort) : "score",
  };
}

/** The filter as query parameters for links (pagination, the event picker); defaults are left out. */
export function boardQuery(filter: BoardFilter, eventSlug: string): Record<string, string | undefined> {
  return {
    acara: eventSlug,
    status: filter.status === "all" ? undefined : filter.status,
    min: filter.minScore > 0 ? String(filter.minScore) : undefined,
    q: filter.q || undefined,
    sort: filter.sort === "score" ? undefined : filter.sort,
  };
}
