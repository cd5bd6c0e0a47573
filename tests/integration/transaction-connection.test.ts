// A matching run sends its rows over the pg connection under its Prisma transaction
// (lib/transaction-connection.ts). That connection must be the transaction's own: what
// is sent there is rolled back with the transaction, seen by the transaction's next Prisma
// query, and the connection is forgotten once the transaction ends. The embedded database has
// none, and callers fall back to Prisma.
import { describe, expect, it } from "vitest";
import { transactionConnection } from "@/lib/transaction-connection";
import { db, getConnection } from "@/lib/db";

class Rollback extends Error {}

describe("the pg connection under a Prisma transaction", () => {
  it("is the transaction's own: its statements are part of the transaction", async () => {
    const server = getConnection().kind === "server";
    let found: Awaited<ReturnType<typeof transactionConnection>> = null;
    await db
      .$transaction(async (tx) => {
        found = await transactionConnection(tx);
        expect(found !== null).toBe(server);
        if (!found) return;
        const [own] = await tx.$queryRaw<{ pid: number; xid: string }[]>`SELECT pg_backend_pid() AS pid, pg_current_xact_id()::text AS xid`;
        const { rows } = await found.query<{ pid: number; xid: string }>("SELECT pg_backend_pid() AS pid, pg_current_xact_id()::text AS xid");
        expect(rows[0]).toEqual(own);
        await found.query(`INSERT INTO "Kecamatan" (code, name) VALUES ('99.99.99', 'Uji Koneksi')`);
        expect(await tx.kecamatan.count({ where: { code: "99.99.99" } })).toBe(1);
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(await db.kecamatan.count({ where: { code: "99.99.99" } })).toBe(0);
    // Once the transaction has ended, its connection is no longer handed out.
    await db.$transaction(async (tx) => {
      const again = await transactionConnection(tx);
      expect(again !== null).toBe(server);
      const [own] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      if (again) expect((await again.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid).toBe(own!.pid);
    });
    // Outside a transaction there is none to find.
    expect(await transactionConnection(db)).toBeNull();
  });
});
