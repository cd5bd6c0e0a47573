// Which message namespaces a page's client side may need, read from the production build and
// the source, and which namespaces a served document actually carries. Used by
// tests/e2e/page-messages.spec.ts to keep every page's document down to what it uses.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { importSpecifiers } from "@/scripts/architecture/folder-graph";

const root = path.resolve(import.meta.dirname, "../../..");

/** Every top-level namespace of the catalog (messages/id.json and messages/<area>.id.json, as lib/i18n merges them). */
export const catalogNamespaces: ReadonlySet<string> = new Set(
  fs
    .readdirSync(path.join(root, "messages"))
    .filter((file) => file === "id.json" || file.endsWith(".id.json"))
    .flatMap((file) => Object.keys(JSON.parse(fs.readFileSync(path.join(root, "messages", file), "utf8")) as object)),
);

/** A namespace named by a literal key such as "Errors.failed" or `Enums.role.${role}`. */
const literalKey = /["'`]([A-Z][A-Za-z]+)\.[A-Za-z$]/g;
/** useTranslations("SignIn") or useTranslations("Products.form"). */
const translationsHook = /useTranslations\(\s*["'`]([A-Za-z]+)/g;

/** A call translating on the server, t("Mail.subject") or tMail(`...`): its key never reaches a form. */
const serverTranslation = /\bt[A-Za-z]*\(\s*$/;

/** The source without comments, which name keys only as examples. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

function namespacesIn(text: string, { server = false } = {}): string[] {
  const source = code(text);
  const keys = [...source.matchAll(literalKey)].filter((match) => !(server && serverTranslation.test(source.slice(Math.max(0, (match.index ?? 0) - 40), match.index))));
  const found = [...source.matchAll(translationsHook), ...keys].map((match) => match[1] ?? "");
  return found.filter((name) => catalogNamespaces.has(name));
}

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  for (const suffix of ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]) {
    const candidate = base + suffix;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile() && /\.tsx?$/.test(candidate)) return candidate;
  }
  return undefined;
}

const isServerActionModule = (source: string) => /^\s*["']use server["']/.test(source);

/**
 * The namespaces of every message key a server action module can hand back to its form: the
 * literal keys in it and in the lib/ modules it imports (validation messages, UserFacingError
 * keys, the "Errors" of lib/auth/action.ts). Generous on purpose: it bounds what a page may send.
 */
export function actionKeyNamespaces(actionModule: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = [actionModule];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const name of namespacesIn(source, { server: true })) found.add(name);
    for (const specifier of importSpecifiers(source)) {
      const target = resolveImport(file, specifier);
      if (target && target.startsWith(path.join(root, "lib") + path.sep) && !target.includes(`${path.sep}generated${path.sep}`)) queue.push(target);
    }
  }
  return found;
}

/**
 * The namespaces the client modules of a route can translate with: useTranslations and literal
 * keys in each client module and in everything it imports (all of it runs in the browser too),
 * plus the keys of the server actions they import.
 */
export function clientModuleNamespaces(clientModules: readonly string[]): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = [...clientModules];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    if (isServerActionModule(source)) {
      for (const name of actionKeyNamespaces(file)) found.add(name);
      continue;
    }
    for (const name of namespacesIn(source)) found.add(name);
    for (const specifier of importSpecifiers(source)) {
      const target = resolveImport(file, specifier);
      if (target && !target.includes(`${path.sep}generated${path.sep}`)) queue.push(target);
    }
  }
  return found;
}

/** A manifest Next writes as a script assigning to globalThis (read in a sandbox). */
function readManifest(file: string, variable: string): Record<string, unknown> {
  const sandbox: Record<string, unknown> = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  return sandbox[variable] as Record<string, unknown>;
}

/**
 * Source files of the client modules Next lists for a route ("(public)/masuk/page") in its
 * client reference manifest: the client components its server components render.
 */
export function routeClientModules(distDir: string, route: string): string[] {
  const file = path.join(distDir, "server", "app", `${route}_client-reference-manifest.js`);
  const manifests = readManifest(file, "__RSC_MANIFEST") as Record<string, { clientModules: Record<string, unknown> }>;
  const entry = manifests[`/${route}`];
  if (!entry) throw new Error(`No client reference manifest entry for /${route} in ${file}`);
  const files = new Set<string>();
  for (const key of Object.keys(entry.clientModules)) {
    const modulePath = key.replace(/^\[project\]\//, "").replace(/ <.*$/, "").replace(/#.*$/, "");
    const absolute = path.isAbsolute(modulePath) ? modulePath : path.join(root, modulePath);
    if (absolute.startsWith(root + path.sep) && !absolute.includes(`${path.sep}node_modules${path.sep}`) && /\.tsx?$/.test(absolute)) files.add(absolute);
  }
  return [...files];
}

/** Source files of the server actions Next lists for a route in its server reference manifest. */
export function routeServerActionModules(distDir: string, route: string): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string }>;
  };
  const files = new Set<string>();
  for (const action of Object.values(manifest.node)) {
    if (!(`app/${route}` in action.workers) || !action.filename) continue;
    files.add(path.join(root, action.filename));
  }
  return [...files];
}

/** The flight data of a server-rendered document, as the text the browser's React reads. */
export function flightText(html: string): string {
  const chunks = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((match) => JSON.parse(match[1] ?? '""') as string);
  return chunks.join("");
}

/** The JSON object that starts at `start` in `text` (balanced braces, strings skipped). */
function objectAt(text: string, start: number): string {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === "\\") index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return text.slice(start, index + 1);
  }
  throw new Error("Unbalanced messages object in the flight data");
}

/** The namespaces of every `messages` prop handed to a next-intl provider in a document. */
export function documentNamespaces(html: string): Set<string> {
  const text = flightText(html);
  const found = new Set<string>();
  let parsedUpTo = 0;
  for (const match of text.matchAll(/"messages":\{/g)) {
    // A "messages" key inside a catalog already read (Products.messages ...) is not a provider's.
    if ((match.index ?? 0) < parsedUpTo) continue;
    const start = (match.index ?? 0) + '"messages":'.length;
    const object = objectAt(text, start);
    parsedUpTo = start + object.length;
    for (const name of Object.keys(JSON.parse(object) as object)) found.add(name);
  }
  return found;
}
