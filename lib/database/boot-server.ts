// Server start-up: validate configuration, prepare the database, print where to go.
// Expected failures (bad configuration, a locked embedded database, an unreachable server)
// print one clear line and stop the process instead of serving errors.
import { env, EnvError } from "@/lib/env";
import { startJobLoop } from "@/lib/job-runner/background";
import { adminSetupLink } from "@/lib/first-admin/token";
import { issueAdminSetupToken } from "@/lib/first-admin/setup-link";
import { describeBoot, prepareDatabase } from "./boot";
import { DatabaseLockedError } from "./lock";
import { closeOnShutdown, trackRequests } from "./shutdown";

export async function bootServer(): Promise<void> {
  trackRequests();
  try {
    const config = env();
    const started = Date.now();
    const report = await prepareDatabase();
    console.log(describeBoot(report, config.appUrl));
    if (!report.hasAdmin && report.pendingMigrations.length === 0) await printAdminSetupLink(config.appUrl);
    console.log(`  Database ready in ${Date.now() - started} ms\n`);
    startJobLoop();
    closeOnShutdown();
  } catch (error) {
    console.error(`\nTemu Usaha cannot start: ${startupMessage(error)}\n`);
    process.exit(1);
  }
}

/** No ADMIN yet (a production database without demo data): print a one-time link to create one. */
async function printAdminSetupLink(appUrl: string) {
  const issued = await issueAdminSetupToken();
  if (!issued) return;
  console.log(
    [
      "  No administrator account exists yet. Create the first one within 24 hours at this one-time link:",
      `    ${adminSetupLink(appUrl, issued.token)}`,
      "  (or stop the server and run: npm run admin:create -- --email you@example.org)",
      "",
    ].join("\n"),
  );
}

export function startupMessage(error: unknown): string {
  if (error instanceof EnvError || error instanceof DatabaseLockedError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|password authentication failed|does not exist|timeout/i.test(text)) {
    return `DATABASE_URL: cannot reach the PostgreSQL server (${text.split("\n")[0]})`;
  }
  return text.split("\n")[0] ?? "unknown error";
}
