// The first-admin setup link's token: 32 random bytes, shown once; only its SHA-256 is stored,
// so a copy of the database does not hold a usable link.
import { createHash, randomBytes } from "node:crypto";

export const setupTokenLifetimeMs = 24 * 60 * 60 * 1000;

/** Where the setup link lands (public: the token is the proof). */
export const adminSetupPath = "/pasang-admin";

export function newSetupToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSetupToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function adminSetupLink(appUrl: string, token: string): string {
  return `${appUrl}${adminSetupPath}?token=${encodeURIComponent(token)}`;
}
