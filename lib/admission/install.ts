// The production server's admission control (lib/admission/admission.ts), configured from the
// environment: MAX_CONCURRENT_REQUESTS, REQUEST_QUEUE_SIZE, REQUEST_QUEUE_TIMEOUT_MS.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createAdmission, installAdmission } from "./admission";

/** Once per process, from instrumentation.ts; not under `next dev`, whose first compiles are slow. */
export function installAdmissionControl(): void {
  const config = env();
  if (config.NODE_ENV !== "production") return;
  installAdmission(
    createAdmission({
      maxConcurrent: config.MAX_CONCURRENT_REQUESTS,
      queueSize: config.REQUEST_QUEUE_SIZE,
      queueTimeoutMs: config.REQUEST_QUEUE_TIMEOUT_MS,
      failureWindowMs: 10_000,
      probeIntervalMs: 500,
      probe: () => db.$queryRaw`SELECT 1`,
    }),
  );
}
