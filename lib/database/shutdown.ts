// A clean stop on SIGTERM/SIGINT: stop accepting connections, let the requests in flight and the
// in-process job worker's current job finish (at most drainTimeoutMs; the worker claims no
// further job), then close the database: on the embedded default that checkpoints
// PGlite and releases the directory lock. Next.js's own signal handlers would exit within
// milliseconds, closing nothing, so scripts/run-next.ts sets NEXT_MANUAL_SIG_HANDLE=true and this
// module handles the signals instead.
//
// Next does not hand its HTTP server to application code; Node's diagnostics channel
// "http.server.request.start" reports every request with the server that received it, which is
// how requests in flight are counted and how the server is found to stop listening.
import diagnosticsChannel from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { closeDb, getConnection, isConnected } from "@/lib/db";
import { jobLoopBusy, stopJobLoop } from "@/lib/job-runner/background";

/** Longer than any page or action should take, shorter than the usual 10 s before a SIGKILL. */
export const drainTimeoutMs = 8_000;

interface ShutdownState {
  servers: Set<Server>;
  inFlight: number;
  responses: Set<ServerResponse>;
  drained: Set<() => void>;
  stopping: boolean;
  tracking: boolean;
}

const key = Symbol.for("temu-usaha.shutdown");
type Holder = { [key]?: ShutdownState };

function state(): ShutdownState {
  const holder = globalThis as Holder;
  holder[key] ??= { servers: new Set(), inFlight: 0, responses: new Set(), drained: new Set(), stopping: false, tracking: false };
  return holder[key];
}

/**
 * The connection of a response answered during the stop closes after it: a client that keeps
 * connections alive (every browser) must not get another request served on it.
 */
function lastOnItsConnection(response: ServerResponse) {
  if (!response.headersSent) {
    response.setHeader("Connection", "close");
    return;
  }
  response.once("finish", () => response.socket?.end());
}

function stopListening(server: Server) {
  // Refuses new connections; idle keep-alive connections are closed, busy ones finish first.
  server.close(() => undefined);
  server.closeIdleConnections();
}

/** Counts requests from start to the end of their response. Call once, early, per process. */
export function trackRequests(): void {
  const current = state();
  if (current.tracking) return;
  current.tracking = true;
  diagnosticsChannel.subscribe("http.server.request.start", (message) => {
    const { server, response } = message as { server: Server; response: ServerResponse };
    if (!current.servers.has(server)) {
      current.servers.add(server);
      if (current.stopping) stopListening(server);
    }
    current.inFlight += 1;
    current.responses.add(response);
    if (current.stopping) lastOnItsConnection(response);
    response.once("close", () => {
      current.inFlight -= 1;
      current.responses.delete(response);
      if (current.inFlight === 0) for (const resolve of current.drained) resolve();
    });
  });
}

export function requestsInFlight(): number {
  return state().inFlight;
}

function drained(timeoutMs: number): Promise<boolean> {
  const current = state();
  if (current.inFlight === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      current.drained.delete(done);
      resolve(true);
    };
    const timer = setTimeout(() => {
      current.drained.delete(done);
      resolve(false);
    }, timeoutMs);
    current.drained.add(done);
  });
}

/** Stop serving, finish what is in flight, close the database. Resolves with the exit code. */
export async function shutDown(signal: string, log: (line: string) => void = console.log): Promise<number> {
  const current = state();
  current.stopping = true;
  for (const server of current.servers) stopListening(server);
  for (const response of current.responses) lastOnItsConnection(response);
  log(`\n  ${signal}: no new requests; finishing ${current.inFlight} in flight`);
  if (jobLoopBusy()) log("  Waiting for the job worker's current job");
  const [requestsDone, jobDone] = await Promise.all([drained(drainTimeoutMs), stopJobLoop(drainTimeoutMs)]);
  if (!requestsDone) log(`  ${current.inFlight} request(s) still running after ${drainTimeoutMs} ms; closing anyway`);
  // Its lease runs out and another worker (or this server's next start) sends it again.
  if (!jobDone) log(`  The job worker's current job is still running after ${drainTimeoutMs} ms; closing anyway`);
  if (!isConnected()) {
    log("  Stopped (the database was never opened)");
    return 0;
  }
  const embedded = getConnection().kind === "embedded";
  try {
    await closeDb();
  } catch (error) {
    console.error("  Closing the database failed:", error);
    return 1;
  }
  log(embedded ? "  Embedded database closed cleanly" : "  Database connections closed");
  return 0;
}

/** On the first SIGINT or SIGTERM: shut down cleanly, then exit. Further signals are ignored. */
export function closeOnShutdown(): void {
  let started = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (started) return;
      started = true;
      void shutDown(signal).then((code) => process.exit(code));
    });
  }
}
