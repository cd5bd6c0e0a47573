// Dropping a test's scratch database on a PostgreSQL server as an ordinary role (CI's temu_ci is
// no superuser). `DROP DATABASE ... WITH (FORCE)` refuses there whenever an autovacuum worker is
// busy in the database (it runs as no role the test can signal), which happens after bulk
// writes. A plain DROP stops autovacuum itself; the test's own leftover sessions are ended first.
import type pg from "pg";

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()", [name]);
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      return;
    } catch (error) {
      // 55006 object_in_use: a session still on its way out.
      if ((error as { code?: string }).code !== "55006" || attempt >= 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
