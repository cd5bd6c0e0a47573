import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/database/health";
import { db } from "@/lib/db";

describe("health check", () => {
  it("is ok when the database answers and every migration is applied", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", db: "ok", migrations: "up-to-date" });
  });

  it("names pending migrations when one is missing from the database", async () => {
    const [latest] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${latest!.id}`;
    try {
      expect(await checkHealth()).toEqual({ status: "error", db: "ok", migrations: "pending", pending: [latest!.migration_name] });
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest!.id}`;
    }
  });
});
