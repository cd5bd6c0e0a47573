import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticSecurityHeaders } from "./headers";

describe("security headers", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("gives a cached page (no nonce) scripts from this origin only, with no eval and no framing", () => {
    const csp = contentSecurityPolicy(null, false);
    expect(csp).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).not.toContain("nonce-");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });

  it("lets the development server evaluate code and open its websocket", () => {
    const csp = contentSecurityPolicy("n", true);
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
  });

  it("sends HSTS in production only", () => {
    const names = (production: boolean) => staticSecurityHeaders(production).map((header) => header.key);
    expect(names(true)).toContain("Strict-Transport-Security");
    expect(names(false)).not.toContain("Strict-Transport-Security");
    expect(names(false)).toEqual(expect.arrayContaining(["Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options"]));
  });
});
