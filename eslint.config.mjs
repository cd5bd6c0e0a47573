import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Import boundaries (no-restricted-imports). A later config object's options replace an earlier
// one's for the files both match, so every file set below lists all the restrictions it keeps.
const noGoogleFonts = { group: ["next/font/google"], message: "No network at build time: use system or local fonts." };
const noDbIn = (where) => ({ name: "@/lib/db", message: `${where} do not import the database: call a function in lib/<domain>/.` });

// The pure engines: lib/scheduling and the matching engine in lib/matching/engine (no database,
// no Next.js, no seeding), so they run the same in a page, a job, a benchmark and a unit test.
const pureEngineFiles = [
  "lib/scheduling/**/*.{ts,tsx}",
  "lib/matching/engine/**/*.{ts,tsx}",
];
const pureMessage = "The pure engines (lib/scheduling, the matching engine) do no I/O and know nothing of Next.js or seeding.";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [noGoogleFonts] }],
    },
  },
  {
    // Components never talk to the database: pages call lib/<domain>/queries.ts.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [noDbIn("Components")], patterns: [noGoogleFonts] }],
    },
  },
  {
    // Pages, layouts and route handlers neither: their reads and writes live in lib/<domain>/.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [noDbIn("Pages and routes")], patterns: [noGoogleFonts] }],
    },
  },
  {
    files: pureEngineFiles,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/db", message: pureMessage },
            { name: "next", message: pureMessage },
            { name: "@/lib/seed", message: pureMessage },
          ],
          patterns: [
            // next/* covers next/font/google too.
            { group: ["next/*"], message: pureMessage },
            { group: ["@/lib/seed/*"], message: pureMessage },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
