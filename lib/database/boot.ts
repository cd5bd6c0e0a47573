// What a server does with its database before serving: on the embedded default, apply pending
// migrations, seed reference data and (into an empty database) demo data; on a PostgreSQL
// server, check that migrations are applied and seed only reference data. Also used by the
// db:* scripts so both paths stay the same.
//
// Demo data carries accounts whose password is published in the README, so a production
// server seeds it only when EMBEDDED_DEMO_DATA=true asks for it; `npm run dev` seeds it unless
// EMBEDDED_DEMO_DATA=false.
import { db, getConnection } from "@/lib/db";
import { env } from "@/lib/env";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seedDemoData } from "@/lib/seed/demo";
import { seedReferenceData } from "@/lib/seed/reference";
import { applyMigrations, migrationStatus } from "./migrate";
import { migrationFactory } from "./migration-factory";

export interface BootReport {
  database: "embedded" | "server";
  location: string;
  appliedMigrations: string[];
  pendingMigrations: string[];
  seededReference: boolean;
  seededDemo: boolean;
  hasDemoAccounts: boolean;
  /** Whether any ADMIN account exists (false: the server offers the first-admin setup link). */
  hasAdmin: boolean;
}

/** How the server runs: `npm run dev` (development) or `npm start` (production). */
export type ServerMode = "development" | "production";

export function serverMode(nodeEnv: string): ServerMode {
  // Anything but an explicit development server counts as production: the safe side.
  return nodeEnv === "development" ? "development" : "production";
}

/** Whether an empty embedded database gets demo data: as EMBEDDED_DEMO_DATA says, else only in development. */
export function demoDataWanted(mode: ServerMode, flag: boolean | undefined): boolean {
  return flag ?? mode === "development";
}

export const demoPassword = DEMO_PASSWORD;
export const demoAccounts = [
  { email: DEMO_ADMIN_EMAIL, role: "ADMIN" },
  { email: "staf@temu-usaha.test", role: "STAFF" },
  { email: "ikm@temu-usaha.test", role: "SME" },
  { email: "pembeli@temu-usaha.test", role: "BUYER" },
  { email: "mitra@temu-usaha.test", role: "PARTNER" },
] as const;

async function referenceDataMissing(): Promise<boolean> {
  const [kbli, kelurahan] = await Promise.all([db.kbli.count(), db.kelurahan.count()]);
  return kbli === 0 || kelurahan === 0;
}

export async function prepareDatabase(options: { mode?: ServerMode } = {}): Promise<BootReport> {
  const mode = options.mode ?? serverMode(env().NODE_ENV);
  const connection = getConnection();
  const report: BootReport = {
    database: connection.kind,
    location: connection.kind === "embedded" ? connection.dataDir : redact(connection.url),
    appliedMigrations: [],
    pendingMigrations: [],
    seededReference: false,
    seededDemo: false,
    hasDemoAccounts: false,
    hasAdmin: false,
  };

  if (connection.kind === "embedded") {
    report.appliedMigrations = await applyMigrations(migrationFactory());
  } else {
    // A real deployment applies migrations as a release step (npm run db:migrate).
    const status = await migrationStatus(migrationFactory());
    report.pendingMigrations = status.hasMigrationsTable ? status.pending : ["(no migrations applied)"];
    if (!status.upToDate) return report;
  }

  if (await referenceDataMissing()) {
    await seedReferenceData(db);
    report.seededReference = true;
  }

  if (connection.kind === "embedded" && demoDataWanted(mode, env().EMBEDDED_DEMO_DATA) && (await db.user.count()) === 0) {
    await seedDemoData(db);
    report.seededDemo = true;
  }
  report.hasDemoAccounts = (await db.user.count({ where: { email: demoAccounts[0].email } })) > 0;
  report.hasAdmin = (await db.user.count({ where: { role: "ADMIN" } })) > 0;
  return report;
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "*****";
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}

/** The lines a developer sees when the server is ready. */
export function describeBoot(report: BootReport, appUrl: string): string {
  const lines = [
    "",
    `  Temu Usaha is ready at ${appUrl}`,
    `  Database: ${report.database === "embedded" ? `embedded PostgreSQL (PGlite) in ${report.location}` : report.location}`,
  ];
  if (report.appliedMigrations.length > 0) lines.push(`  Applied migrations: ${report.appliedMigrations.join(", ")}`);
  if (report.pendingMigrations.length > 0) {
    lines.push(`  WARNING: pending migrations (${report.pendingMigrations.join(", ")}): run npm run db:migrate`);
  }
  if (report.seededReference) lines.push("  Seeded reference data (KBLI 2020, kecamatan and kelurahan).");
  if (report.seededDemo) lines.push("  Seeded demo data.");
  if (report.hasDemoAccounts) lines.push(describeDemoAccounts());
  lines.push("");
  return lines.join("\n");
}

export function describeDemoAccounts(): string {
  return [
    `  Demo accounts (password ${demoPassword}):`,
    ...demoAccounts.map((account) => `    ${account.role.padEnd(8)} ${account.email}`),
  ].join("\n");
}
