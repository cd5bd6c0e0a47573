// Checks made before a server or script starts, so a mistake gives one line, not a stack trace.
import pg from "pg";
import { env } from "@/lib/env";
import { pgConfig } from "./adapters";
import { redact } from "./boot";
import { currentHolder, DatabaseLockedError } from "./lock";
import { postgresVersionProblem } from "./server-version";

export class PreflightError extends Error {}

export async function preflight(): Promise<void> {
  const config = env(); // throws EnvError naming the variable
  if (config.DATABASE_URL) {
    const client = new pg.Client({ ...pgConfig(config.DATABASE_URL), connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      const result = await client.query<{ server_version_num: string }>("SHOW server_version_num");
      const problem = postgresVersionProblem(Number(result.rows[0]?.server_version_num ?? 0));
      if (problem) throw new PreflightError(problem);
    } catch (error) {
      if (error instanceof PreflightError) throw error;
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      throw new PreflightError(`DATABASE_URL: cannot connect to ${redact(config.DATABASE_URL)} (${reason})`);
    } finally {
      await client.end().catch(() => undefined);
    }
    return;
  }
  if (!config.embeddedDbDir.startsWith("memory://")) {
    const holder = currentHolder(config.embeddedDbDir);
    if (holder && holder.pid !== process.pid) throw new DatabaseLockedError(config.embeddedDbDir, holder);
  }
}
