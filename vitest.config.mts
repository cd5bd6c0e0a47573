import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const testDatabaseUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/server-only.ts"),
      // Outside Next there is no request or cache: tests serve and record them (tests/support/).
      "next/headers": path.join(root, "tests/support/next-headers.ts"),
      "next/cache": path.join(root, "tests/support/next-cache.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          // Property tests run hundreds of cases; a loaded 2-core CI machine needs more than 5 s.
          testTimeout: 20_000,
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          // One database, one file at a time: files reset the data they use.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          env: testDatabaseUrl
            ? { DATABASE_URL: testDatabaseUrl, DATA_DIR: path.join(root, ".data", "test") }
            : { DATABASE_URL: "", EMBEDDED_DB_DIR: "memory://", DATA_DIR: path.join(root, ".data", "test") },
        },
      },
    ],
  },
});
