// Lays a run's Match rows out for COPY in a worker thread: new ids (createIds), each row's line
// (copyLine) and its UTF-8 bytes, some 15 MB for the 35,000 rows of a 20k x 2k run. On the main
// thread that took about a third as long as scoring the 2.1 million pairs, while PostgreSQL,
// writing the rows on the other core, had time to spare; here the main thread only scores and
// sends the bytes. The worker's code is a string evaluated by the worker (no file for tsx or
// Next's server bundle to resolve), written to give exactly what createIds and copyLine give (a
// unit test compares them). One worker per process, started with the first run that needs it
// and kept (unref'd: it never holds the process open); a store that cannot start it, or loses it,
// lays the rows out itself (lib/matching/store.ts).
import { Worker } from "node:worker_threads";

/** One part of a write: the rows' fields, column by column, and the fields every row shares. */
export interface LayoutPart {
  supplierIds: string[];
  buyerIds: string[];
  requestIds: (string | null)[];
  scores: number[];
  stored: string[];
  /** copyLine's tail: the event and updatedAt of the run. */
  tail: string;
}

export interface CopyLayout {
  /** The COPY data of the part's rows, in order, each with a new id, as copyLine lays them out. */
  layout(part: LayoutPart): Promise<Uint8Array>;
  /** Stops the worker: what it was doing, and any later layout(), fails; copyLayout() then starts another. */
  stop(): Promise<void>;
}

/** The worker: createIds and copyLine of lib/matching/store-rows.ts, over a part at a time. */
const workerSource = `
const { parentPort } = require("node:worker_threads");
const { randomBytes } = require("node:crypto");
const idAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
const special = /[\\t\\n\\r\\u0001]/;
let idCounter = 0;
function createIds(count) {
  const random = randomBytes(count * 12);
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const ids = new Array(count);
  for (let row = 0; row < count; row += 1) {
    idCounter = (idCounter + 1) % 36 ** 3;
    let id = "c" + time + idCounter.toString(36).padStart(3, "0");
    for (let i = row * 12; i < row * 12 + 12; i += 1) id += idAlphabet[random[i] % 36];
    ids[row] = id;
  }
  return ids;
}
const encoder = new TextEncoder();
parentPort.on("message", ({ seq, part }) => {
  try {
    const count = part.scores.length;
    const ids = createIds(count);
    const lines = new Array(count);
    for (let row = 0; row < count; row += 1) {
      const [id, enterpriseId, buyerId, requestId, score] = [ids[row], part.supplierIds[row], part.buyerIds[row], part.requestIds[row], part.scores[row]];
      if (special.test(id) || special.test(enterpriseId) || special.test(buyerId) || (requestId !== null && special.test(requestId)) || !Number.isInteger(score)) {
        throw new Error("A match row cannot be laid out: " + JSON.stringify([id, enterpriseId, buyerId, requestId ?? ""]));
      }
      lines[row] = id + "\\t" + enterpriseId + "\\t" + buyerId + "\\t" + (requestId ?? "") + "\\t" + score + "\\t" + JSON.stringify(part.stored[row]) + part.tail + "\\n";
    }
    const bytes = encoder.encode(lines.join(""));
    parentPort.postMessage({ seq, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ seq, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

interface Waiting {
  resolve: (bytes: Uint8Array) => void;
  reject: (error: Error) => void;
}

let shared: CopyLayout | null = null;

/** Starts the worker; null when this process cannot run one. */
function start(): CopyLayout | null {
  let worker: Worker;
  try {
    // No loader flags of the parent (tsx's): the worker's code is plain CommonJS with builtins.
    worker = new Worker(workerSource, { eval: true, execArgv: [] });
  } catch {
    return null;
  }
  worker.unref();
  const waiting = new Map<number, Waiting>();
  let seq = 0;
  let stopped: Error | null = null;
  const fail = (error: Error) => {
    stopped ??= error;
    if (shared === layout) shared = null; // the next store starts another
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  worker.on("message", (message: { seq: number; bytes?: Uint8Array; error?: string }) => {
    const entry = waiting.get(message.seq);
    if (!entry) return;
    waiting.delete(message.seq);
    if (waiting.size === 0) worker.unref();
    if (message.bytes) entry.resolve(message.bytes);
    else entry.reject(new Error(message.error ?? "the layout worker failed"));
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`The layout worker stopped (exit code ${code})`)));
  const layout: CopyLayout = {
    layout(part) {
      if (stopped) return Promise.reject(stopped);
      seq += 1;
      const current = seq;
      return new Promise<Uint8Array>((resolve, reject) => {
        if (waiting.size === 0) worker.ref(); // holds the process open only while it has work
        waiting.set(current, { resolve, reject });
        worker.postMessage({ seq: current, part });
      });
    },
    async stop() {
      await worker.terminate();
    },
  };
  return layout;
}

/** The process's layout worker, started on first use; null when none can run. */
export function copyLayout(): CopyLayout | null {
  shared ??= start();
  return shared;
}
