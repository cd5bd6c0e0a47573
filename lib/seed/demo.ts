// Demo data for a development or demonstration database: ~70 IKM of Kota Semarang with
// products and certificates, 3 sentra, buyers and their sourcing requests, Himbara and export
// partners, a completed and an upcoming Temu Usaha, the demo accounts (password TemuUsaha#2026),
// and a photo of every demo product and enterprise (./demo-photos.ts, stored as uploads are).
// Safe to call again: when admin@temu-usaha.test exists nothing is inserted.
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { buildEventRows } from "./demo-data/build-events";
import { buildCoreRows, demoEnterprises, demoId, demoProducts } from "./demo-data/build-rows";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "./demo-data/sourcing";
import { seedReferenceData } from "./reference";

export { DEMO_ADMIN_EMAIL, DEMO_PASSWORD };

export interface DemoCounts {
  users: number;
  enterprises: number;
  products: number;
  buyers: number;
  events: number;
}

interface CountRow {
  users: bigint | number;
  enterprises: bigint | number;
  products: bigint | number;
  buyers: bigint | number;
  events: bigint | number;
}

/** Rows in the database other than the synthetic benchmark rows of lib/seed/scale.ts (slugs "gen-..."). */
async function countDemoRows(db: PrismaClient): Promise<DemoCounts> {
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT
      (SELECT count(*) FROM "User") AS users,
      (SELECT count(*) FROM "Enterprise" WHERE "slug" NOT LIKE 'gen-%') AS enterprises,
      (SELECT count(*) FROM "Product" WHERE "slug" NOT LIKE 'gen-%') AS products,
      (SELECT count(*) FROM "BuyerOrganization" WHERE "slug" NOT LIKE 'gen-%') AS buyers,
      (SELECT count(*) FROM "Event") AS events`;
  const row = rows[0];
  if (!row) throw new Error("count query returned no row");
  return {
    users: Number(row.users),
    enterprises: Number(row.enterprises),
    products: Number(row.products),
    buyers: Number(row.buyers),
    events: Number(row.events),
  };
}

export async function seedDemoData(db: PrismaClient): Promise<DemoCounts> {
  await seedReferenceData(db);
  const existing = await db.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL }, select: { id: true } });
  if (existing) return countDemoRows(db);

  const kbli = await db.kbli.findMany({ where: { version: KBLI_VERSION }, select: { id: true, code: true } });
  const kbliIds = new Map(kbli.map((row) => [row.code, row.id]));
  const kbliId = (code: string) => {
    const id = kbliIds.get(code);
    if (id === undefined) throw new Error(`demo data uses KBLI ${code}, which is not in KBLI ${KBLI_VERSION}`);
    return id;
  };

  // One argon2 hash for every demo account: hashing is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const core = buildCoreRows({ kbliId, passwordHash });
  const events = buildEventRows();
  // Loaded here, not at the top: the photo pipeline is for seeding demo data only, and modules
  // that merely import this file (the boot, backups) need not load sharp and upload storage.
  const { removeDemoPhotos, storeDemoPhotos } = await import("./demo-photos");
  const photos = await storeDemoPhotos(
    demoProducts.map((product) => ({ id: demoId("product", product.slug), slug: product.slug, kbli: product.kbli, name: product.nameId })),
    demoEnterprises.map((enterprise) => ({ id: demoId("enterprise", enterprise.slug), slug: enterprise.slug, kbli: enterprise.kbli, name: enterprise.brandName })),
  );

  // Buyer and partner organisations before users (users reference them); users before
  // enterprises (ownerId), enterprises before everything that hangs off them.
  try {
    await db.$transaction(
      async (tx) => {
        await tx.buyerOrganization.createMany({ data: core.buyers, skipDuplicates: true });
        await tx.partnerOrganization.createMany({ data: core.partners, skipDuplicates: true });
        await tx.sentra.createMany({ data: core.sentra, skipDuplicates: true });
        await tx.user.createMany({ data: core.users, skipDuplicates: true });
        await tx.enterprise.createMany({ data: core.enterprises, skipDuplicates: true });
        await tx.enterpriseKbli.createMany({ data: core.enterpriseKbli, skipDuplicates: true });
        await tx.certificate.createMany({ data: core.certificates, skipDuplicates: true });
        await tx.product.createMany({ data: core.products, skipDuplicates: true });
        await tx.buyerKbli.createMany({ data: core.buyerKbli, skipDuplicates: true });
        await tx.sourcingRequest.createMany({ data: core.sourcingRequests, skipDuplicates: true });
        await tx.event.createMany({ data: events.events, skipDuplicates: true });
        await tx.eventSession.createMany({ data: events.sessions, skipDuplicates: true });
        await tx.eventParticipant.createMany({ data: events.participants, skipDuplicates: true });
        await tx.match.createMany({ data: events.matches, skipDuplicates: true });
        await tx.meeting.createMany({ data: events.meetings, skipDuplicates: true });
        await tx.auditLog.createMany({ data: events.auditLogs });
        await tx.productPhoto.createMany({ data: photos.productPhotos });
        await tx.enterprisePhoto.createMany({ data: photos.enterprisePhotos });
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    // The rows were not saved: neither stay the files (as when an upload's transaction fails).
    await removeDemoPhotos(photos.stored);
    throw error;
  }

  return countDemoRows(db);
}
