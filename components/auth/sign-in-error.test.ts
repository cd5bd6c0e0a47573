import { describe, expect, it } from "vitest";
import { signInErrorFrom } from "./sign-in-error";

describe("signInErrorFrom", () => {
  it("maps wrong credentials, an unverified email and anything else to generic messages", () => {
    expect(signInErrorFrom("CredentialsSignin")).toEqual({ kind: "wrongCredentials" });
    expect(signInErrorFrom("EmailNotVerified")).toEqual({ kind: "notVerified" });
    expect(signInErrorFrom("Configuration")).toEqual({ kind: "failed" });
    expect(signInErrorFrom("<script>")).toEqual({ kind: "failed" });
  });

  it("carries the time a rate limit lifts", () => {
    expect(signInErrorFrom("RateLimited:2026-11-28T10:15:00.000Z")).toEqual({ kind: "tooManyAttempts", retryAt: "2026-11-28T10:15:00.000Z" });
    expect(signInErrorFrom("RateLimited:soon")).toEqual({ kind: "tooManyAttempts", retryAt: null });
    expect(signInErrorFrom(null, 429)).toEqual({ kind: "tooManyAttempts", retryAt: null });
  });

  it("is null when there is no error", () => {
    expect(signInErrorFrom(undefined)).toBeNull();
    expect(signInErrorFrom("", 200)).toBeNull();
  });
});
