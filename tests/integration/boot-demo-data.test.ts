// What a server seeds into an empty embedded database at boot: reference data always; demo data
// (with its well-known demo accounts) in development, and in production only when
// EMBEDDED_DEMO_DATA=true says so. Each case opens a fresh in-memory embedded database.
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/sign-in/authenticate";
import { demoAccounts, demoPassword, prepareDatabase } from "@/lib/database/boot";
import { closeDb, db, getConnection } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";

const saved = { DATABASE_URL: process.env.DATABASE_URL, EMBEDDED_DB_DIR: process.env.EMBEDDED_DB_DIR, EMBEDDED_DEMO_DATA: process.env.EMBEDDED_DEMO_DATA };

function restore(name: keyof typeof saved) {
  if (saved[name] === undefined) delete process.env[name];
  else process.env[name] = saved[name];
}

/** Closes whatever database is open and points the next use at a new, empty in-memory one. */
async function freshEmbeddedDatabase(demoFlag: string | undefined) {
  await closeDb();
  process.env.DATABASE_URL = "";
  process.env.EMBEDDED_DB_DIR = "memory://";
  if (demoFlag === undefined) delete process.env.EMBEDDED_DEMO_DATA;
  else process.env.EMBEDDED_DEMO_DATA = demoFlag;
  resetEnvCache();
  expect(getConnection().kind).toBe("embedded");
}

/** The demo accounts that can sign in with the published demo password. */
async function demoSignIns(): Promise<string[]> {
  const signedIn: string[] = [];
  for (const account of demoAccounts) {
    const user = await authenticate({ email: account.email, password: demoPassword }, "198.51.100.7");
    if (user) signedIn.push(user.email);
  }
  return signedIn;
}

describe("seeding an empty embedded database at boot", () => {
  afterAll(async () => {
    await closeDb();
    restore("DATABASE_URL");
    restore("EMBEDDED_DB_DIR");
    restore("EMBEDDED_DEMO_DATA");
    resetEnvCache();
  });

  it("in production with no environment set: reference data only, and no demo account signs in", async () => {
    await freshEmbeddedDatabase(undefined);
    const report = await prepareDatabase({ mode: "production" });
    expect(report.seededReference).toBe(true);
    expect(report.seededDemo).toBe(false);
    expect(report.hasDemoAccounts).toBe(false);
    expect(report.hasAdmin).toBe(false);
    expect(await db.kbli.count()).toBeGreaterThan(0);
    expect(await db.user.count()).toBe(0);
    expect(await db.enterprise.count()).toBe(0);
    expect(await demoSignIns()).toEqual([]);
  });

  it("in production with EMBEDDED_DEMO_DATA=true: demo data, and every demo account signs in", async () => {
    await freshEmbeddedDatabase("true");
    const report = await prepareDatabase({ mode: "production" });
    expect(report.seededDemo).toBe(true);
    expect(report.hasAdmin).toBe(true);
    expect(await demoSignIns()).toEqual(demoAccounts.map((account) => account.email));
  });

  it("in development (npm run dev): demo data by default, none with EMBEDDED_DEMO_DATA=false", async () => {
    await freshEmbeddedDatabase(undefined);
    expect((await prepareDatabase({ mode: "development" })).seededDemo).toBe(true);
    expect(await db.user.count({ where: { email: demoAccounts[0].email } })).toBe(1);

    await freshEmbeddedDatabase("false");
    expect((await prepareDatabase({ mode: "development" })).seededDemo).toBe(false);
    expect(await db.user.count()).toBe(0);
  });
});
