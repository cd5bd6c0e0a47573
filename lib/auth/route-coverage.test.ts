// Every page and route handler in a role area (or under a protected route) has an entry in
// routeAccess and checks it with requireRoute; every entry names a page that exists.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeAccess } from "./permissions";

const appDir = path.join(process.cwd(), "app");
const publicGroups = new Set(["(public)"]);

interface RouteFile {
  route: string;
  file: string;
  protectedGroup: boolean;
}

function routeFiles(dir = appDir, segments: string[] = [], groups: string[] = []): RouteFile[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "api" && segments.length === 0) return [];
      const isGroup = /^\(.*\)$/.test(entry.name);
      return routeFiles(full, isGroup ? segments : [...segments, entry.name], isGroup ? [...groups, entry.name] : groups);
    }
    if (!/^(page|route)\.tsx?$/.test(entry.name)) return [];
    return [{ route: `/${segments.join("/")}`, file: path.relative(process.cwd(), full), protectedGroup: groups.some((group) => !publicGroups.has(group)) }];
  });
}

const protectedRoutes = Object.keys(routeAccess);
const underProtectedRoute = (route: string) => protectedRoutes.some((key) => route === key || route.startsWith(`${key}/`));

describe("route access coverage", () => {
  const files = routeFiles();

  it("lists every page and route handler of a role area in routeAccess", () => {
    const missing = files
      .filter((file) => (file.protectedGroup || underProtectedRoute(file.route)) && !file.route.startsWith("/dev/"))
      .filter((file) => !(file.route in routeAccess))
      .map((file) => `${file.route} (${file.file})`);
    expect(missing).toEqual([]);
  });

  it("checks the entry in each of those files with requireRoute", () => {
    const unchecked = files
      .filter((file) => file.route in routeAccess)
      .filter((file) => !fs.readFileSync(file.file, "utf8").includes(`requireRoute("${file.route}"`))
      .map((file) => file.file);
    expect(unchecked).toEqual([]);
  });

  it("has no entry without a page", () => {
    const routes = new Set(files.map((file) => file.route));
    expect(protectedRoutes.filter((route) => !routes.has(route))).toEqual([]);
  });
});
