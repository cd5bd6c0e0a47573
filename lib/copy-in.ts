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
  /** Sends data already encoded (whole lines), queued until PostgreSQL is ready for it. */
  writeBytes(bytes: Uint8Array): void;
  /** Ends the data: resolves with the rows copied once PostgreSQL has written them, rejects with its error. */
  end(): Promise<number>;
}

/**
 * Starts `statement` (a COPY ... FROM STDIN) on the client, or once `after` has settled (the
 * statement before it on the same connection: pg queues a second statement sent meanwhile, but
 * deprecates doing so); the data follows with writeBytes(), queued until PostgreSQL asks for it.
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

  const sendData = (data: Buffer) => {
    if (failure) return;
    if (connection) connection.sendCopyFromChunk(data);
    else queued.push(data);
  };
  return {
    writeBytes(bytes) {
      if (ended) throw new Error("COPY data written after its end");
      if (bytes.length > 0) sendData(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    },
    end() {
      if (!ended) {
        ended = true;
        if (connection && !failure) connection.endCopyFrom();
      }
      return done;
    },
  };
}
