// The admins' audit log viewer (issue 8, item 5) on a small fixture whose rows sit on the edges
// of Jakarta days: each filter narrows to exactly the rows it should, pages hold 50 rows newest
// first without gaps, the CSV holds exactly the filtered rows and is itself audited, and only
// admins get the page or the file.
import { beforeEach, describe, expect, it } from "vitest";
import AuditLogPage from "@/app/(admin)/admin/audit/page";
import { GET as download } from "@/app/(admin)/admin/audit/unduh/route";
import { auditCsvChunks, truncationNote } from "@/lib/audit/export";
import { type AuditFilters, noAuditFilters } from "@/lib/audit/filters";
import { listAuditEntityTypes, listAuditLog } from "@/lib/audit/queries";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseCsvLine } from "@/lib/seed/reference";
import { resetData } from "./reset";
import { redirectTarget, signInAs } from "./support/actions";
import { sessionOf } from "./support/sourcing";


type Fixture = Awaited<ReturnType<typeof seedFixture>>;
let fixture: Fixture;

async function seedFixture() {
  const user = (role: SessionUser["role"], email: string, name: string) => db.user.create({ data: { email, name, role }, select: { id: true, email: true, name: true, role: true } });
  const admin = await user("ADMIN", "admin@audit.test", "Admin Audit");
  const staff = await user("STAFF", "petugas.satu@audit.test", "Petugas Satu");
  const sme = await user("SME", "pemilik@ikm.test", "Pemilik IKM");
  const row = async (actorId: string | null, action: string, entityType: string, entityId: string | null, createdAt: string, data?: object) =>
    (await db.auditLog.create({ data: { actorId, action, entityType, entityId, createdAt: new Date(createdAt), data, ip: "203.0.113.9" }, select: { id: true } })).id;
  const rows = {
    // 30 November 23:59 WIB.
    invite: await row(admin.id, "user.invite", "User", staff.id, "2026-11-30T16:59:00Z", { role: "STAFF" }),
    // 1 December 00:00 WIB: the first instant of the day.
    publish: await row(staff.id, "enterprise.publish", "Enterprise", "ent-1", "2026-11-30T17:00:00Z"),
    // 1 December 23:59:59 WIB: the last second of the day.
    product: await row(sme.id, "product.create", "Product", "prd-1", "2026-12-01T16:59:59Z", { name: "Batik, \"tulis\"" }),
    // 2 December 00:00 WIB, no actor: a failed sign-in.
    failed: await row(null, "auth.sign-in-failed", "User", null, "2026-12-01T17:00:00Z", { email: "=cmd|x@evil.test" }),
    // An action the code no longer writes: shown raw.
    legacy: await row(staff.id, "enterprise.archive", "Enterprise", "ent-1", "2026-12-02T03:00:00Z"),
  };
  return { admin, staff, sme, rows };
}

beforeEach(async () => {
  await resetData();
  fixture = await seedFixture();
  signInAs(null);
});

const filtered = (filters: Partial<AuditFilters>): AuditFilters => ({ ...noAuditFilters, ...filters });
const idsOf = async (filters: Partial<AuditFilters>) => (await listAuditLog({ filters: filtered(filters), page: 1 })).items.map((row) => row.id);

describe("the audit log's filters", () => {
  it("lists everything newest first without filters", async () => {
    const { rows } = fixture;
    expect(await idsOf({})).toEqual([rows.legacy, rows.failed, rows.product, rows.publish, rows.invite]);
  });

  it("narrow by the actor's email, entity type, entity id and action", async () => {
    const { rows } = fixture;
    expect(await idsOf({ actor: "PETUGAS.satu" })).toEqual([rows.legacy, rows.publish]);
    expect(await idsOf({ actor: "@ikm.test" })).toEqual([rows.product]);
    expect(await idsOf({ entityType: "User" })).toEqual([rows.failed, rows.invite]);
    expect(await idsOf({ entityType: "Enterprise", entityId: "ent-1" })).toEqual([rows.legacy, rows.publish]);
    expect(await idsOf({ entityId: fixture.staff.id })).toEqual([rows.invite]);
    expect(await idsOf({ action: "product.create" })).toEqual([rows.product]);
    expect(await idsOf({ action: "auth.sign-in" })).toEqual([]);
    expect(await idsOf({ actor: "petugas", action: "enterprise.publish" })).toEqual([rows.publish]);
  });

  it("take dates as whole days in Jakarta time, both ends included", async () => {
    const { rows } = fixture;
    expect(await idsOf({ from: "2026-12-01", to: "2026-12-01" })).toEqual([rows.product, rows.publish]);
    expect(await idsOf({ from: "2026-12-02" })).toEqual([rows.legacy, rows.failed]);
    expect(await idsOf({ to: "2026-11-30" })).toEqual([rows.invite]);
  });

  it("offer the entity types the log holds", async () => {
    expect(await listAuditEntityTypes()).toEqual(["Enterprise", "Product", "User"]);
  });

  it("page 50 rows at a time, newest first, with no row skipped or repeated", async () => {
    // 120 rows sharing one instant: the id breaks the tie.
    const at = new Date("2026-12-03T01:00:00Z");
    await db.auditLog.createMany({ data: Array.from({ length: 120 }, (_, index) => ({ actorId: null, action: "match.note", entityType: "Match", entityId: `m-${index}`, createdAt: at })) });
    const pages = await Promise.all([1, 2, 3].map((page) => listAuditLog({ filters: filtered({ action: "match.note" }), page })));
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    expect(pages[0]!.pageCount).toBe(3);
    expect(pages[0]!.total).toBe(120);
    const ids = pages.flatMap((page) => page.items.map((row) => row.id));
    expect(new Set(ids).size).toBe(120);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? 1 : -1)));
    expect(pages[0]!.items[0]!.entityId).toBe("m-119");
  });
});

describe("the CSV download", () => {
  const call = (query: string) => download(new Request(`http://localhost/admin/audit/unduh?${query}`, { headers: { "x-temu-socket-address": "198.51.100.7" } }));
  const csvRows = (body: string) => body.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean).map(parseCsvLine);

  it("holds exactly the filtered rows, and who downloaded what is kept", async () => {
    signInAs(sessionOf(fixture.admin));
    const response = await call("entityType=Enterprise&entityId=ent-1&from=2026-11-01");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="temu-usaha-log-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...lines] = csvRows(await response.text());
    expect(header).toEqual(["Waktu (WIB)", "Nama pelaku", "Email pelaku", "Kode aksi", "Aksi", "Jenis entitas", "ID entitas", "Data", "IP"]);
    expect(lines).toEqual([
      ["2026-12-02 10:00:00", "Petugas Satu", "petugas.satu@audit.test", "enterprise.archive", "", "Enterprise", "ent-1", "", "203.0.113.9"],
      ["2026-12-01 00:00:00", "Petugas Satu", "petugas.satu@audit.test", "enterprise.publish", "Profil IKM diterbitkan", "Enterprise", "ent-1", "", "203.0.113.9"],
    ]);

    const audits = await db.auditLog.findMany({ where: { action: "audit.export" }, select: { actorId: true, entityType: true, data: true, ip: true } });
    expect(audits).toEqual([
      { actorId: fixture.admin.id, entityType: "AuditLog", ip: "198.51.100.7", data: { actor: null, entityType: "Enterprise", entityId: "ent-1", action: null, from: "2026-11-01", to: null } },
    ]);
  });

  it("writes the same rows as the page shows, with system rows and data", async () => {
    signInAs(sessionOf(fixture.admin));
    const [, ...lines] = csvRows(await (await call("to=2026-12-01")).text());
    const shown = await listAuditLog({ filters: filtered({ to: "2026-12-01" }), page: 1 });
    expect(lines.map((line) => line[6])).toEqual(shown.items.map((row) => row.entityId ?? ""));
    expect(lines.map((line) => line[3])).toEqual(["product.create", "enterprise.publish", "user.invite"]);
    expect(lines[0]).toEqual(["2026-12-01 23:59:59", "Pemilik IKM", "pemilik@ikm.test", "product.create", "Produk dibuat", "Product", "prd-1", '{"name":"Batik, \\"tulis\\""}', "203.0.113.9"]);

    const [, failed] = csvRows(await (await call("action=auth.sign-in-failed")).text());
    expect(failed).toEqual(["2026-12-02 00:00:00", "Sistem", "", "auth.sign-in-failed", "Gagal masuk", "User", "", '{"email":"=cmd|x@evil.test"}', "203.0.113.9"]);
  });

  it("stops at the cap and says so in the file", async () => {
    let body = "";
    for await (const chunk of auditCsvChunks(noAuditFilters, 3)) body += chunk.toString("utf8");
    const [, ...lines] = csvRows(body);
    expect(lines.slice(0, 3).map((line) => line[3])).toEqual(["enterprise.archive", "auth.sign-in-failed", "product.create"]);
    expect(lines.slice(3)).toEqual([[truncationNote(3)]]);
    let whole = "";
    for await (const chunk of auditCsvChunks(noAuditFilters, 5)) whole += chunk.toString("utf8");
    // Exactly at the cap: the whole log, no note.
    expect(csvRows(whole).map((line) => line.length)).toEqual([9, 9, 9, 9, 9, 9]);
  });

  it("refuses malformed filters without writing a file or an audit row", async () => {
    signInAs(sessionOf(fixture.admin));
    const response = await call("from=2026-13-01");
    expect(response.status).toBe(400);
    expect(await db.auditLog.count({ where: { action: "audit.export" } })).toBe(0);
  });
});

describe("access", () => {
  const refusals = [
    ["STAFF", "/staf"],
    ["SME", "/ikm"],
    [null, "/masuk"],
  ] as const;

  async function redirectOf(attempt: Promise<unknown>): Promise<string> {
    return attempt.then(
      () => "no redirect",
      (error: unknown) => redirectTarget(error) ?? "",
    );
  }

  it("refuses staff, SMEs and anonymous visitors the page and the file", async () => {
    for (const [role, destination] of refusals) {
      signInAs(role === null ? null : sessionOf(role === "STAFF" ? fixture.staff : fixture.sme));
      expect(await redirectOf(download(new Request("http://localhost/admin/audit/unduh")))).toMatch(new RegExp(`^${destination}`));
      expect(await redirectOf(AuditLogPage({ searchParams: Promise.resolve({}) }))).toMatch(new RegExp(`^${destination}`));
    }
    expect(await db.auditLog.count({ where: { action: "audit.export" } })).toBe(0);
  });
});
