// `npm test`: typecheck, lint, unit tests, integration tests against a real database, a
// production build, and e2e tests in Chromium against it. Prints a summary and exits non-zero
// on any failure.
//
// Database: TEST_DATABASE_URL when set (integration tests reset it; e2e tests then reset it again
// and seed demo data), otherwise fresh embedded databases (in memory for integration tests, a
// temporary directory for the e2e server).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { missingChromiumMessage } from "../tests/support/chromium";

interface Stage {
  name: string;
  ok: boolean;
  seconds: number;
  passed?: number;
  failed?: number;
  note?: string;
}

const root = process.cwd();
const resultsDir = path.join(root, ".data", "test-results");
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });
const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const stages: Stage[] = [];

function run(name: string, command: string, args: string[], env: Record<string, string | undefined> = {}): Stage {
  console.log(`\n━━ ${name}: ${[path.basename(command), ...args].join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const stage: Stage = { name, ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
  stages.push(stage);
  return stage;
}

function vitestCounts(stage: Stage, file: string) {
  try {
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
    stage.passed = report.numPassedTests;
    stage.failed = report.numFailedTests;
    if (stage.passed === 0 && stage.failed === 0) stage.ok = false;
  } catch {
    stage.note = "no report";
    stage.ok = false;
  }
}

function playwrightCounts(stage: Stage, file: string) {
  try {
    const report = JSON.parse(fs.readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
    stage.passed = report.stats.expected + report.stats.flaky;
    stage.failed = report.stats.unexpected;
    if (stage.passed === 0 && stage.failed === 0) stage.ok = false;
  } catch {
    stage.note = "no report";
    stage.ok = false;
  }
}


run("types", bin("next"), ["typegen"]);
stages.pop(); // typegen only writes route types for the typecheck; its result is the typecheck's.
run("typecheck", bin("tsc"), ["--noEmit"]);
run("lint", bin("eslint"), [".", "--max-warnings", "0"]);

const unitReport = path.join(resultsDir, "unit.json");
vitestCounts(run("unit", bin("vitest"), ["run", "--project", "unit", "--reporter", "default", "--reporter", "json", "--outputFile.json", unitReport]), unitReport);

const integrationReport = path.join(resultsDir, "integration.json");
vitestCounts(
  run("integration", bin("vitest"), ["run", "--project", "integration", "--reporter", "default", "--reporter", "json", "--outputFile.json", integrationReport]),
  integrationReport,
);

const build = run("build", bin("next"), ["build"]);
const missingChromium = missingChromiumMessage();
if (!build.ok) {
  stages.push({ name: "e2e", ok: false, seconds: 0, note: "not run: the build failed" });
} else if (missingChromium) {
  console.error(`\n${missingChromium}`);
  stages.push({ name: "e2e", ok: false, seconds: 0, note: missingChromium });
} else {
  let prepared = true;
  // The demo seed stores its photos as uploads, under the DATA_DIR the e2e server then serves from.
  const e2eDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-e2e-"));
  if (testDatabaseUrl) {
    const env = { DATABASE_URL: testDatabaseUrl, NODE_ENV: "test", DATA_DIR: e2eDataDir };
    prepared = run("e2e database", bin("tsx"), ["scripts/db/cli.ts", "reset"], env).ok && run("e2e demo data", bin("tsx"), ["scripts/db/cli.ts", "seed", "--demo"], env).ok;
  }
  if (prepared) {
    const e2eReport = path.join(resultsDir, "e2e.json");
    const e2e = run("e2e", bin("playwright"), ["test"], { E2E_DATABASE_URL: testDatabaseUrl, E2E_DATA_DIR: e2eDataDir, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
    playwrightCounts(e2e, e2eReport);
    // The two-server spec needs a PostgreSQL server (playwright.config.ts leaves it out without one).
    if (!testDatabaseUrl) e2e.note = [e2e.note, "two-servers.spec.ts and bench-load-smoke.spec.ts not run: they need TEST_DATABASE_URL"].filter(Boolean).join("; ");
  }
}

console.log("\n━━ Summary");
for (const stage of stages) {
  const counts = stage.passed === undefined ? "" : ` ${stage.passed} passed, ${stage.failed} failed`;
  console.log(`  ${stage.ok ? "PASS" : "FAIL"}  ${stage.name.padEnd(14)} ${stage.seconds.toFixed(1).padStart(6)} s${counts}${stage.note ? `  (${stage.note})` : ""}`);
}
const passed = stages.reduce((sum, stage) => sum + (stage.passed ?? 0), 0);
const failed = stages.reduce((sum, stage) => sum + (stage.failed ?? 0), 0);
const failedStages = stages.filter((stage) => !stage.ok).map((stage) => stage.name);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
if (failedStages.length) console.log(`failed stages: ${failedStages.join(", ")}`);
process.exit(failedStages.length ? 1 : 0);
