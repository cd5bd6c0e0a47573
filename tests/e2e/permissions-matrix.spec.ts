// Every protected route in lib/auth/permissions.ts (routeAccess), opened by an anonymous
// visitor and by each role: allowed ones answer 200, refused ones redirect (to the sign-in page,
// or to the user's own home) and never render the page.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { can, roleHome, roles, routeAccess } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { demoPassword } from "./support/accounts";

const demoEmail: Record<Role, string> = {
  ADMIN: "admin@temu-usaha.test",
  STAFF: "staf@temu-usaha.test",
  SME: "ikm@temu-usaha.test",
  BUYER: "pembeli@temu-usaha.test",
  PARTNER: "mitra@temu-usaha.test",
};

async function signedInContext(baseURL: string, role: Role | null): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.80" } });
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

for (const role of [null, ...roles] as const) {
  test(`protected routes as ${role ?? "an anonymous visitor"}`, async ({ baseURL }) => {
    const context = await signedInContext(baseURL!, role);
    try {
      for (const [route, access] of Object.entries(routeAccess)) {
        // A [param] route is opened with an id that does not exist: allowed means "not sent away"
        // (the page answers 404 for the missing record), refused means redirected before any lookup.
        const dynamic = route.includes("[");
        const response = await context.get(route.replace(/\[[^\]]+\]/g, "tidak-ada"), { maxRedirects: 0 });
        if (can(role, access)) {
          expect(dynamic ? [200, 404] : [200], `${route} (${access}) as ${role ?? "anonymous"}: ${response.status()}`).toContain(response.status());
        } else {
          expect([302, 303, 307], `${route} (${access}) as ${role ?? "anonymous"}: ${response.status()}`).toContain(response.status());
          const location = new URL(response.headers()["location"] ?? "", baseURL).pathname;
          expect(location).toBe(role ? roleHome[role] : "/masuk");
        }
      }
    } finally {
      await context.dispose();
    }
  });
}
