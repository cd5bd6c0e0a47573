// Hostile form input is refused in one place for every server action: defineFormAction
// (lib/auth/action.ts) answers a field holding a NUL byte or a lone surrogate with a message
// before validation or any write. PostgreSQL refuses a NUL in any text parameter, so without
// this a form field could end an action in a database error.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineFormAction, registeredAction } from "@/lib/auth/action";
import { initialFormState } from "@/lib/auth/form-state";
import { can, roles } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resetData } from "./reset";
import { type ActionUnderTest, loadServerActions } from "./support/server-actions";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "192.0.2.11" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));

let actions: ActionUnderTest[] = [];

beforeAll(async () => {
  await resetData();
  ({ actions } = await loadServerActions());
});

const actorWith = (role: SessionUser["role"]): SessionUser => ({
  id: `hostile-${role.toLowerCase()}`,
  email: `${role.toLowerCase()}@contoh.test`,
  name: role,
  role,
  locale: "id",
  enterpriseId: null,
  buyerOrganizationId: null,
  partnerOrganizationId: null,
});

describe("hostile characters in form fields", () => {
  it("are refused with a message by every server action, for the caller it allows, before anything runs", async () => {
    expect(actions.length).toBeGreaterThan(20);
    const before = { users: await db.user.count(), audit: await db.auditLog.count() };
    const wrong: string[] = [];
    for (const entry of actions) {
      const access = registeredAction(entry.action)!.access;
      session.user = access === "public" ? null : actorWith(roles.find((role) => can(role, access))!);
      // (A lone surrogate cannot arrive in FormData: its values are USVStrings, so it reads U+FFFD.)
      for (const hostile of ["Batik\u0000Tulis", "Batik\u0007Tulis"]) {
        const form = new FormData();
        form.set("email", "siti@contoh.test");
        form.set("name", hostile);
        const result = (await entry.action(initialFormState, form)) as { ok?: boolean; message?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };
        if (result?.message !== "Errors.invalidCharacters" || result.fieldErrors?.name?.[0] !== "Errors.invalidCharacters" || result.values?.name !== "BatikTulis") {
          wrong.push(`${entry.file}: ${entry.exportName} -> ${JSON.stringify(result)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect({ users: await db.user.count(), audit: await db.auditLog.count() }).toEqual(before);
  });

  it("keep tabs, line breaks and emoji, which people do type", async () => {
    const received: string[] = [];
    const echo = defineFormAction({
      name: "test.echo",
      access: "public",
      schema: z.object({ name: z.string() }),
      run: async ({ name }) => {
        received.push(name);
      },
    });
    session.user = null;
    const form = new FormData();
    form.set("name", "Baris 1\r\nBaris 2\tkolom 😀");
    expect(await echo(initialFormState, form)).toEqual({ ok: true });
    expect(received).toEqual(["Baris 1\r\nBaris 2\tkolom 😀"]);
  });
});
