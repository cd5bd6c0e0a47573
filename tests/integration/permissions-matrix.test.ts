// The permissions matrix, generated from lib/auth/permissions.ts: every exported server action
// in the code base must have been made with defineFormAction (and so name its access), and
// each role and an anonymous visitor is allowed or refused exactly as the table says. Refused
// calls change nothing in the database. (Pages: tests/e2e/permissions-matrix.spec.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAction } from "@/lib/auth/action";
import { initialFormState } from "@/lib/auth/form-state";
import { can, permissions, roles } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { signInAs } from "./support/actions";
import { type ActionUnderTest, loadServerActions } from "./support/server-actions";

setRequestHeaders({ "x-temu-socket-address": "192.0.2.10" });

let actions: ActionUnderTest[] = [];
let unregistered: string[] = [];
const actors = new Map<Role, SessionUser>();

function refused(result: unknown): boolean {
  const message = (result as { message?: string } | undefined)?.message;
  return message === "Errors.forbidden" || message === "Errors.signInRequired";
}

async function call(entry: ActionUnderTest, actor: SessionUser | null): Promise<unknown> {
  signInAs(actor);
  try {
    return await entry.action(initialFormState, new FormData());
  } catch (error) {
    // redirect() and notFound() end an allowed action; they are not a refusal.
    return { thrown: String(error) };
  }
}

/** A fingerprint of every table's full contents. */
async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  const result: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM "${tablename}" t`,
    );
    result[tablename] = row?.digest ?? "";
  }
  return result;
}

beforeAll(async () => {
  await resetData();
  for (const role of roles) {
    const user = await db.user.create({
      data: { email: `${role.toLowerCase()}@matrix.test`, name: `Matrix ${role}`, role, emailVerifiedAt: new Date() },
      select: { id: true, email: true, name: true, role: true, locale: true },
    });
    actors.set(role, { ...user, enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null });
  }
  ({ actions, unregistered } = await loadServerActions());
});

afterAll(() => {
  signInAs(null);
});

describe("permissions matrix for server actions", () => {
  it("finds the server actions, and every one has an entry: made with defineFormAction and an access from the table", () => {
    expect(actions.length).toBeGreaterThan(0);
    expect(unregistered, "exported from a 'use server' module without defineFormAction").toEqual([]);
    const names = actions.map((entry) => registeredAction(entry.action)!.name);
    expect(new Set(names).size, "action names must be unique").toBe(names.length);
    for (const entry of actions) {
      const access = registeredAction(entry.action)!.access;
      expect(["public", "signed-in", ...permissions], `${entry.file}: ${entry.exportName}`).toContain(access);
    }
  });

  it("names every server action <verb>Action, so an action never shares its name with the mutation it calls", () => {
    const misnamed = actions.filter((entry) => !/^[a-z][A-Za-z0-9]*Action$/.test(entry.exportName)).map((entry) => `${entry.file}: ${entry.exportName}`);
    expect(misnamed).toEqual([]);
  });

  it("allows or refuses each role and an anonymous visitor exactly as the table says, and refusals change nothing", async () => {
    const before = await databaseFingerprint();
    const mismatches: string[] = [];
    for (const entry of actions) {
      const { name, access } = registeredAction(entry.action)!;
      for (const role of [null, ...roles] as const) {
        const result = await call(entry, role ? actors.get(role)! : null);
        const expected = can(role, access) ? "allowed" : "refused";
        const actual = refused(result) ? "refused" : "allowed";
        if (actual !== expected) mismatches.push(`${name} (${access}) as ${role ?? "anonymous"}: ${actual}, table says ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Empty submissions never pass validation, so neither refused nor allowed calls write here.
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses a forbidden caller before reading the input: a complete submission changes nothing", async () => {
    const before = await databaseFingerprint();
    for (const entry of actions) {
      const { access } = registeredAction(entry.action)!;
      const forbiddenRoles = [null, ...roles].filter((role) => !can(role, access));
      for (const role of forbiddenRoles) {
        signInAs(role ? actors.get(role)! : null);
        const form = new FormData();
        // Plausible values for every field an action might read.
        for (const [key, value] of Object.entries(plausibleFields)) form.set(key, value);
        form.set("userId", actors.get("ADMIN")!.id);
        const result = await entry.action(initialFormState, form);
        expect(refused(result), `${entry.exportName} as ${role ?? "anonymous"}`).toBe(true);
      }
    }
    expect(await databaseFingerprint()).toEqual(before);
  });
});

const plausibleFields: Record<string, string> = {
  email: "penyusup@contoh.test",
  name: "Penyusup",
  password: "Sangat-Rahasia-2026",
  newPassword: "Sangat-Rahasia-2027",
  currentPassword: "Sangat-Rahasia-2026",
  confirmPassword: "Sangat-Rahasia-2027",
  role: "ADMIN",
  status: "DEACTIVATED",
  locale: "en",
  phone: "+6281234567890",
  confirmation: "penyusup@contoh.test",
};
