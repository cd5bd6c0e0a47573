import { describe, expect, it } from "vitest";
import { accountStamp, signToken, verifyTokenSignature } from "./token-signature";

const secret = "a-test-secret-a-test-secret-a-test-secret";
const now = new Date("2026-11-28T10:00:00Z");
const payload = { p: "reset-password", u: "user1", e: now.getTime() / 1000 + 3600, s: accountStamp(["hash"]) };

describe("signed tokens", () => {
  it("round-trips a payload", () => {
    expect(verifyTokenSignature(signToken(payload, secret), secret, now)).toEqual({ ok: true, payload });
  });

  it("rejects a token signed with another secret or altered", () => {
    const token = signToken(payload, secret);
    expect(verifyTokenSignature(token, `${secret}x`, now)).toEqual({ ok: false, reason: "bad-signature" });
    const forged = signToken({ ...payload, u: "admin" }, "guess").split(".")[0] + "." + token.split(".")[1];
    expect(verifyTokenSignature(forged, secret, now)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("rejects an expired token", () => {
    const token = signToken(payload, secret);
    expect(verifyTokenSignature(token, secret, new Date(now.getTime() + 3601_000))).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects malformed input", () => {
    for (const token of ["", "abc", "a.b.c", "a b.c", "..."]) {
      expect(verifyTokenSignature(token, secret, now).ok).toBe(false);
    }
  });

  it("changes the stamp when the account changes", () => {
    expect(accountStamp(["hash1", "a@b.c"])).not.toBe(accountStamp(["hash2", "a@b.c"]));
    expect(accountStamp(["x", null])).toBe(accountStamp(["x", ""]));
  });
});
