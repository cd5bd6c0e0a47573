// Prisma's own schema engine (the one behind `prisma migrate`), compiled to WebAssembly and
// driven through a driver adapter. It writes the standard prisma/migrations folders and the
// `_prisma_migrations` table, so `prisma migrate deploy` works unchanged wherever the native
// engine binary exists. See README "Migrations".
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  MigrationDirectory,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
  SchemasContainer,
} from "@prisma/schema-engine-wasm";

export type { SchemaEngine };

/** Where the schema and migrations live; tests point these at scratch copies. */
export interface ProjectPaths {
  schemaPath: string;
  migrationsDir: string;
}

export const defaultPaths = (): ProjectPaths => ({
  schemaPath: path.join(process.cwd(), "prisma", "schema.prisma"),
  migrationsDir: path.join(process.cwd(), "prisma", "migrations"),
});
export const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

type WasmBindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<WasmBindings> | undefined;

/** Instantiates the .wasm once per process, without --experimental-wasm-modules. */
function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    // An engine panic reports its message here; without it the panic surfaces as an unrelated
    // "reading 'set_message'" TypeError.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const js: WasmBindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const wasmModule = new WebAssembly.Module(fs.readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": js as unknown as WebAssembly.ModuleImports });
    js.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return js;
  })();
  return bindings;
}

let lastPanic: string | undefined;

/** Engine errors arrive as objects or strings; make them readable Errors. */
export function engineError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === "string") return new Error(error);
  if (error && typeof error === "object") {
    const record = error as Record<string, unknown>;
    const message = record.message ?? record.error ?? JSON.stringify(error);
    return new Error(lastPanic ? `${String(message)} (engine panic: ${lastPanic})` : String(message));
  }
  return new Error(String(error));
}

export async function createSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  paths: ProjectPaths = defaultPaths(),
): Promise<SchemaEngine> {
  const js = await loadBindings();
  const schema = fs.readFileSync(/*turbopackIgnore: true*/ paths.schemaPath, "utf8");
  const log = () => undefined;
  try {
    return await js.SchemaEngine.new(
      { datamodels: [[paths.schemaPath, schema]] },
      log,
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
  } catch (error) {
    throw engineError(error);
  }
}

export function schemaContainer(paths: ProjectPaths = defaultPaths()): SchemasContainer {
  return { files: [{ path: paths.schemaPath, content: fs.readFileSync(/*turbopackIgnore: true*/ paths.schemaPath, "utf8") }] };
}

/** Reads prisma/migrations the way the Prisma CLI does. */
// The turbopackIgnore comments keep Next's file tracing from pulling the whole project into the
// build output: these paths are read at run time, from the project folder.
export function readMigrations(dir = defaultPaths().migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const directories: MigrationDirectory[] = fs.existsSync(/*turbopackIgnore: true*/ dir)
    ? fs
        .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
        .map((name) => {
          const file = path.join(dir, name, "migration.sql");
          return {
            path: name,
            migrationFile: {
              path: "migration.sql",
              content: fs.existsSync(file)
                ? { tag: "ok" as const, value: fs.readFileSync(file, "utf8") }
                : { tag: "error" as const, value: `${file} is missing` },
            },
          };
        })
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories,
  };
}

export function migrationNames(dir = defaultPaths().migrationsDir): string[] {
  return readMigrations(dir).migrationDirectories.map((entry) => entry.path);
}
