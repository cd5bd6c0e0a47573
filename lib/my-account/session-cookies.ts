// Ends the browser's session on the server side, so a deleted account is signed out even
// without JavaScript. next-auth names its JWT cookie with a __Secure- prefix on HTTPS and
// splits large tokens into numbered chunks ("<name>.0", "<name>.1", ...).
const sessionCookieNames = ["next-auth.session-token", "__Secure-next-auth.session-token"];

interface CookieStore {
  getAll(): { name: string }[];
  set(name: string, value: string, options: { path: string; maxAge: number; secure?: boolean; httpOnly?: boolean; sameSite?: "lax" }): unknown;
}

export function isSessionCookie(name: string): boolean {
  return sessionCookieNames.some((cookie) => name === cookie || name.startsWith(`${cookie}.`));
}

export function clearSessionCookies(store: CookieStore): void {
  for (const { name } of store.getAll()) {
    if (!isSessionCookie(name)) continue;
    store.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}
