// The import boundaries in eslint.config.mjs, checked through ESLint's Node API with the project's
// own configuration: a snippet is linted as if it were the named file (nothing is written).
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, source: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = imported;\n`, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports");
}

const db = 'import { db as imported } from "@/lib/db";';
const googleFont = 'import { Inter as imported } from "next/font/google";';

describe("ESLint import boundaries", { timeout: 60_000 }, () => {
  it.each([
    ["lib/scheduling/x.ts", db],
    ["lib/scheduling/x.ts", 'import { notFound as imported } from "next/navigation";'],
    ["lib/scheduling/x.ts", 'import type { NextConfig as imported } from "next";'],
    ["lib/scheduling/x.ts", 'import { seedDemo as imported } from "@/lib/seed/demo";'],
    ["lib/scheduling/x.ts", 'import * as imported from "@/lib/seed";'],
    ["lib/scheduling/x.ts", googleFont],
    ["lib/matching/engine/score.ts", db],
    ["lib/matching/engine/kernel.ts", 'import { revalidatePath as imported } from "next/cache";'],
    ["lib/matching/engine/batch.ts", 'import { seedDemo as imported } from "@/lib/seed/demo";'],
    ["lib/matching/engine/explain.ts", db],
    ["lib/matching/engine/stored-format.ts", db],
    ["app/(public)/x/page.tsx", db],
    ["app/(staff)/staf/x/route.ts", db],
    ["app/(public)/x/page.tsx", googleFont],
    ["components/x.tsx", db],
    ["components/x.tsx", googleFont],
    ["lib/products/queries.ts", googleFont],
  ])("%s: refuses %s", async (filePath, source) => {
    const messages = await restrictedImports(filePath, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.severity).toBe(2);
  });

  it.each([
    ["lib/products/queries.ts", db],
    ["lib/matching/store.ts", db],
    ["lib/matching/actions.ts", 'import { revalidatePath as imported } from "next/cache";'],
    ["app/(public)/x/page.tsx", 'import { notFound as imported } from "next/navigation";'],
    ["components/x.tsx", 'import { useRouter as imported } from "next/navigation";'],
  ])("%s: allows %s", async (filePath, source) => {
    expect(await restrictedImports(filePath, source)).toEqual([]);
  });
});
