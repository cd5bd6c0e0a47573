// Security headers (pure). A dynamic page's Content-Security-Policy uses a fresh nonce per
// request: Next.js puts it on its own inline bootstrap scripts, and 'strict-dynamic' lets those
// load the app's chunks, so no other script can run. A cached anonymous page (nonce null) is
// the same document for every visitor, so it cannot carry a per-request nonce: scripts may come
// from this origin only, and its inline scripts (Next's bootstrap and page data) are allowed
// because the document holds no request input at all (README, "Security"). Styles allow inline
// style attributes (React sets some), nothing from other origins.

export function contentSecurityPolicy(nonce: string | null, development: boolean): string {
  const scripts = nonce === null ? "'unsafe-inline'" : `'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(development ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

/** Headers for every response, static files included (next.config.ts). */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    // The camera is for scanning check-in QR codes at events; nothing else is needed.
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
