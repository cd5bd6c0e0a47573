// Hostile form input is refused in one place for every server action: defineFormAction
// (lib/auth/action.ts) answers a field holding a NUL byte or a lone surrogate with a message
// before validation or any write. PostgreSQL refuses a NUL in any text parameter, so without
// this a form field could end an action in a database error.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineFormAction, registeredAction } from "@/lib/auth/action";
import { initialFormState } from "@/lib/auth/form-state";
import { can, roles } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { createUser, signInAs } from "./support/actions";
import { type ActionUnderTest, loadServerActions } from "./support/server-actions";

setRequestHeaders({ "x-forwarded-for": "192.0.2.11" });

let actions: ActionUnderTest[] = [];
const actors = new Map<SessionUser["role"], SessionUser>();
const actorWith = (role: SessionUser["role"]): SessionUser => actors.get(role)!;

beforeAll(async () => {
  await resetData();
  for (const role of roles) actors.set(role, await createUser(role));
  ({ actions } = await loadServerActions());
});

describe("hostile characters in form fields", () => {
  it("are refused with a message by every server action, for the caller it allows, before anything runs", async () => {
    expect(actions.length).toBeGreaterThan(20);
    const before = { users: await db.user.count(), audit: await db.auditLog.count() };
    const wrong: string[] = [];
    for (const entry of actions) {
      const access = registeredAction(entry.action)!.access;
      signInAs(access === "public" ? null : actorWith(roles.find((role) => can(role, access))!));
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
    signInAs(null);
    const form = new FormData();
    form.set("name", "Baris 1\r\nBaris 2\tkolom 😀");
    expect(await echo(initialFormState, form)).toEqual({ ok: true });
    expect(received).toEqual(["Baris 1\r\nBaris 2\tkolom 😀"]);
  });
});
