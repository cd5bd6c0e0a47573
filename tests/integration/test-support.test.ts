// The integration helpers themselves (support/actions.ts, tests/support/next-*.ts): signInAs()
// gives the code a real next-auth session cookie, so getSessionUser reads the user from the
// database and a deactivated or revoked account is signed out; submit() reads a redirect as its
// target; form() keeps repeated fields and files; next/cache and next/headers are the recorders.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineFormAction } from "@/lib/auth/action";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { revalidations, resetRevalidations } from "@/tests/support/next-cache";
import { cookies, defaultSocketAddress, headers, setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { createUser, form, redirectTarget, sessionCookieName, signInAs, submit } from "./support/actions";

const goHome = defineFormAction({
  name: "testSupport.goHome",
  access: "public",
  schema: z.object({ to: z.string() }),
  run: async ({ to }) => {
    revalidatePath("/beranda", "page");
    if (to) redirect(to);
    return { ok: false, message: "Tetap di sini" };
  },
});

const broken = defineFormAction({
  name: "testSupport.broken",
  access: "public",
  schema: z.object({}),
  run: async () => {
    throw Object.assign(new Error("bukan redirect"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
});

beforeEach(async () => {
  await resetData();
  signInAs(null);
  resetRevalidations();
  setRequestHeaders({ "x-temu-socket-address": defaultSocketAddress });
});

describe("signInAs", () => {
  it("puts next-auth's session cookie in the request, and getSessionUser reads the user from the database", async () => {
    const user = await createUser("STAFF", "Rina Petugas");
    expect(await getSessionUser()).toBeNull();
    signInAs(user);
    expect((await cookies()).get(sessionCookieName())?.value).toMatch(/^ey/);
    expect(await getSessionUser()).toEqual(user);
    signInAs(null);
    expect((await cookies()).get(sessionCookieName())).toBeUndefined();
    expect(await getSessionUser()).toBeNull();
  });

  it("is signed out by a deactivation, and by revoking the account's sessions", async () => {
    const deactivated = await createUser("SME");
    signInAs(deactivated);
    await db.user.update({ where: { id: deactivated.id }, data: { status: "DEACTIVATED" } });
    expect(await getSessionUser()).toBeNull();

    const revoked = await createUser("BUYER");
    signInAs(revoked);
    await db.user.update({ where: { id: revoked.id }, data: { sessionsValidFrom: new Date(Date.now() + 60_000) } });
    expect(await getSessionUser()).toBeNull();
  });

  it("reads role changes at once, and an unknown user is signed out", async () => {
    const user = await createUser("STAFF");
    signInAs(user);
    await db.user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
    expect(await getSessionUser()).toMatchObject({ id: user.id, role: "ADMIN" });
    signInAs({ id: "tidak-ada" });
    expect(await getSessionUser()).toBeNull();
  });

  it("lets the last call win when actions run in parallel", async () => {
    const [first, second] = [await createUser("STAFF"), await createUser("ADMIN")];
    signInAs(first);
    signInAs(second);
    const seen = await Promise.all([getSessionUser(), getSessionUser(), getSessionUser()]);
    expect(seen.map((user) => user?.id)).toEqual([second.id, second.id, second.id]);
  });
});

describe("submit and form", () => {
  it("returns the action's state, or the redirect's target; other errors are thrown", async () => {
    expect(await submit(goHome, { to: "" })).toEqual({ ok: false, message: "Tetap di sini" });
    expect(await submit(goHome, { to: "/masuk?callbackUrl=%2Fakun" })).toEqual({ redirect: "/masuk?callbackUrl=%2Fakun" });
    await expect(submit(broken)).rejects.toThrow("bukan redirect");
    expect(redirectTarget(new Error("NEXT_REDIRECT;replace;/x;307;"))).toBeUndefined();
  });

  it("repeats array fields, keeps files and leaves out null and undefined", async () => {
    const file = new File(["%PDF-1.4"], "sertifikat.pdf", { type: "application/pdf" });
    const data = form({ kbli: ["13134", "", "10391"], document: file, count: 3, note: null, other: undefined });
    expect(data.getAll("kbli")).toEqual(["13134", "", "10391"]);
    expect(data.get("count")).toBe("3");
    expect((data.get("document") as File).name).toBe("sertifikat.pdf");
    expect(data.has("note")).toBe(false);
    expect(data.has("other")).toBe(false);
  });
});

describe("next/cache and next/headers", () => {
  it("records what an action revalidated", async () => {
    await submit(goHome, { to: "" });
    expect(revalidations()).toEqual([{ kind: "path", target: "/beranda", type: "page" }]);
  });

  it("serves the request's headers, with the socket address the server would stamp", async () => {
    expect(clientIp(await headers())).toBe(defaultSocketAddress);
    setRequestHeaders({ "x-forwarded-for": "198.51.100.9" });
    expect(clientIp(await headers())).toBe("unknown");
  });
});
