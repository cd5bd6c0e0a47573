// The only reader of process.env. Validated with zod once per process; a bad value
// stops start-up with a one-line message naming the variable (see formatEnvError).
import net from "node:net";
import path from "node:path";
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "must be a postgresql://user:password@host:port/database URL");

const optionalPostgresUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(postgresUrl.optional());

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : ["1", "true", "yes"].includes(value)));

export interface TrustedProxyRange {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

/** "loopback", an IP address or a CIDR range (10.0.0.0/8, fd00::/8) to one range. */
function proxyRanges(item: string): TrustedProxyRange[] | undefined {
  if (item === "loopback") {
    return [
      { address: "127.0.0.0", prefix: 8, family: "ipv4" },
      { address: "::1", prefix: 128, family: "ipv6" },
    ];
  }
  const [address = "", prefixText, ...rest] = item.split("/");
  const version = net.isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : Number.NaN;
  if (!(prefix >= 0 && prefix <= bits)) return undefined;
  return [{ address, prefix, family: version === 4 ? "ipv4" : "ipv6" }];
}

const trustedProxies = z
  .string()
  .optional()
  .transform((value, context) => {
    const items = (value ?? "").split(",").map((item) => item.trim().toLowerCase()).filter(Boolean);
    const ranges: TrustedProxyRange[] = [];
    for (const item of items) {
      const found = proxyRanges(item);
      if (!found) {
        context.addIssue({ code: "custom", message: `"${item}" is not an IP address, a CIDR range or "loopback"` });
        return z.NEVER;
      }
      ranges.push(...found);
    }
    return ranges;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL server (>= 15). Unset: the embedded PGlite database under DATA_DIR. */
  DATABASE_URL: optionalPostgresUrl,
  /** Connections of the app's pool to the PostgreSQL server (per server process). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** How long a query waits for a free pool connection (or to connect) before it fails, in ms. */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Requests one server process works on at once; more wait in line (lib/admission/admission.ts). */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(16),
  /** How long a request may wait in line before it is answered 503 with Retry-After, in ms. */
  REQUEST_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
  /** Requests that may wait in line; beyond that, 503 at once. */
  REQUEST_QUEUE_SIZE: z.coerce.number().int().min(0).max(100_000).default(200),
  /**
   * Memory for the cached anonymous pages and searches (app/anonim/), in MB: one least-recently-used
   * cache sized in bytes, never written to disk (next.config.ts cacheMaxMemorySize).
   */
  PUBLIC_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(128),
  /** Where the embedded database, uploads and captured mail live. */
  DATA_DIR: z.string().trim().min(1).default(".data"),
  /** Embedded database directory; defaults to DATA_DIR/pglite. `memory://` keeps it in memory. */
  EMBEDDED_DB_DIR: optionalString,
  /** Seed demo data into an empty embedded database at boot (default: yes for npm run dev, no for npm start). */
  EMBEDDED_DEMO_DATA: booleanFlag,
  /** Public base URL, used in emails, sitemaps and sign-in callbacks. */
  APP_URL: z.url({ message: "must be an absolute http(s) URL" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Reverse proxies whose X-Forwarded-For is believed: comma-separated IP addresses, CIDR ranges
   * or "loopback". Unset: the client address is the socket's and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXIES: trustedProxies,
  /** Secret for session tokens; generated and kept under DATA_DIR when unset. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** smtp(s)://user:pass@host:port. Unset: messages are written to DATA_DIR/mail as .eml. */
  SMTP_URL: optionalString,
  MAIL_FROM: z.string().trim().default("Temu Usaha <no-reply@temu-usaha.test>"),
  /** Work the job queue (notification emails, retries) inside each server process (default yes). */
  JOBS_IN_PROCESS: booleanFlag,

  /** Folder where `npm run jobs:backup` writes timestamped backups. */
  BACKUP_DIR: optionalString,
  /** How many of those backups jobs:backup keeps (the newest). */
  BACKUP_KEEP: z
    .string()
    .trim()
    .default("7")
    .refine((value) => /^[1-9]\d{0,3}$/.test(value), "must be a whole number of backups from 1 to 9999")
    .transform(Number),

  /** S3-compatible object storage for uploads. Unset: files under DATA_DIR/uploads. */
  S3_BUCKET: optionalString,
  /** e.g. https://s3.ap-southeast-3.amazonaws.com or http://127.0.0.1:9000 (MinIO); path-style. */
  S3_ENDPOINT: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .pipe(z.url({ protocol: /^https?$/, message: "must be an absolute http(s) URL" }).optional()),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  /** Prepended to every object key, e.g. "temu-usaha/". */
  S3_PREFIX: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || /^[a-z0-9-]+(\/[a-z0-9-]+)*\/$/.test(value), "must be like prefix/ or a/b/ (lower-case, ending in /)"),

  // The operating office: another city runs the portal by changing these.
  SITE_OFFICE_NAME: z.string().trim().min(1).default("Dinas Perindustrian Kota Semarang"),
  SITE_OFFICE_SHORT_NAME: z.string().trim().min(1).default("Disperin Kota Semarang"),
  SITE_CITY: z.string().trim().min(1).default("Kota Semarang"),
  SITE_PROVINCE: z.string().trim().min(1).default("Jawa Tengah"),
  SITE_ADDRESS: z.string().trim().min(1).default("Jl. Pemuda No. 148, Sekayu, Semarang Tengah, Kota Semarang 50132"),
  SITE_PHONE: z.string().trim().min(1).default("(024) 3584441"),
  SITE_EMAIL: z.email({ message: "must be an email address" }).default("disperin@semarangkota.go.id"),
  SITE_WEBSITE: z.url({ message: "must be an absolute http(s) URL" }).default("https://disperin.semarangkota.go.id"),
});

export type Env = z.infer<typeof envSchema> & {
  /** Absolute directory of the embedded database, or memory:// */
  embeddedDbDir: string;
  /** Absolute DATA_DIR */
  dataDir: string;
  appUrl: string;
  usesEmbeddedDatabase: boolean;
  /** Set when uploads go to S3-compatible storage. */
  s3: { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; prefix: string } | null;
};

export class EnvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EnvError";
  }
}

/** One line per bad variable: "DATABASE_URL: must be a postgresql://... URL". */
function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`).join("; ");
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw new EnvError(`Invalid configuration: ${describe(result.error)}`);
  const parsed = result.data;
  const s3Vars = [parsed.S3_BUCKET, parsed.S3_ENDPOINT, parsed.S3_ACCESS_KEY_ID, parsed.S3_SECRET_ACCESS_KEY];
  if (s3Vars.some((value) => value !== undefined) && s3Vars.some((value) => value === undefined)) {
    throw new EnvError(
      "Invalid configuration: S3_BUCKET: S3 storage needs S3_BUCKET, S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together",
    );
  }
  const dataDir = path.resolve(parsed.DATA_DIR);
  const embeddedDbDir =
    parsed.EMBEDDED_DB_DIR === undefined
      ? path.join(dataDir, "pglite")
      : parsed.EMBEDDED_DB_DIR.startsWith("memory://")
        ? parsed.EMBEDDED_DB_DIR
        : path.resolve(parsed.EMBEDDED_DB_DIR);
  return {
    ...parsed,
    dataDir,
    embeddedDbDir,
    appUrl: (parsed.APP_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
    usesEmbeddedDatabase: parsed.DATABASE_URL === undefined,
    s3:
      parsed.S3_BUCKET && parsed.S3_ENDPOINT && parsed.S3_ACCESS_KEY_ID && parsed.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: parsed.S3_ENDPOINT,
            bucket: parsed.S3_BUCKET,
            region: parsed.S3_REGION,
            accessKeyId: parsed.S3_ACCESS_KEY_ID,
            secretAccessKey: parsed.S3_SECRET_ACCESS_KEY,
            prefix: parsed.S3_PREFIX,
          }
        : null,
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests and scripts that change the environment after start. */
export function resetEnvCache(): void {
  cached = undefined;
}
