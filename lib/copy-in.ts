// COPY ... FROM STDIN over a node-postgres connection, fed while it runs: a matching run sends
// its rows as they are scored, and PostgreSQL writes them meanwhile, in one statement (one
// statement-level trigger at the end, no statement per few thousand rows). pg has the protocol
// messages but no COPY API of its own (pg-copy-streams is that API; this is the little of it the
// store needs, so no dependency is added for it). The statement goes through the connection's
// query queue like any other, so it stays inside the transaction open on that connection.
import type pg from "pg";

/** The protocol calls of pg's Connection that its type declarations leave out. */
interface CopyConnection extends pg.Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

export interface CopyIn {
  /** Adds a line of data (with its line break), encoded at once into the next chunk; sent when full or at flush(). */
  writeLine(line: string): void;
  /** Sends what writeLine() gathered (queued until PostgreSQL is ready for it). */
  flush(): void;
  /** Sends data already encoded (whole lines), after what writeLine() gathered. */
  writeBytes(bytes: Uint8Array): void;
  /** Ends the data: resolves with the rows copied once PostgreSQL has written them, rejects with its error. */
  end(): Promise<number>;
}

/** Bytes gathered before they go as one CopyData message. */
const chunkBytes = 256 * 1024;

/**
 * Starts `statement` (a COPY ... FROM STDIN) on the client, or once `after` has settled (the
 * statement before it on the same connection: pg queues a second statement sent meanwhile, but
 * deprecates doing so); the data follows with writeLine(), queued until PostgreSQL asks for it.
 * After a failed `after` the statement is not sent, and end() gives that failure.
 */
export function copyIn(client: pg.ClientBase, statement: string, after?: Promise<unknown>): CopyIn {
  let connection: CopyConnection | null = null;
  let queued: Buffer[] = [];
  let ended = false;
  let failure: Error | null = null;
  let copied = 0;
  let settle: { resolve: (rows: number) => void; reject: (error: Error) => void } | null = null;
  const done = new Promise<number>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A failure surfaces through end(); never as an unhandled rejection before someone asks.
  done.catch(() => undefined);

  const submittable = {
    submit: (pgConnection: pg.Connection) => pgConnection.query(statement),
    handleCopyInResponse: (pgConnection: CopyConnection) => {
      connection = pgConnection;
      for (const chunk of queued) connection.sendCopyFromChunk(chunk);
      queued = [];
      if (ended) connection.endCopyFrom();
    },
    handleCommandComplete: (message: { text: string }) => {
      copied = Number(/^COPY (\d+)/.exec(message.text)?.[1] ?? 0);
    },
    // PostgreSQL ends the COPY at its first error and ignores the data sent after it; pg forgets
    // the statement then (no ReadyForQuery reaches it), so the error settles it.
    handleError: (error: Error) => {
      failure = error;
      settle?.reject(error);
    },
    handleReadyForQuery: () => settle?.resolve(copied),
    handleRowDescription: () => undefined,
    handleDataRow: () => undefined,
    handleEmptyQuery: () => undefined,
    handlePortalSuspended: () => undefined,
    handleCopyData: () => undefined,
  };
  const submit = () => client.query(submittable as unknown as pg.QueryConfig);
  if (after) {
    after.then(submit, (error: unknown) => {
      failure = error instanceof Error ? error : new Error(String(error));
      settle?.reject(failure);
    });
  } else {
    submit();
  }

  // Lines are encoded straight into a chunk (no joined string to flatten and encode again).
  let chunk = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  const sendData = (data: Buffer) => {
    if (failure) return;
    if (connection) connection.sendCopyFromChunk(data);
    else queued.push(data);
  };
  const send = () => {
    if (used === 0) return;
    const data = chunk.subarray(0, used);
    chunk = Buffer.allocUnsafe(chunkBytes);
    used = 0;
    sendData(data);
  };
  return {
    writeLine(line) {
      if (ended) throw new Error("COPY data written after its end");
      // UTF-8 takes at most three bytes per UTF-16 unit.
      if (used + line.length * 3 > chunk.length) {
        send();
        if (line.length * 3 > chunk.length) chunk = Buffer.allocUnsafe(line.length * 3);
      }
      used += chunk.write(line, used);
    },
    flush: send,
    writeBytes(bytes) {
      if (ended) throw new Error("COPY data written after its end");
      send();
      if (bytes.length > 0) sendData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    },
    end() {
      if (!ended) {
        send();
        ended = true;
        if (connection && !failure) connection.endCopyFrom();
      }
      return done;
    },
  };
}
