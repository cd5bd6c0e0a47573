// Vitest resolves `next/headers` here (vitest.config.mts): headers() and cookies() serve the
// current test's request, which the helpers in tests/integration/support/actions.ts set. Outside
// Next there is no request scope, so the real module would throw.
// next-auth loads `next/headers` with Node's require, which the alias does not reach: the
// integration setup registers this module under that name too, so both read one request.

export interface CookieWrite {
  name: string;
  value: string;
  maxAge?: number;
}

interface RequestState {
  headers: Headers;
  cookies: Map<string, string>;
  /** Every cookies().set() of the test, in order (a deletion is a write with maxAge 0). */
  writes: CookieWrite[];
  /** Settles once the cookies a sign-in is still minting are in (cookies() waits for it). */
  ready: Promise<void>;
}

/** Stands for the TCP peer that the server stamps on every request (lib/http/socket-address.ts). */
export const defaultSocketAddress = "192.0.2.1";

const key = Symbol.for("temu.tests.request");
const holder = globalThis as typeof globalThis & { [key]?: RequestState };

function fresh(): RequestState {
  return { headers: new Headers({ "x-temu-socket-address": defaultSocketAddress }), cookies: new Map(), writes: [], ready: Promise.resolve() };
}

export function requestState(): RequestState {
  return (holder[key] ??= fresh());
}

/** A new request: the default socket address, no cookies, nothing written. */
export function resetRequest(): void {
  holder[key] = fresh();
}

/** Replaces the request's headers (pass no socket address to model a request from outside the server). */
export function setRequestHeaders(values: Record<string, string>): void {
  requestState().headers = new Headers(values);
}

interface CookieOptions {
  maxAge?: number;
  expires?: Date;
  [option: string]: unknown;
}

const cookieStore = {
  get(name: string) {
    const value = requestState().cookies.get(name);
    return value === undefined ? undefined : { name, value };
  },
  getAll() {
    return [...requestState().cookies].map(([name, value]) => ({ name, value }));
  },
  has(name: string) {
    return requestState().cookies.has(name);
  },
  set(nameOrCookie: string | ({ name: string; value: string } & CookieOptions), value?: string, options: CookieOptions = {}) {
    const cookie = typeof nameOrCookie === "string" ? { name: nameOrCookie, value: value ?? "", ...options } : nameOrCookie;
    const state = requestState();
    state.writes.push({ name: cookie.name, value: cookie.value, maxAge: cookie.maxAge });
    const expired = cookie.maxAge !== undefined && cookie.maxAge <= 0;
    if (expired) state.cookies.delete(cookie.name);
    else state.cookies.set(cookie.name, cookie.value);
    return cookieStore;
  },
  delete(name: string) {
    return cookieStore.set(name, "", { maxAge: 0 });
  },
};

export type TestCookieStore = typeof cookieStore;

export async function headers(): Promise<Headers> {
  return requestState().headers;
}

export async function cookies(): Promise<TestCookieStore> {
  await requestState().ready;
  return cookieStore;
}

/** A cookie the browser sends with the request. */
export function setRequestCookie(name: string, value: string): void {
  requestState().cookies.set(name, value);
}

/** What the code under test wrote with cookies().set() since the last clearCookieWrites(). */
export function cookieWrites(): CookieWrite[] {
  return requestState().writes;
}

export function clearCookieWrites(): void {
  requestState().writes = [];
}
