// A matching run loads its suppliers, demands and history over the pg connection under its
// transaction (lib/matching/load.ts, lib/transaction-connection.ts); outside a transaction, and on
// the embedded database, the same statements go through Prisma. Both must give exactly the same
// values (numbers as numbers, arrays as arrays, certificate dates as days), or a run would score
// differently from the brute-force check and the pages.
import { beforeAll, describe, expect, it } from "vitest";
import { db, getConnection } from "@/lib/db";
import { loadDemands, loadHistory, loadSuppliers } from "@/lib/matching/load";
import { seedScale } from "@/lib/seed/scale";
import { transactionConnection } from "@/lib/transaction-connection";
import { resetData } from "./reset";

const scope = { eventId: null, today: new Date("2027-03-10T00:00:00Z") };

describe("matching load", () => {
  beforeAll(async () => {
    await resetData();
    await seedScale(db, { smes: 300, buyers: 40, requests: 80, seed: 5 });
  });

  it("reads the same suppliers, demands and history over the transaction's connection as through Prisma", async () => {
    const [suppliers, demands, history] = await Promise.all([loadSuppliers(db, scope), loadDemands(db, scope), loadHistory(db)]);
    expect(suppliers.length).toBeGreaterThan(100);
    expect(demands.length).toBeGreaterThan(40);
    expect(suppliers.some((supplier) => supplier.certificates.some((certificate) => certificate.expiresAt !== null))).toBe(true);
    expect(suppliers.some((supplier) => supplier.priceMin !== null && supplier.minOrder !== null)).toBe(true);
    expect(demands.some((demand) => demand.targetPriceMax !== null && demand.requiredCertificates.length > 0)).toBe(true);
    const direct = await db.$transaction(async (tx) => {
      const connection = await transactionConnection(tx);
      // On the server database the queries do go over pg; the embedded one has no such connection.
      expect(connection === null).toBe(getConnection().kind === "embedded");
      return [await loadSuppliers(tx, scope, connection), await loadDemands(tx, scope, connection), await loadHistory(tx, connection)] as const;
    });
    expect(direct[0]).toEqual(suppliers);
    expect(direct[1]).toEqual(demands);
    expect(direct[2]).toEqual(history);
  });
});
