import { beforeEach, describe, expect, it } from "vitest";
import { authenticate, SignInRefused } from "@/lib/sign-in/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { limitRules } from "@/lib/auth/rate-limit";
import { loadSessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { resetData } from "./reset";

const password = "Batik-Semarangan-2026";
const start = new Date("2026-11-28T03:00:00Z");
const at = (seconds: number) => ({ now: new Date(start.getTime() + seconds * 1000) });
const atTime = (seconds: number) => at(seconds).now;

async function makeUser(email: string, overrides: { emailVerifiedAt?: Date | null; status?: "ACTIVE" | "DEACTIVATED" } = {}) {
  return db.user.create({
    data: {
      email,
      name: "Siti Rahayu",
      role: "SME",
      passwordHash: await hashPassword(password),
      emailVerifiedAt: "emailVerifiedAt" in overrides ? overrides.emailVerifiedAt : start,
      status: overrides.status ?? "ACTIVE",
    },
    select: { id: true },
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SignInRefused) return error.message;
    throw error;
  }
  throw new Error("expected the sign-in to be refused");
}

describe("sign-in", () => {
  beforeEach(resetData);

  it("accepts the right password, records it and audits it", async () => {
    const user = await makeUser("siti@batik.test");
    expect(await authenticate({ email: "Siti@Batik.test", password }, "10.0.0.1", at(0))).toMatchObject({ id: user.id });
    expect(await db.signInAttempt.count({ where: { email: "siti@batik.test", succeeded: true } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.sign-in", actorId: user.id, ip: "10.0.0.1" } })).toBe(1);
  });

  it("refuses a wrong password and audits the failure", async () => {
    const user = await makeUser("siti@batik.test");
    expect(await authenticate({ email: "siti@batik.test", password: "salah-sekali-123" }, "10.0.0.1", at(0))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.sign-in-failed", entityId: user.id } })).toBe(1);
  });

  it("refuses the 6th attempt for an email from one address, even with the right password, and says when to retry", async () => {
    await makeUser("siti@batik.test");
    for (let i = 0; i < limitRules.signInEmailAddress.max; i++) {
      expect(await authenticate({ email: "siti@batik.test", password: `wrong-${i}-password` }, "10.0.0.1", at(i * 60))).toBeNull();
    }
    const message = await refusal(authenticate({ email: "siti@batik.test", password }, "10.0.0.1", at(5 * 60)));
    // The 15-minute window that began at 03:00 ends at 03:15.
    expect(message).toBe(`RateLimited:${atTime(15 * 60).toISOString()}`);
    expect(await db.auditLog.count({ where: { action: "auth.sign-in-rate-limited" } })).toBe(1);
    // A refused attempt is not counted as a success and signs nobody in.
    expect(await db.signInAttempt.count({ where: { succeeded: true } })).toBe(0);
    // The owner at another address is not locked out by these failures.
    expect(await authenticate({ email: "siti@batik.test", password }, "10.9.9.9", at(6 * 60))).not.toBeNull();
    // After the window has ended, the right password works at the first address again.
    expect(await authenticate({ email: "siti@batik.test", password }, "10.0.0.1", at(15 * 60 + 1))).not.toBeNull();
  });

  it("clears an email's failures at an address after a successful sign-in there", async () => {
    await makeUser("siti@batik.test");
    const max = limitRules.signInEmailAddress.max;
    for (let i = 0; i < max - 1; i++) await authenticate({ email: "siti@batik.test", password: "wrong-password-x" }, "10.0.0.1", at(i));
    expect(await authenticate({ email: "siti@batik.test", password }, "10.0.0.1", at(10))).not.toBeNull();
    for (let i = 0; i < max - 1; i++) await authenticate({ email: "siti@batik.test", password: "wrong-password-x" }, "10.0.0.1", at(20 + i));
    expect(await authenticate({ email: "siti@batik.test", password }, "10.0.0.1", at(30))).not.toBeNull();
  });

  it("limits attempts from one IP address across emails", async () => {
    await makeUser("budi@logam.test");
    for (let i = 0; i < limitRules.signInAddress.max; i++) {
      await authenticate({ email: `tebak${i}@contoh.test`, password: "wrong-password-x" }, "10.0.0.7", at(i));
    }
    await expect(refusal(authenticate({ email: "budi@logam.test", password }, "10.0.0.7", at(60)))).resolves.toMatch(/^RateLimited:/);
    expect(await authenticate({ email: "budi@logam.test", password }, "10.0.0.8", at(61))).not.toBeNull();
  });

  it("refuses an unverified email with its own code, and a deactivated account like a wrong password", async () => {
    await makeUser("baru@ikm.test", { emailVerifiedAt: null });
    await expect(refusal(authenticate({ email: "baru@ikm.test", password }, "10.0.0.1", at(0)))).resolves.toBe("EmailNotVerified");
    await makeUser("lama@ikm.test", { status: "DEACTIVATED" });
    expect(await authenticate({ email: "lama@ikm.test", password }, "10.0.0.1", at(0))).toBeNull();
  });
});

describe("session revocation", () => {
  beforeEach(resetData);

  it("ends sessions signed in before the account's sessions were revoked, even after reactivation", async () => {
    const user = await makeUser("siti@batik.test");
    const signedInAt = Date.now() - 60_000;
    expect(await loadSessionUser(user.id, signedInAt)).toMatchObject({ id: user.id, role: "SME" });

    await db.user.update({ where: { id: user.id }, data: { status: "DEACTIVATED", sessionsValidFrom: new Date() } });
    expect(await loadSessionUser(user.id, signedInAt)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { status: "ACTIVE" } });
    expect(await loadSessionUser(user.id, signedInAt)).toBeNull();
    expect(await loadSessionUser(user.id, undefined)).toBeNull();
    // A fresh sign-in works again.
    expect(await loadSessionUser(user.id, Date.now() + 1)).toMatchObject({ id: user.id });
  });
});
