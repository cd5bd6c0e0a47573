// Finds every server action in the code base: the exports of each module whose first statement
// is "use server". Shared by the two halves of the permissions matrix (roles, and ownership).
import fs from "node:fs";
import path from "node:path";
import { registeredAction } from "@/lib/auth/action";
import type { initialFormState } from "@/lib/auth/form-state";

export interface ActionUnderTest {
  file: string;
  exportName: string;
  action: (state: typeof initialFormState, formData: FormData) => Promise<unknown>;
}

const root = process.cwd();
const skipDirs = new Set(["node_modules", ".next", ".data", ".git", "generated", "test-results", "playwright-report"]);

/** Every module whose first statement is "use server". */
function serverActionModules(dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skipDirs.has(entry.name) ? [] : serverActionModules(full);
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    const head = fs.readFileSync(full, "utf8").replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
    return /^["']use server["']/.test(head) ? [full] : [];
  });
}

/** The registered actions, and the exports of "use server" modules made without defineFormAction. */
export async function loadServerActions(): Promise<{ actions: ActionUnderTest[]; unregistered: string[] }> {
  const actions: ActionUnderTest[] = [];
  const unregistered: string[] = [];
  for (const file of serverActionModules()) {
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(exported)) {
      const relative = path.relative(root, file);
      if (!registeredAction(value)) {
        unregistered.push(`${relative}: ${exportName}`);
        continue;
      }
      actions.push({ file: relative, exportName, action: value as ActionUnderTest["action"] });
    }
  }
  return { actions, unregistered };
}
