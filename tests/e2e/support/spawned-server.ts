// Production servers that a spec starts itself (`npm start`'s script on its own data directory),
// for what only a real process shows: boot, locks, signals.
import { spawn, type ChildProcess } from "node:child_process";

export interface SpawnedServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

// Node with tsx as a loader, in one process, as `npm start` runs it: tsx's command-line runner
// would put a relay in between that SIGKILLs the launcher when it is slow to answer a signal.
export const startScript = [process.execPath, "--import", "tsx", "scripts/run-next.ts", "start"];

/** Starts in its own process group (so a signal reaches every process of it). */
export function startServer(dataDir: string, port: number, options: { command?: string[]; env?: Record<string, string | undefined> } = {}): SpawnedServer {
  const command = options.command ?? startScript;
  let output = "";
  const child = spawn(command[0]!, command.slice(1), {
    cwd: process.cwd(),
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: "",
      EMBEDDED_DB_DIR: "",
      DATA_DIR: dataDir,
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      ...options.env,
    },
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Sends a signal to the server's whole process group and waits for the start script to exit. */
export async function stop(server: SpawnedServer, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  const running = server.child.exitCode === null && server.child.signalCode === null;
  if (running && server.child.pid) {
    try {
      process.kill(-server.child.pid, signal);
    } catch (error) {
      // The group is gone already (it exited on its own meanwhile).
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
  return server.exited;
}

export async function waitForHealth(port: number, server: SpawnedServer): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 150_000) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no healthy server on ${port}:\n${server.output()}`);
}
