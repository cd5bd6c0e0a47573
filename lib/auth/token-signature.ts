// Signed, expiring tokens for emailed links (pure: no I/O). A token is
// base64url(JSON payload) "." base64url(HMAC-SHA256(payload)). The payload carries a "stamp"
// derived from the account's current state, so a link stops working once it has been used
// (the password changed, the email got verified, the invitation got accepted).
import crypto from "node:crypto";

export interface TokenPayload {
  /** purpose */
  p: string;
  /** user id */
  u: string;
  /** expiry, Unix seconds */
  e: number;
  /** stamp of the account state the link was issued for */
  s: string;
}

const encode = (value: Buffer | string) => Buffer.from(value).toString("base64url");

function mac(body: string, secret: string): Buffer {
  return crypto.createHmac("sha256", secret).update(body).digest();
}

export function signToken(payload: TokenPayload, secret: string): string {
  const body = encode(JSON.stringify(payload));
  return `${body}.${encode(mac(body, secret))}`;
}

export type TokenCheck = { ok: true; payload: TokenPayload } | { ok: false; reason: "malformed" | "bad-signature" | "expired" };

export function verifyTokenSignature(token: string, secret: string, now: Date = new Date()): TokenCheck {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined || !/^[\w-]+$/.test(body) || !/^[\w-]+$/.test(signature)) {
    return { ok: false, reason: "malformed" };
  }
  const expected = mac(body, secret);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return { ok: false, reason: "bad-signature" };
  let payload: TokenPayload;
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as TokenPayload;
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (typeof payload.e !== "number" || typeof payload.u !== "string" || typeof payload.p !== "string" || typeof payload.s !== "string") {
    return { ok: false, reason: "malformed" };
  }
  if (payload.e * 1000 <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}

/** A short digest of the parts of an account a link depends on. */
export function accountStamp(parts: (string | null | undefined)[]): string {
  return crypto.createHash("sha256").update(parts.map((part) => part ?? "").join("\u0000")).digest("base64url").slice(0, 22);
}
