// Runs once when a Next.js server process starts (dev and production), before it serves.
export async function register() {
  // NEXT_RUNTIME is set by Next.js itself; the database exists only in the Node.js runtime.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First, so no request is served without its socket address (lib/http/client-ip.ts).
  const { installSocketAddressStamp } = await import("./lib/http/socket-address");
  installSocketAddressStamp();
  // Before the first request too: an overloaded server answers 503 with Retry-After, never 500.
  const { installAdmissionControl } = await import("./lib/admission/install");
  const { EnvError } = await import("./lib/env");
  try {
    installAdmissionControl();
  } catch (error) {
    // A bad configuration is reported by bootServer, which stops the process.
    if (!(error instanceof EnvError)) throw error;
  }
  const { bootServer } = await import("./lib/database/boot-server");
  await bootServer();
}
