// Prisma CLI configuration. Only `prisma generate`, `validate` and `format` are used here;
// migrations run through Prisma's WASM schema engine (scripts/db/cli.ts) because the native
// schema-engine binary cannot be downloaded on every machine that builds this project.
import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI checks for (and tries to download) its native schema engine unless this variable
// names an existing executable. Point it at a script that explains what to run instead.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(process.cwd(), "scripts/db/no-native-engine.sh");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
