// Folder-level import graph of lib/: a node is the first folder under lib/ (lib/events,
// lib/meetings ...); an edge A -> B means a file in A imports `@/lib/B/...` or a relative path
// that lands in B. Type-only imports count too: a type import still ties the two folders'
// vocabularies together, and a cycle through types is the first step to a cycle through values.
// Files directly in lib/ (lib/db.ts, lib/env.ts ...) are the base layer, not a folder, and
// lib/generated is Prisma's output; neither is a node.
import fs from "node:fs";
import path from "node:path";

export type FolderGraph = Map<string, Set<string>>;

const SOURCE = /\.(ts|tsx|mts)$/;
const SPECIFIER = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const SKIP = new Set(["generated"]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

/** The import specifiers of one source text (static, re-exports and dynamic imports). */
export function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2];
    if (specifier) found.push(specifier);
  }
  return found;
}

/** The lib/ folder a specifier points into, or null when it leaves lib/ or names a lib/ file. */
export function targetFolder(specifier: string, fromFile: string, libDir: string): string | null {
  let target: string;
  if (specifier.startsWith("@/lib/")) target = path.join(libDir, specifier.slice("@/lib/".length));
  else if (specifier.startsWith(".")) target = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  const relative = path.relative(libDir, target);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  const [folder, ...rest] = relative.split(path.sep);
  return folder && rest.length > 0 ? folder : null;
}

/** Reads every source file under libDir and builds the folder graph (self-edges left out). */
export function buildFolderGraph(libDir: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const entry of fs.readdirSync(libDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || SKIP.has(entry.name)) continue;
    const edges = new Set<string>();
    for (const file of sourceFiles(path.join(libDir, entry.name))) {
      for (const specifier of importSpecifiers(fs.readFileSync(file, "utf8"))) {
        const folder = targetFolder(specifier, file, libDir);
        if (folder && folder !== entry.name && !SKIP.has(folder)) edges.add(folder);
      }
    }
    graph.set(entry.name, edges);
  }
  return graph;
}

/**
 * The graph's cycles, one per strongly connected component with more than one node (Tarjan),
 * each sorted by name so the output is stable.
 */
export function findCycles(graph: FolderGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];

  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => a.join().localeCompare(b.join()));
}

/** For a report: the edges inside one cycle, as "a -> b" lines. */
export function cycleEdges(graph: FolderGraph, cycle: string[]): string[] {
  const members = new Set(cycle);
  return cycle.flatMap((from) =>
    [...(graph.get(from) ?? [])].filter((to) => members.has(to)).sort().map((to) => `${from} -> ${to}`),
  );
}
