// The session-signing secret: AUTH_SECRET, or one generated on first start and kept under
// DATA_DIR so sessions survive restarts of a single instance. Several instances need AUTH_SECRET.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let secret: string | undefined;

export function authSecret(): string {
  if (secret) return secret;
  const config = env();
  if (config.AUTH_SECRET) return (secret = config.AUTH_SECRET);
  const file = path.join(config.dataDir, "auth-secret");
  try {
    secret = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(config.dataDir, { recursive: true });
    secret = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    } catch {
      // Another process wrote it first: use theirs.
      secret = fs.readFileSync(file, "utf8").trim();
    }
  }
  return secret;
}
