// Search and filters of the staff queues (curation, certificates, an event's participants), read
// from the URL of a plain GET form: the page works without JavaScript and a view can be
// bookmarked. Each value is checked with zod on its own; a bad one is dropped and named, so the
// list still shows (never an HTTP 500) and the page says which filter it ignored. Pure.
import { z } from "zod";
import { checkDay } from "@/lib/forms/day";
import { hasUnsafeCharacters } from "@/lib/http/text";

export const queueSorts = ["lama", "baru"] as const;
/** "lama": oldest first; "baru": newest first. */
export type QueueSort = (typeof queueSorts)[number];

export type QueueSearch<Status extends string = string> = {
  /** Part of the name, NIB or email; "" for none. */
  q: string;
  kecamatan: string | null;
  /** A KBLI division: two digits. */
  kbli: string | null;
  status: Status | null;
  /** Days "YYYY-MM-DD" in WIB, both included. */
  from: string | null;
  to: string | null;
  sort: QueueSort;
};

/** The query-string names of the fields (Indonesian, as the rest of the portal's URLs). */
export const queueSearchParams = { q: "q", kecamatan: "kecamatan", kbli: "kbli", status: "status", from: "dari", to: "sampai", sort: "urut" } as const;
export type QueueSearchField = keyof typeof queueSearchParams;

export type QueueSearchParse<Status extends string> = { search: QueueSearch<Status>; ignored: QueueSearchField[] };

type SearchParams = Record<string, string | string[] | undefined>;

const day = z.string().refine((value) => checkDay(value) === "ok");

const fieldSchemas = {
  q: z
    .string()
    .max(100)
    .refine((value) => !hasUnsafeCharacters(value))
    .transform((value) => value.replace(/\s+/g, " ").trim()),
  // Kecamatan codes as the reference data holds them ("33.74.04").
  kecamatan: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  kbli: z.string().regex(/^\d{2}$/),
  from: day,
  to: day,
} satisfies Record<Exclude<QueueSearchField, "status" | "sort">, z.ZodType>;

function firstValue(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}

/**
 * The search a queue's URL asks for. `statuses` are the values this queue's status filter takes;
 * `defaultSort` is the order the queue had before any search (oldest first for work queues).
 */
export function parseQueueSearch<Status extends string>(
  params: SearchParams,
  statuses: readonly Status[],
  defaultSort: QueueSort = "lama",
): QueueSearchParse<Status> {
  const ignored: QueueSearchField[] = [];
  const read = <T>(field: QueueSearchField, schema: z.ZodType<T>): T | null => {
    const raw = firstValue(params[queueSearchParams[field]]);
    if (raw === "") return null;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    ignored.push(field);
    return null;
  };
  const search: QueueSearch<Status> = {
    q: read("q", fieldSchemas.q) ?? "",
    kecamatan: read("kecamatan", fieldSchemas.kecamatan),
    kbli: read("kbli", fieldSchemas.kbli),
    status: read("status", z.enum(statuses as readonly [Status, ...Status[]])) as Status | null,
    from: read("from", fieldSchemas.from),
    to: read("to", fieldSchemas.to),
    sort: read("sort", z.enum(queueSorts)) ?? defaultSort,
  };
  // A period that ends before it starts would list nothing: the end is dropped and named.
  if (search.from && search.to && search.from > search.to) {
    search.to = null;
    ignored.push("to");
  }
  return { search, ignored };
}

/** Whether anything narrows the list (the sort does not). */
export function isNarrowed(search: QueueSearch): boolean {
  return Boolean(search.q || search.kecamatan || search.kbli || search.status || search.from || search.to);
}

/** The search as query-string values for links (pagination), defaults left out. */
export function queueSearchQuery(search: QueueSearch, defaultSort: QueueSort = "lama"): Record<string, string | undefined> {
  return {
    [queueSearchParams.q]: search.q || undefined,
    [queueSearchParams.kecamatan]: search.kecamatan ?? undefined,
    [queueSearchParams.kbli]: search.kbli ?? undefined,
    [queueSearchParams.status]: search.status ?? undefined,
    [queueSearchParams.from]: search.from ?? undefined,
    [queueSearchParams.to]: search.to ?? undefined,
    [queueSearchParams.sort]: search.sort === defaultSort ? undefined : search.sort,
  };
}
