// Text arriving from outside (query strings, path segments, form fields) before it reaches a page
// or the database. PostgreSQL refuses a NUL byte in any text parameter (one `?q=%00` was an HTTP
// 500), and no person types the other C0 control characters or a lone UTF-16 surrogate (which
// cannot be encoded as UTF-8). Tab, line feed and carriage return stay: text areas send them. Pure.

// With the u flag a surrogate pair is one code point, so the range matches lone surrogates only.
const unsafePattern = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/u;
const unsafeGlobal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/gu;

/** Whether the text holds a NUL or another control character, or a lone surrogate. */
export function hasUnsafeCharacters(value: string): boolean {
  return unsafePattern.test(value);
}

/** The text without those characters. */
export function stripUnsafeCharacters(value: string): string {
  return value.replace(unsafeGlobal, "");
}

export type QueryValue = string | string[] | undefined;

/** The first value of a query parameter (a repeated parameter arrives as an array). */
export function firstValue(value: QueryValue): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A search text from the URL: the first value, unsafe characters removed, runs of white space
 * made one space, trimmed and cut to `maxLength` (never inside a surrogate pair).
 */
export function searchText(value: QueryValue, maxLength = 100): string {
  const clean = stripUnsafeCharacters(firstValue(value) ?? "").replace(/\s+/g, " ").trim();
  return stripUnsafeCharacters(clean.slice(0, maxLength)).trim();
}

/**
 * Whether every segment of a request path decodes (valid percent-encoded UTF-8) to safe text.
 * Next.js answers a bare HTTP 500 for a dynamic segment it cannot decode, and a decoded NUL
 * would reach the database, so the proxy answers "not found" for such paths first.
 */
export function isReadablePath(pathname: string): boolean {
  return pathname.split("/").every((segment) => {
    try {
      return !hasUnsafeCharacters(decodeURIComponent(segment));
    } catch {
      return false;
    }
  });
}
