import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { seedDemoData } from "@/lib/seed/demo";
import { seedReferenceData } from "@/lib/seed/reference";
import { seedScale } from "@/lib/seed/scale";
import { resetData } from "./reset";

describe("reference data", () => {
  it("holds KBLI 2020 section C with its hierarchy and Semarang's 16 kecamatan and 177 kelurahan, idempotently", async () => {
    const first = await seedReferenceData(db);
    const second = await seedReferenceData(db);
    expect(first).toEqual({ kbli: 749, kecamatan: 16, kelurahan: 177 });
    expect(second).toEqual(first);
    const batikTulis = await db.kbli.findUnique({
      where: { version_code: { version: "2020", code: "13134" } },
      select: { level: true, parent: { select: { code: true, parent: { select: { code: true } } } } },
    });
    expect(batikTulis).toEqual({ level: "SUBCLASS", parent: { code: "1313", parent: { code: "131" } } });
    expect(await db.kbli.count({ where: { level: "DIVISION" } })).toBeGreaterThanOrEqual(20);
    expect(await db.kbli.count({ where: { level: { not: "SECTION" }, parentId: null } })).toBe(0);
  });
});

describe("demo data", () => {
  beforeAll(async () => {
    await resetData();
    await seedDemoData(db);
  });

  it("is seeded once: a second run inserts nothing", async () => {
    const before = await Promise.all([db.user.count(), db.enterprise.count(), db.product.count(), db.meeting.count()]);
    await seedDemoData(db);
    const after = await Promise.all([db.user.count(), db.enterprise.count(), db.product.count(), db.meeting.count()]);
    expect(after).toEqual(before);
  });

  it("has at least 60 SMEs across 10 KBLI divisions and all 16 kecamatan, and 150 products", async () => {
    expect(await db.enterprise.count()).toBeGreaterThanOrEqual(60);
    const enterprises = await db.enterprise.findMany({ select: { kecamatanCode: true, primaryKbli: { select: { code: true } } } });
    expect(new Set(enterprises.map((enterprise) => enterprise.kecamatanCode)).size).toBe(16);
    expect(new Set(enterprises.map((enterprise) => enterprise.primaryKbli?.code.slice(0, 2))).size).toBeGreaterThanOrEqual(10);
    expect(await db.product.count()).toBeGreaterThanOrEqual(150);
    const names = (await db.product.findMany({ select: { nameId: true } })).map((product) => product.nameId.toLowerCase()).join("\n");
    for (const staple of ["batik tulis", "batik cap", "bandeng presto", "lumpia", "wingko", "tempe"]) expect(names).toContain(staple);
  });

  it("has buyers of several kinds, three sentra, partners, a past event with outcomes and an upcoming one", async () => {
    expect(await db.buyerOrganization.count()).toBeGreaterThanOrEqual(15);
    const kinds = await db.buyerOrganization.groupBy({ by: ["kind"], _count: true });
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    expect(await db.sentra.count()).toBe(3);
    expect(await db.partnerOrganization.count({ where: { kind: "HIMBARA_BANK" } })).toBe(4);
    const past = await db.event.findFirst({ where: { status: "COMPLETED" }, select: { id: true } });
    expect(past).not.toBeNull();
    expect(await db.meeting.count({ where: { eventId: past!.id, outcome: { not: null } } })).toBeGreaterThan(0);
    expect(await db.meeting.count({ where: { eventId: past!.id, outcome: "DEAL", dealValueRupiah: { gt: 0 } } })).toBeGreaterThan(0);
    const upcoming = await db.event.findFirst({ where: { status: "PUBLISHED", startsAt: { gt: new Date("2026-11-28") } }, select: { title: true } });
    expect(upcoming?.title).toBe("Temu Usaha Industri Triwulan IV 2026");
  });

  it("has a demo account for every role with the documented password", async () => {
    const accounts = await db.user.findMany({
      where: { email: { in: ["admin@temu-usaha.test", "staf@temu-usaha.test", "ikm@temu-usaha.test", "pembeli@temu-usaha.test", "mitra@temu-usaha.test"] } },
      select: {
        email: true,
        role: true,
        status: true,
        passwordHash: true,
        enterprise: { select: { status: true } },
        buyerOrganization: { select: { name: true } },
        partnerOrganization: { select: { kind: true } },
      },
      orderBy: { email: "asc" },
    });
    expect(accounts.map((account) => [account.email, account.role])).toEqual([
      ["admin@temu-usaha.test", "ADMIN"],
      ["ikm@temu-usaha.test", "SME"],
      ["mitra@temu-usaha.test", "PARTNER"],
      ["pembeli@temu-usaha.test", "BUYER"],
      ["staf@temu-usaha.test", "STAFF"],
    ]);
    for (const account of accounts) {
      expect(account.status).toBe("ACTIVE");
      expect(await verifyPassword(account.passwordHash!, "TemuUsaha#2026")).toBe(true);
    }
    const byEmail = Object.fromEntries(accounts.map((account) => [account.email, account]));
    expect(byEmail["ikm@temu-usaha.test"]?.enterprise?.status).toBe("PUBLISHED");
    expect(byEmail["pembeli@temu-usaha.test"]?.buyerOrganization?.name).toMatch(/Sarinah/);
    expect(byEmail["mitra@temu-usaha.test"]?.partnerOrganization?.kind).toBe("HIMBARA_BANK");
  });
});

describe("scale generator", () => {
  it("is deterministic for a seed and safe to run twice", async () => {
    await resetData();
    const first = await seedScale(db, { smes: 120, requests: 15, seed: 7 });
    const slugs = (await db.enterprise.findMany({ select: { slug: true, legalName: true }, orderBy: { slug: "asc" } })).map(
      (enterprise) => `${enterprise.slug}:${enterprise.legalName}`,
    );
    await seedScale(db, { smes: 120, requests: 15, seed: 7 });
    expect(await db.enterprise.count()).toBe(120);
    expect(first.enterprises).toBe(120);
    expect(await db.sourcingRequest.count()).toBe(15);

    await resetData();
    await seedScale(db, { smes: 120, requests: 15, seed: 7 });
    const again = (await db.enterprise.findMany({ select: { slug: true, legalName: true }, orderBy: { slug: "asc" } })).map(
      (enterprise) => `${enterprise.slug}:${enterprise.legalName}`,
    );
    expect(again).toEqual(slugs);
  });
});
