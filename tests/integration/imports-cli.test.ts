// npm run data:import as an administrator runs it: a real process (on an embedded database of
// its own in a temporary DATA_DIR, prepared as on a new install), the JSON line last, a dry run
// that writes nothing, a second run that changes nothing, clear refusals of bad arguments (exit 2).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { resetData } from "./reset";
import { csvBytes, places } from "./support/imports";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-import-cli-"));

function dataImport(args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/data/import.ts", ...args], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "test", DATA_DIR: dataDir, EMBEDDED_DB_DIR: path.join(dataDir, "pglite") },
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = result.stdout.trim().split("\n");
  return { status: result.status, last: lines.at(-1) ?? "", stderr: result.stderr };
}

describe("npm run data:import", () => {
  let file: string;

  beforeAll(async () => {
    await resetData();
    const place = await places();
    const rows = Array.from({ length: 30 }, (_, i) => {
      const kelurahan = place.kelurahan[i]!;
      return [String(9_600_000_000_000 + i), `Kerajinan Eceng Gondok ${i}`, kelurahan.kecamatan.name, kelurahan.name, i === 4 ? "tahun lalu" : "2015"];
    });
    file = path.join(dataDir, "arsip.csv");
    fs.writeFileSync(file, csvBytes([["NIB", "Nama usaha", "Kecamatan", "Kelurahan", "Tahun berdiri"], ...rows]));
  });

  it("previews with --dry-run, imports, and prints one JSON line last", () => {
    const dry = dataImport(["--kind", "smes", "--file", file, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(JSON.parse(dry.last)).toMatchObject({ rows: 30, valid: 29, invalid: 1, created: 29, updated: 0, unchanged: 0, ms: expect.any(Number) });
    expect(dry.stderr).toContain("Baris 6, Tahun berdiri:");

    const real = dataImport(["--kind", "smes", "--file", file]);
    expect(real.stderr).not.toMatch(/Error|rror:/);
    expect(real.status).toBe(0);
    expect(JSON.parse(real.last)).toMatchObject({ rows: 30, valid: 29, invalid: 1, created: 29, updated: 0, unchanged: 0 });
    expect(real.stderr).toContain("30/30 baris, 1 tidak valid");

    const again = dataImport(["--kind", "smes", "--file", file]);
    expect(JSON.parse(again.last)).toMatchObject({ created: 0, updated: 0, unchanged: 29 });
  });

  it("refuses bad arguments with a clear message and exit code 2", () => {
    const unknownKind = dataImport(["--kind", "mesin", "--file", file]);
    expect(unknownKind.status).toBe(2);
    expect(unknownKind.stderr).toContain("--kind is smes, products or buyers");
    expect(unknownKind.stderr).toContain("usage: npm run data:import");
    expect(dataImport(["--kind", "smes"]).stderr).toContain("--file names the XLSX or CSV file to import");
    expect(dataImport(["--kind", "smes"]).status).toBe(2);
    const missing = dataImport(["--kind", "smes", "--file", `${file}.tidak-ada`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Cannot read --file");
    expect(dataImport(["--kind", "smes", "--file", file, "--verbose"]).status).toBe(2);
  });
});
