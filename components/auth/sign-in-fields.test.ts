import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkSignInFields } from "./sign-in-fields";

describe("checkSignInFields", () => {
  it("names every empty or malformed field", () => {
    expect(checkSignInFields("  ", "")).toEqual({ ok: false, errors: { email: "emailRequired", password: "passwordRequired" } });
    expect(checkSignInFields("nama@usaha", "rahasia")).toEqual({ ok: false, errors: { email: "emailInvalid" } });
    expect(checkSignInFields("nama@usaha.id", "")).toEqual({ ok: false, errors: { password: "passwordRequired" } });
  });

  it("hands next-auth the trimmed email and the password as typed", () => {
    expect(checkSignInFields("  ikm@temu-usaha.test ", " kata sandi ")).toEqual({ ok: true, email: "ikm@temu-usaha.test", password: " kata sandi " });
  });

  it("accepts exactly the emails the server's zod schema accepts", () => {
    const server = z.email();
    for (const email of ["a@b.co", "nama.usaha+ikm@pt-maju.co.id", "a..b@c.id", ".a@b.id", "a@b", "a b@c.id", "a@-b.id", "a_b@c.d"]) {
      expect(checkSignInFields(email, "x").ok, email).toBe(server.safeParse(email).success);
    }
  });
});
