// A pair's stored components written straight as the bytes of a COPY field: the text of
// storedComponents (store-rows.ts) as a JSON string, UTF-8, which is what the jsonb column takes
// and what JSON.stringify(storedText) gives. A run keeps some 35,000 pairs: building arrays for
// JSON.stringify, then a string, then escaping it again and encoding it (on another thread, after
// copying it there) made most of a run's garbage and a good part of its CPU. Here the numbers
// are written from tables and digits, and each string's escaped bytes are made once and reused.
// Pure apart from its caches; the unit tests compare the bytes with
// JSON.stringify(storedPair(...)) on random pairs and on strings that need escaping.
import { historyTuple, pointsScale, shownEnd, type HistoryAdjustment, type Tuple } from "./stored-format";

/** A growing buffer of bytes, written at its end. */
export class ByteSink {
  private buffer: Buffer;
  length = 0;

  constructor(size = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** Room for n more bytes. */
  reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + n));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  byte(code: number): void {
    this.reserve(1);
    this.buffer[this.length++] = code;
  }

  /** Text of ASCII characters only (numbers, keys, separators). */
  ascii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i += 1) this.buffer[this.length++] = text.charCodeAt(i);
  }

  /** Any text, as UTF-8. */
  utf8(text: string): void {
    this.reserve(text.length * 3);
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  bytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** A whole number, as String() writes it. */
  integer(value: number): void {
    if (value < 0 || value > 0x7fffffff) {
      this.ascii(String(value));
      return;
    }
    this.reserve(10);
    if (value === 0) {
      this.buffer[this.length++] = 48;
      return;
    }
    let digits = 0;
    for (let rest = value; rest > 0; rest = (rest / 10) | 0) digits += 1;
    let at = this.length + digits - 1;
    for (let rest = value; rest > 0; rest = (rest / 10) | 0) this.buffer[at--] = 48 + (rest % 10);
    this.length += digits;
  }

  /** The bytes written since the last take(), which start the next ones. */
  take(): Buffer {
    const taken = Buffer.from(this.buffer.subarray(0, this.length));
    this.length = 0;
    return taken;
  }
}

const quote = 0x22;

/** Bytes of each string met: JSON.stringify of it, quotes included, escaped again as inside the field's JSON string. */
const escapedStrings = new Map<string, Buffer>();

function escapedString(value: string): Buffer {
  let bytes = escapedStrings.get(value);
  if (!bytes) {
    const inner = JSON.stringify(value);
    bytes = Buffer.from(JSON.stringify(inner).slice(1, -1), "utf8");
    // Keys, codes, units, cities, countries: a few hundred in a run; a bound all the same.
    if (escapedStrings.size < 20_000) escapedStrings.set(value, bytes);
  }
  return bytes;
}

/** JSON text of thousandths 0..1000 and tenths 0..1000 (a value rounded to 3 places, points to 1). */
const thousandths = Array.from({ length: 1001 }, (_, n) => Buffer.from(JSON.stringify(n / 1000)));
const tenths = Array.from({ length: 1001 }, (_, n) => Buffer.from(JSON.stringify(n / 10)));

/** A number as JSON.stringify writes it. */
function number(sink: ByteSink, value: number): void {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) {
    if (value === 0) sink.byte(48); // -0 too
    else sink.integer(value);
  } else {
    sink.ascii(JSON.stringify(value));
  }
}

/** Math.round(value * scale) / scale as JSON.stringify writes it. */
function rounded(sink: ByteSink, value: number, scale: 1000 | 10): void {
  const n = Math.round(value * scale);
  if (n >= 0 && n <= 1000) sink.bytes(scale === 1000 ? thousandths[n]! : tenths[n]!);
  else number(sink, n / scale);
}

/** One value of a component's tuple, inside the field's JSON string. */
function value(sink: ByteSink, item: string | number | null): void {
  if (item === null) sink.ascii("null");
  else if (typeof item === "number") number(sink, item);
  else sink.bytes(escapedString(item));
}

/**
 * Writes JSON.stringify(storedText(fits, weights, history)) (stored-pair.ts): the component
 * tuples [value, weight, points, applicable, key, ...values] with trailing nulls left out, then
 * the history's, as one JSON string.
 */
export function writeStoredField(sink: ByteSink, fits: Tuple[], weights: number[], history: HistoryAdjustment | null): void {
  const scale = pointsScale(fits, weights);
  sink.byte(quote);
  sink.byte(0x5b); // [
  for (let index = 0; index < fits.length; index += 1) {
    const fit = fits[index]!;
    const fitValue = fit[0] as number;
    const applicable = fit[1] === 1;
    const points = (applicable ? fitValue * weights[index]! : 0) * scale;
    const end = shownEnd(fit);
    sink.byte(0x5b);
    rounded(sink, fitValue, 1000);
    sink.byte(0x2c);
    number(sink, weights[index]!);
    sink.byte(0x2c);
    rounded(sink, points, 10);
    sink.ascii(applicable ? ",1" : ",0");
    for (let at = 2; at < end; at += 1) {
      sink.byte(0x2c);
      value(sink, fit[at]!);
    }
    sink.ascii("],");
  }
  // The history's tuple, one per pair: its values as they are (already rounded).
  const last = historyTuple(history);
  sink.byte(0x5b);
  last.forEach((item, at) => {
    if (at > 0) sink.byte(0x2c);
    value(sink, item);
  });
  sink.ascii("]]");
  sink.byte(quote);
}
