// Real errors from real drivers: a PostgreSQL port with nothing listening, and the embedded
// database's one connection held by a transaction while another waits for it.
import { afterEach, describe, expect, it } from "vitest";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { appAdapterForServer, openPglite } from "./database/adapters";
import { classifyDatabaseError, databaseDown, databaseFailedRecently, reportDatabaseSuccess, resetDatabaseAvailability } from "./db-availability";

afterEach(() => resetDatabaseAvailability());

describe("database availability", () => {
  it("marks the database down when the app's adapter cannot reach the server, and up after a success", async () => {
    const client = new PrismaClient({ adapter: appAdapterForServer("postgresql://temu:temu@127.0.0.1:9/temu", { connectTimeoutMs: 2_000 }) });
    try {
      const error = await client.$queryRaw`SELECT 1`.then(() => null, (caught: unknown) => caught);
      expect(classifyDatabaseError(error)).toBe("down");
      expect(databaseDown()).toBe(true);
      expect(databaseFailedRecently(1_000)).toBe(true);
      reportDatabaseSuccess();
      expect(databaseDown()).toBe(false);
    } finally {
      await client.$disconnect();
    }
  });

  it("calls Prisma's transaction wait overload (busy), not down, and a SQL mistake neither", async () => {
    const pglite = openPglite("memory://");
    const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    try {
      await client.$queryRaw`SELECT 1`; // opens the database (seconds), outside the waits below
      let release = () => {};
      const held = client.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await new Promise<void>((resolve) => (release = resolve));
        },
        { maxWait: 30_000, timeout: 30_000 },
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const waited = await client.$transaction(async (tx) => tx.$queryRaw`SELECT 1`, { maxWait: 100 }).then(() => null, (caught: unknown) => caught);
      release();
      await held;
      expect(String(waited)).toContain("Unable to start a transaction in the given time");
      expect(classifyDatabaseError(waited)).toBe("busy");
      const mistake = await client.$queryRawUnsafe("SELEC 1").then(() => null, (caught: unknown) => caught);
      expect(mistake).not.toBeNull();
      expect(classifyDatabaseError(mistake)).toBeNull();
    } finally {
      await client.$disconnect();
      await pglite.close();
    }
  });

  it("has the connection settings on the embedded database without any transaction", async () => {
    const pglite = openPglite("memory://");
    try {
      const { rows } = await pglite.query<{ jit: string; threshold: string }>(
        "SELECT current_setting('jit') AS jit, current_setting('pg_trgm.word_similarity_threshold') AS threshold",
      );
      expect(rows).toEqual([{ jit: "off", threshold: "0.55" }]);
    } finally {
      await pglite.close();
    }
  });
});
