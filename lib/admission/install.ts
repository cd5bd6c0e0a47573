// The production server's admission control (lib/admission/admission.ts), configured from the
// environment: MAX_CONCURRENT_REQUESTS, REQUEST_QUEUE_SIZE, REQUEST_QUEUE_TIMEOUT_MS; and the
// front cache of finished signed-out pages (lib/admission/front.ts), a quarter of PUBLIC_CACHE_MAX_MB.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { FrontCache } from "@/lib/public-cache/front-cache";
import { registerFrontCache } from "@/lib/public-cache/front-registry";
import { createAdmission, installAdmission } from "./admission";
import { deferScripts } from "./defer-scripts";
import { createFrontLayer } from "./front";

/** The front cache's share of PUBLIC_CACHE_MAX_MB, its entries at most, and their longest life. */
export const frontCacheShare = 1 / 4;
export const frontCacheMaxEntries = 1_000;
/** Well under a twin's 60 s revalidate: another instance's change shows here within 70 s. */
export const frontCacheMaxAgeMs = 10_000;

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
      front: createFrontLayer(
        registerFrontCache(
          new FrontCache({
            maxBytes: Math.floor(config.PUBLIC_CACHE_MAX_MB * 1024 * 1024 * frontCacheShare),
            maxEntries: frontCacheMaxEntries,
            maxAgeMs: frontCacheMaxAgeMs,
          }),
        ),
      ),
      rewriteHtml: deferScripts,
    }),
  );
}
