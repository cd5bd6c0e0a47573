// `npm run dev` / `npm start`: check the configuration and the database first (one clear line
// on failure), then run Next.js. The database itself is prepared in instrumentation.ts.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { preflight } from "../lib/database/preflight";
import { env } from "../lib/env";

const [mode, ...rest] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") {
  console.error("usage: node --import tsx scripts/run-next.ts dev|start [next options]");
  process.exit(2);
}

try {
  await preflight();
} catch (error) {
  console.error(`Temu Usaha cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

if (mode === "start" && !fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.error("Temu Usaha cannot start: there is no production build. Run npm run build first.");
  process.exit(1);
}

const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const child = spawn(process.execPath, [nextBin, mode, "--port", String(env().PORT), ...rest], {
  stdio: "inherit",
  // next-auth 4 reads its base URL from NEXTAUTH_URL; derive it from APP_URL/PORT.
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_URL: env().appUrl,
    // The mode decides whether an empty embedded database gets demo data (lib/database/boot.ts):
    // set it from the command, not from whatever NODE_ENV the shell carries.
    NODE_ENV: mode === "dev" ? "development" : "production",
    // The server closes the embedded database itself on SIGTERM/SIGINT after finishing the
    // requests in flight (lib/database/shutdown.ts); Next's handlers would exit at once, and
    // `next dev` would SIGKILL its worker after 100 ms.
    NEXT_MANUAL_SIG_HANDLE: "true",
    NEXT_EXIT_TIMEOUT_MS: "10000",
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
