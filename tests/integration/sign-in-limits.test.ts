// The sign-in limits under attack, against the real database: counted before the password is
// checked (so parallel guesses cannot slip past), per email and address and per address, and
// never a lock on the owner: strangers failing on purpose only slow the email down and have its
// owner emailed a new-password link.
import { beforeEach, describe, expect, it } from "vitest";
import { authenticate, SignInRefused } from "@/lib/sign-in/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { limitRules } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { backgroundMailSettled } from "@/lib/mail/background";
import { resetData } from "./reset";
import { linkIn, mailTo, uniqueEmail } from "./support/accounts";

const password = "Batik-Semarangan-2026";
// Inside one 15-minute window.
const now = new Date("2026-11-28T03:01:00Z");

async function makeUser(email: string) {
  return db.user.create({
    data: { email, name: "Siti Rahayu", role: "SME", passwordHash: await hashPassword(password), emailVerifiedAt: now, status: "ACTIVE" },
    select: { id: true },
  });
}

/** The outcome of an attempt: "ok", "wrong" or the refusal code. */
async function attempt(email: string, pass: string, ip: string, options: Parameters<typeof authenticate>[2] = { now }): Promise<string> {
  try {
    return (await authenticate({ email, password: pass }, ip, options)) ? "ok" : "wrong";
  } catch (error) {
    if (error instanceof SignInRefused) return error.message;
    throw error;
  }
}

describe("sign-in limits", () => {
  beforeEach(resetData);

  it("checks the password of at most 5 of 50 parallel guesses for one email from one address", async () => {
    const email = uniqueEmail("paralel");
    await makeUser(email);
    let verifications = 0;
    const verify = (hash: string, guess: string) => {
      verifications += 1;
      return verifyPassword(hash, guess);
    };
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => attempt(email, `tebakan-${i}-salah`, "198.51.100.9", { now, verify })));
    expect(outcomes.filter((outcome) => outcome === "wrong")).toHaveLength(limitRules.signInEmailAddress.max);
    expect(outcomes.filter((outcome) => outcome.startsWith("RateLimited:"))).toHaveLength(50 - limitRules.signInEmailAddress.max);
    expect(verifications).toBe(limitRules.signInEmailAddress.max);
    // Only the checked guesses are recorded as failed attempts.
    expect(await db.signInAttempt.count({ where: { email, succeeded: false } })).toBe(limitRules.signInEmailAddress.max);
    // The window ends at 03:15; the right password is refused until then, from that address.
    expect(await attempt(email, password, "198.51.100.9")).toBe("RateLimited:2026-11-28T03:15:00.000Z");
  });

  it("does not let failures from other addresses lock the owner out, and emails the owner once past the ceiling", async () => {
    const email = uniqueEmail("pemilik");
    await makeUser(email);
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    // Twelve addresses, five wrong guesses each: 60 failures for the email.
    for (let address = 1; address <= 12; address++) {
      for (let guess = 0; guess < 5; guess++) {
        expect(await attempt(email, `salah-${address}-${guess}-x`, `203.0.113.${address}`, { now, wait })).toBe("wrong");
      }
      // Each of them is now refused at its own address...
      expect(await attempt(email, password, `203.0.113.${address}`, { now, wait })).toMatch(/^RateLimited:/);
    }
    // ...while the owner still signs in at theirs, slowed down (1 s more per attempt beyond 10, at most 10 s).
    expect(await attempt(email, password, "192.0.2.50", { now, wait })).toBe("ok");
    expect(waits.slice(0, 3)).toEqual([1000, 2000, 3000]);
    expect(waits.at(-1)).toBe(10_000);

    // Crossing the ceiling (the 11th attempt) emailed the owner once, with a link to set a new password.
    await backgroundMailSettled();
    const mails = await mailTo(email);
    expect(mails.map((mail) => mail.subject)).toEqual(["Percobaan masuk yang gagal ke akun Temu Usaha Anda"]);
    expect(mails[0]?.text).toContain("Akun Anda tidak dikunci");
    expect(linkIn(mails[0])).toMatch(/\/atur-ulang-kata-sandi\?token=/);
  });

  it("warns nobody when the email has no account", async () => {
    const email = uniqueEmail("tidak-ada");
    for (let address = 1; address <= 3; address++) {
      for (let guess = 0; guess < 5; guess++) await attempt(email, `salah-${guess}-kata-sandi`, `203.0.113.${address}`, { now, wait: async () => {} });
    }
    await backgroundMailSettled();
    expect(await mailTo(email)).toEqual([]);
  });

  it("ignores X-Forwarded-For from a client, and still limits a request whose address is unknown", async () => {
    await makeUser("budi@logam.test");
    for (let i = 0; i < limitRules.signInAddress.max; i++) {
      // A different forged address every time, as an attacker would send.
      const ip = clientIp(new Headers({ "x-forwarded-for": `10.${i}.0.1` }));
      expect(await attempt(`tebak${i}@contoh.test`, "wrong-password-x", ip)).toBe("wrong");
    }
    const ip = clientIp(new Headers({ "x-forwarded-for": "10.99.0.1" }));
    expect(await attempt("budi@logam.test", password, ip)).toMatch(/^RateLimited:/);
  });
});
