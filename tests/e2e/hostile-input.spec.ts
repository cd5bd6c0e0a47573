// Hostile input never gives a 5xx: every page and route handler under app/ (the routes of
// lib/auth/permissions.ts's routeAccess and the public ones), opened by an anonymous visitor and
// by each role, with hostile query strings (NUL bytes, lone surrogates, dates out of range,
// odd numbers, repeated parameters, very long text, path tricks) and hostile [param] segments.
// Plain HTTP requests, no browser: a few thousand requests in well under two minutes.
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { can, roles, routeAccess } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { demoPassword } from "./support/accounts";

const demoEmail: Record<Role, string> = {
  ADMIN: "admin@temu-usaha.test",
  STAFF: "staf@temu-usaha.test",
  SME: "ikm@temu-usaha.test",
  BUYER: "pembeli@temu-usaha.test",
  PARTNER: "mitra@temu-usaha.test",
};

/** Every page.tsx and route.ts under app/ (route groups dropped), but not api/ and dev/, with whether it reads the query. */
function appRoutes(dir = path.join(process.cwd(), "app"), segments: string[] = []): [string, boolean][] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry): [string, boolean][] => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (segments.length === 0 && (entry.name === "api" || entry.name === "dev")) return [];
      const group = /^\(.*\)$/.test(entry.name);
      return appRoutes(full, group ? segments : [...segments, entry.name]);
    }
    if (!/^(page|route)\.tsx?$/.test(entry.name)) return [];
    return [[`/${segments.join("/")}`, /searchParams|request\.url|nextUrl/.test(fs.readFileSync(full, "utf8"))]];
  });
}

const readsQuery = new Map<string, boolean>([...appRoutes(), ["/api/kbli", true], ["/sitemap.xml", false], ["/robots.txt", false]]);
const routes = [...readsQuery.keys()].sort();
const accessOf = (route: string) => (route in routeAccess ? routeAccess[route as keyof typeof routeAccess] : "public");

/** Every query parameter a page or route handler reads (grep searchParams in app/ and lib/). */
const paramNames = [
  "q", "page", "status", "from", "to", "event", "actor", "entityType", "entityId", "action", "format", "token", "callbackUrl",
  "error", "tab", "jenis", "acara", "baru", "ubah", "produk", "pemasok", "keputusan", "dihapus", "role", "purpose",
  "pemberitahuan", "tahap", "langkah", "selesai", "min", "sort", "urut", "kbli", "sertifikat", "kecamatan", "skala",
  "kesiapan", "sentra", "kapasitas", "harga_min", "harga_maks", "email",
];

const nul = "%00";
const badUtf8 = "%ED%A0%80%F0%9F"; // U+D800 (a lone surrogate) as UTF-8, then a truncated 4-byte sequence
const long = "x".repeat(1500);
const allParams = (value: string) => paramNames.map((name) => `${name}=${value}`).join("&");
const nulQuery = allParams(nul);
// Every parameter gets the same hostile value in one request, so one refusal cannot hide another.
const hostileQueries = [
  nulQuery,
  allParams(`a${nul}b${badUtf8}`),
  allParams("0000-01-01"),
  allParams("99999-12-31"),
  allParams("-1"),
  allParams("1e309"),
  paramNames.map((name) => `${name}=a&${name}=${nul}&${name}=99999999999999999999999`).join("&"),
  ["q", "page", "from", "to", "actor", "entityId", "token"].map((name) => `${name}=${long}`).join("&"),
];
/** On real records (ids found in links), the values most likely to reach a query. */
const recordQueries = [hostileQueries[1]!, hostileQueries[2]!, hostileQueries[4]!, hostileQueries[6]!];
const hostileSegments = [nul, "%ED%A0%80", "..%2F..%2Fetc", "-1", "x".repeat(1000)];

async function signedInContext(baseURL: string, role: Role | null, address: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  if (!role) return context;
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: demoEmail[role], password: demoPassword, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in as ${role}`).toBeLessThan(400);
  const session = (await (await context.get("/api/auth/session")).json()) as { userId?: string };
  expect(session.userId, `session for ${role}`).toBeTruthy();
  return context;
}

/** Runs the requests a few at a time and returns those that answered 5xx. */
async function serverErrors(context: APIRequestContext, urls: readonly string[]): Promise<string[]> {
  const failures: string[] = [];
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await context.get(url, { maxRedirects: 0, timeout: 20_000 });
      if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 160)}`);
      await response.dispose();
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return failures;
}

/** Concrete links to dynamic routes found in the HTML of the pages a role may open (real ids and slugs). */
async function realLinks(context: APIRequestContext, pages: readonly string[]): Promise<Map<string, string>> {
  const dynamic = routes.filter((route) => route.includes("["));
  const patterns = dynamic.map((route) => ({ route, pattern: new RegExp(`^${route.replace(/\./g, "\\.").replace(/\[[^\]]+\]/g, "[^/?#]+")}$`) }));
  const found = new Map<string, string>();
  for (const page of pages) {
    const response = await context.get(page, { maxRedirects: 0 });
    const html = response.ok() ? await response.text() : "";
    for (const [, href] of html.matchAll(/href="(\/[^"?#]*)/g)) {
      const match = patterns.find(({ pattern }) => pattern.test(href!));
      if (match && !found.has(match.route)) found.set(match.route, href!);
    }
  }
  return found;
}

test.describe.configure({ mode: "parallel" });

test("walks every route of the permissions table and the public ones", () => {
  expect(Object.keys(routeAccess).filter((route) => !readsQuery.has(route))).toEqual([]);
  expect(routes).toEqual(expect.arrayContaining(["/", "/katalog", "/katalog/pemasok", "/katalog/produk/[slug]", "/acara/[slug]", "/foto/produk/[id]/[size]"]));
});

for (const [index, role] of ([null, ...roles] as const).entries()) {
  test(`no 5xx from any route with hostile input as ${role ?? "an anonymous visitor"}`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const context = await signedInContext(baseURL!, role, `203.0.113.${90 + index}`);
    try {
      const allowed = routes.filter((route) => can(role, accessOf(route)));
      const refused = routes.filter((route) => !allowed.includes(route));
      const staticAllowed = allowed.filter((route) => !route.includes("["));
      const links = await realLinks(context, staticAllowed);
      const urls = [
        // Pages this role may open: every hostile query string where the page reads the query.
        ...staticAllowed.flatMap((route) => (readsQuery.get(route) ? hostileQueries : [nulQuery]).map((query) => `${route}?${query}`)),
        ...[...links].flatMap(([route, href]) => (readsQuery.get(route) ? recordQueries : [nulQuery]).map((query) => `${href}?${query}`)),
        // Dynamic routes with hostile segments in every [param].
        ...allowed.filter((route) => route.includes("[")).flatMap((route) => hostileSegments.map((segment) => route.replace(/\[[^\]]+\]/g, segment))),
        // Refused routes are sent away before anything is read, whatever the input.
        ...refused.map((route) => `${route.replace(/\[[^\]]+\]/g, nul)}?${hostileQueries[1]}`),
      ];
      expect(await serverErrors(context, urls)).toEqual([]);
    } finally {
      await context.dispose();
    }
  });
}

test("the requests that once answered 500 now answer with the page, cleaned, or a message", async ({ baseURL }) => {
  const anonymous = await signedInContext(baseURL!, null, "203.0.113.97");
  const staff = await signedInContext(baseURL!, "STAFF", "203.0.113.98");
  const admin = await signedInContext(baseURL!, "ADMIN", "203.0.113.99");
  try {
    for (const path of ["/katalog", "/katalog/pemasok"]) {
      const stripped = await anonymous.get(`${path}?q=ba%00tik`, { maxRedirects: 0 });
      expect(stripped.status(), path).toBe(307);
      expect(new URL(stripped.headers()["location"]!, baseURL).search).toBe("?q=batik");
      expect((await anonymous.get(`${path}?q=ba%00tik`)).status()).toBe(200);
    }
    const dashboard = await staff.get("/staf/dasbor?from=0000-01-01&to=99999-12-31");
    expect(dashboard.status()).toBe(200);
    expect(await dashboard.text()).toContain("Tanggal harus di antara tahun 2000 dan 2100");
    const audit = await admin.get("/admin/audit?from=0000-01-01");
    expect(audit.status()).toBe(200);
    expect(await audit.text()).toContain("Tanggal harus di antara tahun 2000 dan 2100.");
    expect((await anonymous.get("/acara/%ED%A0%80")).status()).toBe(404);
  } finally {
    await Promise.all([anonymous.dispose(), staff.dispose(), admin.dispose()]);
  }
});
