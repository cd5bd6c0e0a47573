// npm run data:import -- --kind smes|products|buyers --file FILE [--dry-run] [--status draft|submitted]
// Loads an office's spreadsheet (XLSX or CSV) as staff would from /staf, for an administrator
// loading an archive: the file is validated and matched the same way, the import runs in chunks
// (resumable), and it is audited with no staff member as its actor. --dry-run only previews.
// Progress and the row errors go to stderr; the last line on stdout is one JSON object:
// {"rows","valid","invalid","created","updated","unchanged","ms"}. Bad arguments exit 2.
// Run with the react-server condition (the npm script does) so server-only modules load.
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";

const usage = "usage: npm run data:import -- --kind smes|products|buyers --file FILE [--dry-run] [--status draft|submitted]";

const argsSchema = z.object({
  kind: z.enum(["smes", "products", "buyers"], { error: "--kind is smes, products or buyers" }),
  file: z.string({ error: "--file names the XLSX or CSV file to import" }).trim().min(1, "--file names the XLSX or CSV file to import"),
  "dry-run": z.boolean().default(false),
  status: z.enum(["draft", "submitted"], { error: "--status is draft or submitted" }).default("draft"),
});

function parsedArgs(): z.infer<typeof argsSchema> | string {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      options: { kind: { type: "string" }, file: { type: "string" }, "dry-run": { type: "boolean" }, status: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const parsed = argsSchema.safeParse(values);
  return parsed.success ? parsed.data : parsed.error.issues.map((issue) => issue.message).join("; ");
}

async function main(): Promise<number> {
  const started = performance.now();
  const args = parsedArgs();
  if (typeof args === "string") {
    console.error(`${args}\n${usage}`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(args.file));
  } catch {
    console.error(`Cannot read --file ${args.file}\n${usage}`);
    return 2;
  }

  const { preflight } = await import("@/lib/database/preflight");
  const { prepareDatabase } = await import("@/lib/database/boot");
  const { db } = await import("@/lib/db");
  const { ImportFileError } = await import("@/lib/imports/errors");
  const { readImportFile } = await import("@/lib/imports/read");
  const { matchHeaders } = await import("@/lib/imports/fields");
  const { previewImport } = await import("@/lib/imports/preview");
  const { createImportBatch, runImportBatch } = await import("@/lib/imports/batch");

  await preflight();
  const report = await prepareDatabase({ mode: "production" });
  if (report.pendingMigrations.length) throw new Error("Migrations are pending: run npm run db:migrate first.");

  const fileName = args.file.split(/[\\/]/).pop() ?? args.file;
  let sheet;
  try {
    sheet = await readImportFile(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportFileError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const { mapping, unknown, missingRequired } = matchHeaders(args.kind, sheet.headers);
  if (unknown.length) console.error(`Kolom tidak dikenal (diabaikan): ${unknown.join(", ")}`);
  if (missingRequired.length) {
    console.error(`Kolom wajib tidak ada: ${missingRequired.join(", ")}`);
    return 1;
  }

  const printErrors = (errors: { row: number; column: string; message: string }[]) => {
    for (const error of errors) console.error(`Baris ${error.row}, ${error.column}: ${error.message}`);
  };
  const ms = () => Math.round(performance.now() - started);
  if (args["dry-run"]) {
    const { counts, total, errors } = await previewImport(db, args.kind, sheet, mapping);
    printErrors(errors);
    console.log(JSON.stringify({ rows: total, valid: total - counts.invalid, invalid: counts.invalid, created: counts.new, updated: counts.update, unchanged: counts.unchanged, ms: ms() }));
    return 0;
  }

  const batchId = await createImportBatch(db, {
    kind: args.kind,
    bytes,
    fileName,
    mapping,
    targetStatus: args.status === "submitted" ? "SUBMITTED" : "DRAFT",
    actorId: null,
  });
  const counts = await runImportBatch(
    db,
    batchId,
    (progress) => console.error(`${progress.processed}/${progress.total} baris, ${progress.errors} tidak valid`),
    { onRowErrors: printErrors },
  );
  console.log(JSON.stringify({ ...counts, ms: ms() }));
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
} finally {
  const { closeDb } = await import("@/lib/db");
  await closeDb().catch(() => undefined);
}
process.exit(code);
