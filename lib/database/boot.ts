// What a server does with its database before serving: on the embedded default, apply pending
// migrations, seed reference data and (into an empty database) demo data; on a PostgreSQL
// server, check that migrations are applied and seed only reference data. Also used by the
// db:* scripts so both paths stay the same.
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

export async function prepareDatabase(): Promise<BootReport> {
  const connection = getConnection();
  const report: BootReport = {
    database: connection.kind,
    location: connection.kind === "embedded" ? connection.dataDir : redact(connection.url),
    appliedMigrations: [],
    pendingMigrations: [],
    seededReference: false,
    seededDemo: false,
    hasDemoAccounts: false,
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

  if (connection.kind === "embedded" && env().EMBEDDED_DEMO_DATA !== false && (await db.user.count()) === 0) {
    await seedDemoData(db);
    report.seededDemo = true;
  }
  report.hasDemoAccounts = (await db.user.count({ where: { email: demoAccounts[0].email } })) > 0;
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
