// `npm run admin:create -- --email ...` as an operator runs it on a production data directory:
// it invites an ADMIN and emails the set-password link (captured as .eml without SMTP_URL);
// the link sets the password and the new admin signs in.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import * as accounts from "@/lib/account-lifecycle/mutations";
import { findInvitation } from "@/lib/account-lifecycle/queries";
import { authenticate } from "@/lib/sign-in/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { closeDb, db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { capturedMailDir, linksIn, listCapturedMail } from "@/lib/mail/captured";

const names = ["DATABASE_URL", "EMBEDDED_DB_DIR", "DATA_DIR"] as const;
const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "temu-admin-create-"));

function adminCreate(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/admin/create.ts", ...args], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", DATA_DIR: dataDir, APP_URL: "https://temu.example.go.id" },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

afterAll(async () => {
  await closeDb();
  for (const name of names) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetEnvCache();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm run admin:create", () => {
  it("refuses a missing or malformed --email in one line with the usage", () => {
    const result = adminCreate(["--email", "bukan-email"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--email needs an email address");
    expect(result.stderr).toContain("usage: npm run admin:create");
  });

  it("invites an ADMIN on a new embedded database and emails the set-password link", async () => {
    const result = adminCreate(["--email", "Kepala.Bidang@Disperin.test", "--name", "Kepala Bidang"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Invited kepala.bidang@disperin.test as ADMIN; the set-password link was emailed to ${dataDir}/mail`);

    const mails = await listCapturedMail(capturedMailDir(dataDir), 10);
    expect(mails).toHaveLength(1);
    const link = linksIn(mails[0]!.text)[0] ?? "";
    expect(link).toMatch(/^https:\/\/temu\.example\.go\.id\/undangan\?token=/);
    const token = new URL(link).searchParams.get("token") ?? "";

    // Open the same data directory here, as the server would after the script.
    await closeDb();
    process.env.DATABASE_URL = "";
    process.env.EMBEDDED_DB_DIR = "";
    process.env.DATA_DIR = dataDir;
    resetEnvCache();
    expect(await db.user.count({ where: { email: { endsWith: "@temu-usaha.test" } } })).toBe(0);
    const invitation = await findInvitation(token);
    expect(invitation).toMatchObject({ ok: true, email: "kepala.bidang@disperin.test", role: "ADMIN" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "kepala.bidang@disperin.test" } });
    const password = "Lawang-Sewu-Semarang-9";
    await accounts.acceptInvitation(user.id, { name: "Kepala Bidang", passwordHash: await hashPassword(password) }, { ip: "127.0.0.1" });
    expect(await authenticate({ email: user.email, password }, "127.0.0.1")).toMatchObject({ id: user.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, status: true } })).toEqual({ role: "ADMIN", status: "ACTIVE" });
    await closeDb();

    // An active admin is not invited again.
    const again = adminCreate(["--email", "kepala.bidang@disperin.test"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe("kepala.bidang@disperin.test already has an account (ADMIN, ACTIVE); nothing changed.");
  });
});
