// How a run's Match rows are laid out for PostgreSQL (lib/matching/store.ts sends them): the
// stored components as compact JSON text, ids, and a row as a line of a statement's text or of
// COPY's text format. Pure apart from the ids' random characters.
import { randomBytes } from "node:crypto";
import { explanationParams, storedKeys } from "./engine/stored-format";
import type { StoredRows, StoredSuggestion, Suggestion } from "./engine/batch";
import { ByteSink } from "./engine/stored-bytes";
import type { Demand, ScoreComponent } from "./engine/types";

type ComponentTuple = (string | number | null)[];

/** One array per component, in the order of storedKeys (see storedComponents). */
function componentTuples(components: ScoreComponent[]): ComponentTuple[] {
  return storedKeys.map((key, position) => {
    // scorePair lists them in this order already; the search is for any other caller.
    const component = components[position]?.key === key ? components[position] : components.find((item) => item.key === key);
    if (!component) return [];
    const { key: explanationKey, values } = component.explanation;
    const names = explanationParams[key];
    let count = names.length;
    while (count > 0 && (values[names[count - 1]!] ?? null) === null) count -= 1;
    const tuple: ComponentTuple = [
      Math.round(component.value * 1000) / 1000,
      component.weight,
      Math.round(component.points * 10) / 10,
      component.applicable ? 1 : 0,
      explanationKey.slice(explanationKey.indexOf(".") + 1),
    ];
    for (let index = 0; index < count; index += 1) tuple.push(values[names[index]!] ?? null);
    return tuple;
  });
}

/**
 * What a Match row stores for its components, compactly (tens of thousands of rows per run):
 * one array per component, in the order of storedKeys: [value, weight, points, applicable 1|0,
 * explanation key without the component prefix, ...explanation values in the order of
 * explanationParams, trailing empty ones left out]; the list as JSON text, stored as one JSON
 * string. PostgreSQL then parses one string per row instead of some sixty numbers and arrays
 * (a quarter of the time PostgreSQL took to write a run) and the row is less than half the size; nothing
 * queries inside components. lib/matching/engine/stored.ts reads it back (and the earlier shapes).
 * (Writing the text out by hand instead of JSON.stringify of the arrays took 1.7 times as long.)
 */
export function storedComponents(components: ScoreComponent[]): string {
  return JSON.stringify(componentTuples(components));
}

const idAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
let idCounter = 0;

/**
 * Ids in the shape of Prisma's cuid() (25 lowercase letters and digits, starting with "c"): the
 * time, a counter and 12 random characters. Time first, so a run's rows go to the right-hand
 * end of the primary key's index instead of all over it; one random draw per write.
 */
export function createIds(count: number): string[] {
  const random = randomBytes(count * 12);
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const ids: string[] = new Array<string>(count);
  for (let row = 0; row < count; row += 1) {
    idCounter = (idCounter + 1) % 36 ** 3;
    let id = `c${time}${idCounter.toString(36).padStart(3, "0")}`;
    for (let i = row * 12; i < row * 12 + 12; i += 1) id += idAlphabet[random[i]! % 36];
    ids[row] = id;
  }
  return ids;
}

const separators = /[\t\n]/;

/** A row whose id field holds one of `special`, or whose score is not whole, would shift or break the columns: refused. */
function refusal(special: RegExp, id: string, enterpriseId: string, buyerId: string, requestId: string | null, score: number): Error | null {
  if (special.test(id) || special.test(enterpriseId) || special.test(buyerId) || (requestId !== null && special.test(requestId)) || !Number.isInteger(score)) {
    return new Error(`A match row cannot be laid out: ${JSON.stringify([id, enterpriseId, buyerId, requestId ?? ""])}`);
  }
  return null;
}

/**
 * One row of a statement's text: id, enterprise, buyer, request ("" for none: no request id is
 * empty), score and components, separated by tabs. The components come from JSON.stringify,
 * which writes tabs and line breaks inside strings as escapes, so only the ids are checked (not
 * the 12 MB of components of a 20k x 2k run); an id holding either would shift the columns, so
 * it is refused.
 */
export function layoutLine(id: string, enterpriseId: string, buyerId: string, requestId: string | null, score: number, components: string): string {
  const refused = refusal(separators, id, enterpriseId, buyerId, requestId, score);
  if (refused) throw refused;
  return `${id}\t${enterpriseId}\t${buyerId}\t${requestId ?? ""}\t${score}\t${components}`;
}

/** What would shift a field of copyLine's rows or start a quoted one: tab, line breaks, the quote character. */
export const copySpecial = /[\t\n\r\u0001]/;

/**
 * One row for COPY in the CSV format of copyStatement (tab-separated, \u0001 as the quote
 * character, so nothing is ever quoted; an empty field is NULL; backslashes and quotes are
 * plain characters): id, enterprise, buyer, request (empty for none), score, components, then
 * `tail` (the fields every row of the run shares), with its line break. The components field is
 * the text of storedComponents as a JSON string, as the jsonb column takes it (what to_jsonb(text)
 * stores on the statement path): JSON.stringify writes no tab, line break or control character
 * raw. An id holding one would shift the columns, so it is refused (ids are cuids).
 */
export function copyLine(id: string, enterpriseId: string, buyerId: string, requestId: string | null, score: number, components: string, tail: string): string {
  const refused = refusal(copySpecial, id, enterpriseId, buyerId, requestId, score);
  if (refused) throw refused;
  return `${id}\t${enterpriseId}\t${buyerId}\t${requestId ?? ""}\t${score}\t${JSON.stringify(components)}${tail}\n`;
}

/** COPY of copyLine's rows into "Match"; the last two columns (event, updatedAt) come from their tail. */
export const copyStatement = `COPY "Match" (id, "enterpriseId", "buyerId", "sourcingRequestId", score, components, "eventId", "updatedAt") FROM STDIN WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01')`;

/** The components' text of a suggestion: built already by the batch (suggestStored), or from its components. */
export const storedText = (suggestion: Suggestion | StoredSuggestion) => ("stored" in suggestion ? suggestion.stored : storedComponents(suggestion.components));

/** Rows per COPY statement of an empty scope (store.ts copyStore). */
export const rowsPerCopy = 10_000;

/**
 * Rows of copyLine's layout written as bytes, a run's batch writing each pair's stored components
 * straight into them (Batch.writeStored): the same bytes copyLine's text gives, without a string
 * per row. A row that cannot be laid out (an id holding a tab or line break, a score that is not
 * whole) is refused as copyLine refuses it: from then on nothing is taken, and the caller fails
 * the write.
 */
export class CopyRows implements StoredRows {
  readonly sink = new ByteSink();
  /** Rows written since the last take(). */
  count = 0;
  /** Why the first refused row could not be laid out; null while none was. */
  refused: Error | null = null;
  private readonly tailBytes: Buffer;
  private ids: string[] = [];
  private next = 0;

  constructor(tail: string) {
    this.tailBytes = Buffer.from(`${tail}\n`, "utf8");
  }

  beginRow(supplierId: string, demand: Demand, score: number): void {
    if (this.next === this.ids.length) {
      this.ids = createIds(1024);
      this.next = 0;
    }
    const id = this.ids[this.next]!;
    this.next += 1;
    const { buyerId, requestId } = demand;
    this.refused ??= refusal(copySpecial, id, supplierId, buyerId, requestId, score);
    const sink = this.sink;
    sink.ascii(id);
    sink.byte(9);
    sink.utf8(supplierId);
    sink.byte(9);
    sink.utf8(buyerId);
    sink.byte(9);
    if (requestId !== null) sink.utf8(requestId);
    sink.byte(9);
    sink.integer(score);
    sink.byte(9);
  }

  endRow(): void {
    this.sink.bytes(this.tailBytes);
    this.count += 1;
  }

  /** The rows written since the last take(), as COPY data; null once a row was refused. */
  take(): Buffer | null {
    this.count = 0;
    if (this.refused) {
      this.sink.length = 0;
      return null;
    }
    return this.sink.take();
  }
}
