// COPY ... FROM STDIN over a node-postgres client, for the benchmarks' write floor: pg has the
// protocol messages but no COPY API of its own (pg-copy-streams is that API; this is the little
// of it the benchmarks need, so no dependency is added for it).
import type pg from "pg";

/** The protocol calls of pg's Connection that its type declarations leave out. */
interface CopyConnection extends pg.Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** One field in COPY's text format: \N for null, backslash escapes for the separators. */
export function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (character) => ({ "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" })[character]!);
}

/** Rows in COPY's text format, one line each. */
export const copyText = (rows: (string | number | null)[][]) => rows.map((row) => `${row.map(copyField).join("\t")}\n`).join("");

const chunkBytes = 64 * 1024;

/** Runs `COPY <table> (...) FROM STDIN` with the text as its data; resolves with the rows copied. */
export function copyFrom(client: pg.Client, statement: string, text: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let copied = 0;
    const submittable = {
      submit: (connection: pg.Connection) => connection.query(statement),
      handleCopyInResponse: (connection: CopyConnection) => {
        const data = Buffer.from(text);
        for (let start = 0; start < data.length; start += chunkBytes) connection.sendCopyFromChunk(data.subarray(start, start + chunkBytes));
        connection.endCopyFrom();
      },
      handleCommandComplete: (message: { text: string }) => {
        copied = Number(/^COPY (\d+)/.exec(message.text)?.[1] ?? 0);
      },
      // pg forgets the active query on an error: no ReadyForQuery reaches it afterwards.
      handleError: (error: Error) => reject(error),
      handleReadyForQuery: () => resolve(copied),
      handleRowDescription: () => undefined,
      handleDataRow: () => undefined,
      handleEmptyQuery: () => undefined,
      handlePortalSuspended: () => undefined,
      handleCopyData: () => undefined,
    };
    client.query(submittable);
  });
}
