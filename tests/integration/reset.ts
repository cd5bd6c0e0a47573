// Empties every table except reference data and migration history, so a test starts clean.
import { db } from "@/lib/db";

const keep = new Set(["_prisma_migrations", "Kbli", "Kecamatan", "Kelurahan"]);

export async function resetData(): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`;
  const names = tables.map((table) => table.tablename).filter((name) => !keep.has(name));
  if (names.length === 0) return;
  await db.$executeRawUnsafe(`TRUNCATE ${names.map((name) => `"${name}"`).join(", ")} RESTART IDENTITY CASCADE`);
}
