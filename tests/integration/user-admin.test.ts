// Admin user management (lib/user-admin): role changes, deactivation and reactivation through the
// server actions, as the signed-in user the mocked session names; assertions on rows read back.
import { beforeEach, describe, expect, it } from "vitest";
import { listUsers } from "@/lib/admin/queries";
import { db } from "@/lib/db";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";
import { changeRoleAction, deactivateAction, reactivateAction } from "@/lib/user-admin/actions";
import { changeUserRole, deactivateUser } from "@/lib/user-admin/mutations";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";

setRequestHeaders({ "x-temu-socket-address": "203.0.113.7" });

async function createUser(email: string, role: Role, status: UserStatus = "ACTIVE", passwordHash: string | null = "hash") {
  const user = await db.user.create({ data: { email, name: email.split("@")[0] ?? email, role, status, passwordHash } });
  return user;
}

const initial = { ok: false };

async function stateOf(userId: string) {
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, status: true } });
}

describe("user management", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("lets an admin change a role, with an audit row naming the actor and IP", async () => {
    const admin = await createUser("admin@uji.test", "ADMIN");
    const owner = await createUser("pemilik@uji.test", "SME");
    signInAs(admin);

    expect(await changeRoleAction(initial, form({ userId: owner.id, role: "BUYER" }))).toEqual({ ok: true, message: "AdminUsers.roleChanged" });
    expect(await stateOf(owner.id)).toEqual({ role: "BUYER", status: "ACTIVE" });
    const audit = await db.auditLog.findMany({ select: { actorId: true, action: true, entityType: true, entityId: true, data: true, ip: true } });
    expect(audit).toEqual([
      { actorId: admin.id, action: "user.role-change", entityType: "User", entityId: owner.id, data: { from: "SME", to: "BUYER" }, ip: "203.0.113.7" },
    ]);

    // The same role again changes and records nothing.
    expect(await changeRoleAction(initial, form({ userId: owner.id, role: "BUYER" }))).toEqual({ ok: true, message: "AdminUsers.roleUnchanged" });
    expect(await db.auditLog.count()).toBe(1);
  });

  it("changes nothing for a non-admin or a signed-out caller", async () => {
    const staff = await createUser("staf@uji.test", "STAFF");
    const owner = await createUser("pemilik@uji.test", "SME");

    signInAs(staff);
    expect(await changeRoleAction(initial, form({ userId: owner.id, role: "ADMIN" }))).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await changeRoleAction(initial, form({ userId: staff.id, role: "ADMIN" }))).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await deactivateAction(initial, form({ userId: owner.id }))).toEqual({ ok: false, message: "Errors.forbidden" });
    signInAs(null);
    expect(await changeRoleAction(initial, form({ userId: owner.id, role: "ADMIN" }))).toEqual({ ok: false, message: "Errors.signInRequired" });

    expect(await stateOf(owner.id)).toEqual({ role: "SME", status: "ACTIVE" });
    expect(await stateOf(staff.id)).toEqual({ role: "STAFF", status: "ACTIVE" });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("refuses an unknown role and an unknown user", async () => {
    const admin = await createUser("admin@uji.test", "ADMIN");
    const owner = await createUser("pemilik@uji.test", "SME");
    signInAs(admin);
    const unknownRole = await changeRoleAction(initial, form({ userId: owner.id, role: "ROOT" }));
    expect(unknownRole.fieldErrors).toEqual({ role: ["AdminUsers.roleRequired"] });
    expect(await changeRoleAction(initial, form({ userId: "c000000000000000000000000", role: "STAFF" }))).toMatchObject({
      ok: false,
      message: "AdminUsers.userNotFound",
    });
    expect(await stateOf(owner.id)).toEqual({ role: "SME", status: "ACTIVE" });
  });

  it("does not let admins demote or deactivate themselves", async () => {
    const admin = await createUser("admin@uji.test", "ADMIN");
    await createUser("admin2@uji.test", "ADMIN");
    signInAs(admin);
    expect(await changeRoleAction(initial, form({ userId: admin.id, role: "STAFF" }))).toMatchObject({ ok: false, message: "AdminUsers.cannotChangeOwnRole" });
    expect(await deactivateAction(initial, form({ userId: admin.id }))).toMatchObject({ ok: false, message: "AdminUsers.cannotChangeOwnStatus" });
    expect(await stateOf(admin.id)).toEqual({ role: "ADMIN", status: "ACTIVE" });
    expect(await db.auditLog.count()).toBe(0);
  });

  it("never demotes or deactivates the last active admin", async () => {
    const first = await createUser("admin@uji.test", "ADMIN");
    const second = await createUser("admin2@uji.test", "ADMIN");
    signInAs(first);
    // Another admin deactivated `first` a moment ago: its session ends at once.
    await db.user.update({ where: { id: first.id }, data: { status: "DEACTIVATED" } });
    expect(await changeRoleAction(initial, form({ userId: second.id, role: "STAFF" }))).toMatchObject({ ok: false, message: "Errors.signInRequired" });
    // A request of `first` that passed the session check just before still cannot remove the last active admin.
    const stale = { actorId: first.id, ip: "203.0.113.7" };
    await expect(db.$transaction((tx) => changeUserRole(tx, stale, second.id, "STAFF"))).rejects.toThrow("AdminUsers.lastAdmin");
    await expect(db.$transaction((tx) => deactivateUser(tx, stale, second.id))).rejects.toThrow("AdminUsers.lastAdmin");
    expect(await stateOf(second.id)).toEqual({ role: "ADMIN", status: "ACTIVE" });
  });

  it("lets only one of two admins deactivating each other at once succeed", async () => {
    const first = await createUser("admin@uji.test", "ADMIN");
    const second = await createUser("admin2@uji.test", "ADMIN");
    const results = await Promise.allSettled([
      db.$transaction((tx) => deactivateUser(tx, { actorId: first.id, ip: "198.51.100.1" }, second.id)),
      db.$transaction((tx) => deactivateUser(tx, { actorId: second.id, ip: "198.51.100.2" }, first.id)),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { role: "ADMIN", status: "ACTIVE" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "user.deactivate" } })).toBe(1);
  });

  it("deactivates and reactivates, auditing both; an invitee goes back to INVITED", async () => {
    const admin = await createUser("admin@uji.test", "ADMIN");
    const owner = await createUser("pemilik@uji.test", "SME");
    const invitee = await createUser("undangan@uji.test", "PARTNER", "INVITED", null);
    signInAs(admin);

    expect(await deactivateAction(initial, form({ userId: owner.id }))).toEqual({ ok: true, message: "AdminUsers.deactivated" });
    expect(await deactivateAction(initial, form({ userId: invitee.id }))).toEqual({ ok: true, message: "AdminUsers.deactivated" });
    expect(await stateOf(owner.id)).toEqual({ role: "SME", status: "DEACTIVATED" });
    expect(await reactivateAction(initial, form({ userId: owner.id }))).toEqual({ ok: true, message: "AdminUsers.reactivated" });
    expect(await reactivateAction(initial, form({ userId: invitee.id }))).toEqual({ ok: true, message: "AdminUsers.reactivated" });
    expect(await stateOf(owner.id)).toEqual({ role: "SME", status: "ACTIVE" });
    expect(await stateOf(invitee.id)).toEqual({ role: "PARTNER", status: "INVITED" });

    const audit = await db.auditLog.findMany({ where: { entityId: owner.id }, orderBy: { id: "asc" }, select: { action: true, actorId: true, ip: true } });
    expect(audit).toEqual([
      { action: "user.deactivate", actorId: admin.id, ip: "203.0.113.7" },
      { action: "user.reactivate", actorId: admin.id, ip: "203.0.113.7" },
    ]);
  });

  it("leaves deleted accounts alone", async () => {
    const admin = await createUser("admin@uji.test", "ADMIN");
    const gone = await db.user.create({
      data: { email: "deleted-x@deleted.invalid", name: "Pengguna dihapus", role: "SME", status: "DEACTIVATED", deletedAt: new Date() },
    });
    signInAs(admin);
    expect(await reactivateAction(initial, form({ userId: gone.id }))).toMatchObject({ ok: false, message: "AdminUsers.accountDeleted" });
    expect(await changeRoleAction(initial, form({ userId: gone.id, role: "ADMIN" }))).toMatchObject({ ok: false, message: "AdminUsers.accountDeleted" });
    expect(await stateOf(gone.id)).toEqual({ role: "SME", status: "DEACTIVATED" });
  });

  it("lists users filtered by role, status and a name or email search", async () => {
    await createUser("admin@uji.test", "ADMIN");
    await db.user.create({ data: { email: "sutrisno@ikm.uji.test", name: "Sutrisno Wibowo", role: "SME" } });
    await db.user.create({ data: { email: "sri@ikm.uji.test", name: "Sri Lestari", role: "SME", status: "DEACTIVATED" } });
    await db.user.create({ data: { email: "budi@pembeli.uji.test", name: "Budi", role: "BUYER" } });

    const emails = async (filter: Parameters<typeof listUsers>[0]["filter"]) =>
      (await listUsers({ page: 1, filter })).items.map((user) => user.email);
    expect(await emails({ role: "SME" })).toEqual(["sri@ikm.uji.test", "sutrisno@ikm.uji.test"]);
    expect(await emails({ status: "DEACTIVATED" })).toEqual(["sri@ikm.uji.test"]);
    expect(await emails({ q: "WIBOWO" })).toEqual(["sutrisno@ikm.uji.test"]);
    expect(await emails({ q: "Pembeli.Uji" })).toEqual(["budi@pembeli.uji.test"]);
    expect(await emails({ q: "sri", role: "SME", status: "ACTIVE" })).toEqual([]);
    expect((await listUsers({ page: 1, filter: { role: "SME" } })).total).toBe(2);
  });
});
