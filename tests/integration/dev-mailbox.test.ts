// The development mailbox (/dev/surat) shows captured mail, with its sign-up, reset and
// invitation links, to an admin only: an anonymous visitor is sent to sign in, any other role
// gets "not found", and nobody sees a message. (Dev-only, so the production e2e cannot reach it:
// the page component is called here as Next.js would, with the session of each role.)
import fs from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import DevMailPage from "@/app/dev/surat/page";
import { roles } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { capturedMailDir, capturedMailFileName } from "@/lib/mail/captured";
import { createUser, redirectTarget, signInAs } from "./support/actions";

vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
  getLocale: async () => "id",
}));

const secretLink = "http://localhost:3000/atur-ulang-kata-sandi?token=rahasia-sekali-123";

beforeAll(async () => {
  const dir = capturedMailDir(env().dataDir);
  await fs.mkdir(dir, { recursive: true });
  const message = [
    "From: Temu Usaha <no-reply@temu-usaha.test>",
    "To: siti@contoh.test",
    "Subject: Atur ulang kata sandi",
    "Date: Sun, 06 Dec 2026 01:00:00 +0000",
    "Content-Type: text/plain; charset=utf-8",
    "",
    `Buka tautan ini: ${secretLink}`,
    "",
  ].join("\n");
  await fs.writeFile(path.join(dir, capturedMailFileName()), message);
});

/** What the page gives: its element tree as text, or how Next.js would end the request. */
async function open(role: Role | null): Promise<string> {
  signInAs(role === null ? null : await createUser(role));
  try {
    return `page: ${JSON.stringify(await DevMailPage())}`;
  } catch (error) {
    const target = redirectTarget(error);
    if (target !== undefined) return `redirect: ${target}`;
    return `thrown: ${(error as { digest?: string }).digest ?? String(error)}`;
  }
}

describe("the development mailbox", () => {
  it("shows captured mail, links included, to an admin", async () => {
    const page = await open("ADMIN");
    expect(page).toContain("Atur ulang kata sandi");
    expect(page).toContain(secretLink);
  });

  it("sends an anonymous visitor to sign in, and shows nothing", async () => {
    const page = await open(null);
    expect(page).toBe("redirect: /masuk?callbackUrl=%2Fdev%2Fsurat");
    expect(page).not.toContain("rahasia");
  });

  it("answers not found to every other role", async () => {
    for (const role of roles.filter((role) => role !== "ADMIN")) {
      const page = await open(role);
      expect(page, role).toMatch(/^thrown: NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(page, role).not.toContain("rahasia");
    }
  });
});
