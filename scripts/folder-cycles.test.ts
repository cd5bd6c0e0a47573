// The folder-level import graph of lib/ (scripts/architecture/folder-graph.ts) and its cycles.
// `npx vitest run --project unit scripts/folder-cycles.test.ts` prints the graph's cycles.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFolderGraph, cycleEdges, type FolderGraph, findCycles, importSpecifiers, targetFolder } from "./architecture/folder-graph";

const libDir = path.resolve(import.meta.dirname, "../lib");

const graphOf = (edges: Record<string, string[]>): FolderGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe("the cycle finder", () => {
  it("finds a cycle of two and one of three, and nothing in an acyclic part", () => {
    const graph = graphOf({ events: ["meetings", "audit"], meetings: ["events"], jobs: ["mail"], mail: ["i18n"], i18n: ["jobs"], audit: [] });
    expect(findCycles(graph)).toEqual([["events", "meetings"], ["i18n", "jobs", "mail"]]);
    expect(cycleEdges(graph, ["events", "meetings"])).toEqual(["events -> meetings", "meetings -> events"]);
  });

  it("finds none in a graph without a cycle", () => {
    expect(findCycles(graphOf({ a: ["b", "c"], b: ["c"], c: [] }))).toEqual([]);
  });
});

describe("reading imports", () => {
  it("sees static, type-only, re-exported and dynamic imports", () => {
    const source = [
      'import { a } from "@/lib/events/a";',
      'import type { B } from "../meetings/b";',
      'export { c } from "@/lib/jobs/queue";',
      'const d = await import("@/lib/seed/demo");',
      'import "server-only";',
    ].join("\n");
    expect(importSpecifiers(source)).toEqual(["@/lib/events/a", "../meetings/b", "@/lib/jobs/queue", "@/lib/seed/demo", "server-only"]);
  });

  it("maps a specifier to the lib/ folder it lands in", () => {
    const from = path.join(libDir, "events", "mutations.ts");
    expect(targetFolder("@/lib/meetings/requests", from, libDir)).toBe("meetings");
    expect(targetFolder("../check-in/code", from, libDir)).toBe("check-in");
    expect(targetFolder("./slots", from, libDir)).toBe("events");
    expect(targetFolder("@/lib/db", from, libDir)).toBeNull();
    expect(targetFolder("zod", from, libDir)).toBeNull();
  });
});

// Issue 14 broke events<->meetings, jobs<->notifications, agenda<->check-in and matching<->seed,
// then the last group of eleven folders, which ran through two hubs that nearly every folder
// imports: lib/auth (next-auth's options held the sign-in flow, with its warning email, audit
// entries and mail; it now lives in lib/sign-in, which only the route handler imports) and
// lib/audit (its CSV download borrowed the reports' writer and period bounds, now in
// lib/downloads and lib/forms/period.ts). The whole graph is acyclic, and this test keeps it so.
describe("lib/ folder graph", () => {
  const graph = buildFolderGraph(libDir);
  const cycles = findCycles(graph);
  console.log(cycles.length === 0
    ? "lib/ folder cycles: none"
    : `lib/ folder cycles:\n${cycles.map((cycle) => `[${cycle.join(", ")}]\n  ${cycleEdges(graph, cycle).join("\n  ")}`).join("\n")}`);

  it("has no cycle", () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it("keeps the four cycles of issue 14 broken", () => {
    const pairs: [string, string][] = [["events", "meetings"], ["jobs", "notifications"], ["agenda", "check-in"], ["matching", "seed"], ["scheduling", "seed"]];
    const inOneCycle = pairs.filter(([a, b]) => cycles.some((cycle) => cycle.includes(a) && cycle.includes(b)));
    expect(inOneCycle).toEqual([]);
  });
});
