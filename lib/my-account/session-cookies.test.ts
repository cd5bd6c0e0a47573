import { describe, expect, it } from "vitest";
import { clearSessionCookies, isSessionCookie } from "./session-cookies";

describe("clearing the session cookies", () => {
  it("expires next-auth's session cookie and its chunks, and nothing else", () => {
    const names = ["next-auth.session-token", "__Secure-next-auth.session-token.0", "__Secure-next-auth.session-token.1", "NEXT_LOCALE", "next-auth.csrf-token"];
    const set: { name: string; maxAge: number; secure?: boolean }[] = [];
    clearSessionCookies({
      getAll: () => names.map((name) => ({ name })),
      set: (name, _value, options) => set.push({ name, maxAge: options.maxAge, secure: options.secure }),
    });
    expect(set).toEqual([
      { name: "next-auth.session-token", maxAge: 0, secure: false },
      { name: "__Secure-next-auth.session-token.0", maxAge: 0, secure: true },
      { name: "__Secure-next-auth.session-token.1", maxAge: 0, secure: true },
    ]);
    expect(isSessionCookie("next-auth.session-tokenx")).toBe(false);
  });
});
