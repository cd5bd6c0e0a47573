// With TEST_DATABASE_URL: start from a clean database (everything dropped, all migrations
// applied, reference data seeded). Without it, each test file gets a fresh in-memory
// embedded database instead (tests/integration/setup.ts).
import { appAdapterForServer, migrationAdapterForServer } from "@/lib/database/adapters";
import { resetDatabase } from "@/lib/database/migrate";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedReferenceData } from "@/lib/seed/reference";

export default async function setup() {
  const url = process.env.TEST_DATABASE_URL?.trim();
  if (!url) return;
  await resetDatabase(migrationAdapterForServer(url));
  const client = new PrismaClient({ adapter: appAdapterForServer(url) });
  try {
    await seedReferenceData(client);
  } finally {
    await client.$disconnect();
  }
}
