import { describe, expect, it } from "vitest";
import { signInErrorFrom } from "./sign-in-error";

describe("signInErrorFrom", () => {
  it("maps wrong credentials, rate limiting and anything else to three generic messages", () => {
    expect(signInErrorFrom("CredentialsSignin")).toBe("wrongCredentials");
    expect(signInErrorFrom("RateLimited")).toBe("tooManyAttempts");
    expect(signInErrorFrom("TooManyAttempts")).toBe("tooManyAttempts");
    expect(signInErrorFrom(null, 429)).toBe("tooManyAttempts");
    expect(signInErrorFrom("Configuration")).toBe("failed");
    expect(signInErrorFrom("<script>")).toBe("failed");
  });

  it("is null when there is no error", () => {
    expect(signInErrorFrom(undefined)).toBeNull();
    expect(signInErrorFrom("", 200)).toBeNull();
  });
});
