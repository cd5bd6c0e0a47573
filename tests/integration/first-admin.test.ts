// The first ADMIN of a production database without demo data: a one-time setup link (random
// token stored hashed, 24 hours, single use, dead once an admin exists) and its public form.
import { beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/sign-in/authenticate";
import { db } from "@/lib/db";
import { createFirstAdminAccountAction } from "@/lib/first-admin/actions";
import { findAdminSetup } from "@/lib/first-admin/queries";
import { issueAdminSetupToken } from "@/lib/first-admin/setup-link";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form } from "./support/actions";
import { initial } from "./support/accounts";

setRequestHeaders({ "x-forwarded-for": "198.51.100.9" });

const password = "Kopi-Tugu-Muda-2026";

function submission(token: string, email = "kepala.bidang@disperin.test") {
  return form({ token, name: "Dewi Lestari", email, password, passwordConfirm: password, locale: "id" });
}

const lookup = (token: string) => findAdminSetup(Promise.resolve({ token }));

describe("first-admin setup link", () => {
  beforeEach(resetData);

  it("creates the first ADMIN once from a fresh link, who can then sign in; the link is stored hashed", async () => {
    const issued = await issueAdminSetupToken();
    if (!issued) throw new Error("expected a setup link on a database without admin");
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    const rows = await db.adminSetupToken.findMany({ select: { tokenHash: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(issued.token);
    expect(await lookup(issued.token)).toEqual({ ok: true, token: issued.token });

    expect(await createFirstAdminAccountAction(initial, submission(issued.token))).toMatchObject({ ok: true });
    const admin = await db.user.findUniqueOrThrow({ where: { email: "kepala.bidang@disperin.test" } });
    expect(admin).toMatchObject({ role: "ADMIN", status: "ACTIVE", name: "Dewi Lestari" });
    expect(admin.emailVerifiedAt).not.toBeNull();
    expect(await authenticate({ email: admin.email, password }, "198.51.100.9")).toMatchObject({ id: admin.id });
    expect(await db.auditLog.count({ where: { action: "user.first-admin", entityId: admin.id } })).toBe(1);

    // Used: the link and every other link are refused now, and no second admin appears.
    const other = await issueAdminSetupToken();
    expect(other).toBeNull();
    expect(await lookup(issued.token)).toEqual({ ok: false, reason: "adminExists" });
    const again = await createFirstAdminAccountAction(initial, submission(issued.token, "orang.lain@contoh.test"));
    expect(again).toMatchObject({ ok: false, message: "AdminSetup.adminExists" });
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("refuses an expired link, an unknown one, and a link once an admin exists", async () => {
    const dayAndHourAgo = new Date(Date.now() - 25 * 3600_000);
    const expired = await issueAdminSetupToken(dayAndHourAgo);
    if (!expired) throw new Error("expected a setup link");
    expect(await lookup(expired.token)).toEqual({ ok: false, reason: "expired" });
    expect(await createFirstAdminAccountAction(initial, submission(expired.token))).toMatchObject({ ok: false, message: "AdminSetup.linkExpired" });
    expect(await lookup("bukan-token")).toEqual({ ok: false, reason: "invalid" });
    expect(await createFirstAdminAccountAction(initial, submission("bukan-token"))).toMatchObject({ ok: false, message: "AdminSetup.linkInvalid" });
    expect(await db.user.count()).toBe(0);

    const valid = await issueAdminSetupToken();
    if (!valid) throw new Error("expected a setup link");
    await db.user.create({ data: { email: "admin.lama@contoh.test", name: "Admin Lama", role: "ADMIN", status: "ACTIVE" } });
    expect(await lookup(valid.token)).toEqual({ ok: false, reason: "adminExists" });
    expect(await createFirstAdminAccountAction(initial, submission(valid.token))).toMatchObject({ ok: false, message: "AdminSetup.adminExists" });
    expect(await db.user.count()).toBe(1);
  });

  it("creates exactly one admin when two links are used at the same time", async () => {
    const [first, second] = [await issueAdminSetupToken(), await issueAdminSetupToken()];
    if (!first || !second) throw new Error("expected two setup links");
    const results = await Promise.all([
      createFirstAdminAccountAction(initial, submission(first.token, "pertama@contoh.test")),
      createFirstAdminAccountAction(initial, submission(second.token, "kedua@contoh.test")),
    ]);
    expect(results.filter((result) => (result as { ok: boolean }).ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("checks the form: a weak password or a bad email changes nothing", async () => {
    const issued = await issueAdminSetupToken();
    if (!issued) throw new Error("expected a setup link");
    const weak = form({ token: issued.token, name: "Dewi", email: "bukan-email", password: "123", passwordConfirm: "123", locale: "id" });
    const result = (await createFirstAdminAccountAction(initial, weak)) as { ok: boolean; fieldErrors?: Record<string, string[]> };
    expect(result.ok).toBe(false);
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
    expect(await db.user.count()).toBe(0);
    expect(await lookup(issued.token)).toEqual({ ok: true, token: issued.token });
  });
});
