// Whether the database can serve right now, as the app's own queries find out. The driver
// adapter reports every failure to get or keep a connection (lib/database/adapters.ts
// watchAvailability) and every success; the server's admission control (lib/admission/admission.ts)
// reads it to answer 503 with Retry-After instead of an error page, and server actions to say
// "try again" (lib/auth/action.ts).
//
// Two kinds of failure: "busy" (no free pool connection in time, Prisma's transaction wait) is
// overload, and only the request that met it fails; "down" (refused, reset, the server shutting
// down or starting up) means no query can succeed, so requests are answered 503 at once until a
// query succeeds again. The state lives on globalThis: Next bundles instrumentation and the
// routes separately, and both must see the same state.

export type Unavailability = "busy" | "down";

interface AvailabilityState {
  /** When a connection failure of either kind was last seen (ms since the epoch), 0 never. */
  lastFailureAt: number;
  /** Set while the database is down: since when. */
  downSince: number | null;
  /** Connection failures seen by this process. */
  failures: number;
}

const key = Symbol.for("temu-usaha.database-availability");
type Holder = { [key]?: AvailabilityState };

function state(): AvailabilityState {
  const holder = globalThis as Holder;
  holder[key] ??= { lastFailureAt: 0, downSince: null, failures: 0 };
  return holder[key];
}

/** PostgreSQL error codes that mean "no connection now": connection exceptions, admin shutdown, starting up, too many clients. */
const downCodes = /^(08\d{3}|57P0[1-3]|53300)$/;
const downKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TlsConnectionError", "TooManyConnections"]);
const downMessages = /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|Connection terminated|Can't reach database server|terminating connection|the database system is (starting up|shutting down)|Client has encountered a connection error/i;
const busyMessages = /timeout exceeded when trying to connect|Unable to start a transaction in the given time|Timed out fetching a new connection/i;

/**
 * The SQLSTATE, Prisma's own code, the adapter's error kind and the message, from the adapter's
 * error (`cause`) or Prisma's (`meta.driverAdapterError.cause`). Not lib/db-errors.ts's sqlState:
 * that loads the Prisma client, and this module is loaded by the start script too.
 */
function fields(error: unknown): { code?: string; prismaCode?: string; kind?: string; message: string } {
  if (typeof error !== "object" || error === null) return { message: String(error) };
  type Cause = { kind?: unknown; originalCode?: unknown };
  const record = error as { code?: unknown; message?: unknown; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } };
  const cause = record.cause ?? record.meta?.driverAdapterError?.cause;
  const kind = cause?.kind;
  const code = cause?.originalCode ?? record.code;
  return {
    code: typeof code === "string" && !code.startsWith("P") ? code : undefined,
    prismaCode: typeof record.code === "string" && record.code.startsWith("P") ? record.code : undefined,
    kind: typeof kind === "string" ? kind : undefined,
    message: typeof record.message === "string" ? record.message : String(error),
  };
}

/** "down", "busy", or null when the error is not about reaching the database (a constraint, a bug). */
export function classifyDatabaseError(error: unknown): Unavailability | null {
  const { code, prismaCode, kind, message } = fields(error);
  if ((code && downCodes.test(code)) || (kind && downKinds.has(kind)) || prismaCode === "P1001" || prismaCode === "P1017" || downMessages.test(message)) {
    return "down";
  }
  if (prismaCode === "P2028" || prismaCode === "P2024" || busyMessages.test(message)) return "busy";
  return null;
}

/** Records the error when it is about reaching the database; returns its kind. */
export function reportDatabaseError(error: unknown, now = Date.now()): Unavailability | null {
  const kind = classifyDatabaseError(error);
  if (kind === null) return null;
  const current = state();
  current.lastFailureAt = now;
  current.failures += 1;
  if (kind === "down") current.downSince ??= now;
  return kind;
}

export function reportDatabaseSuccess(): void {
  state().downSince = null;
}

/** How many connection failures this process has seen: compare before and after a step to learn whether it met one. */
export function databaseFailureCount(): number {
  return state().failures;
}

export function databaseDown(): boolean {
  return state().downSince !== null;
}

/** Whether a connection failure was seen within the last `withinMs`. */
export function databaseFailedRecently(withinMs: number, now = Date.now()): boolean {
  return now - state().lastFailureAt <= withinMs;
}

/** For tests: forget what was seen. */
export function resetDatabaseAvailability(): void {
  const current = state();
  current.lastFailureAt = 0;
  current.downSince = null;
}
