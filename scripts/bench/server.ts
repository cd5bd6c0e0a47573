// Shared by the benchmarks that drive a production server: `npm start`'s script in its own process
// group (so one signal stops all of it), ready once /api/health answers.
import { type ChildProcess, spawn } from "node:child_process";

export async function startProductionServer(base: string, env: NodeJS.ProcessEnv): Promise<{ server: ChildProcess; errors: () => string }> {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/run-next.ts", "start"], { cwd: process.cwd(), env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
  let serverErrors = "";
  server.stderr?.on("data", (chunk: Buffer) => (serverErrors += chunk.toString()));
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    if (server.exitCode !== null) throw new Error(`npm start exited:\n${serverErrors}`);
    if (await fetch(`${base}/api/health`).then((response) => response.ok, () => false)) return { server, errors: () => serverErrors };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("npm start did not answer /api/health within 120 s");
}
