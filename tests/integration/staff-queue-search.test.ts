// The staff queues' search (lib/queue-search/search.ts) on the demo data: a newly submitted SME
// is found in the curation queue by its name, NIB or owner's email, and narrowed by kecamatan,
// KBLI division, status and day; the certificates queue and an event's participants list take
// the same search.
import { beforeAll, describe, expect, it } from "vitest";
import { certificateQueueStatuses, listCertificateQueue } from "@/lib/certificates/queries";
import { submitForReviewAction } from "@/lib/curation/actions";
import { listProductQueue } from "@/lib/curation/product-queries";
import { listCurationQueue, queueFilters } from "@/lib/curation/queries";
import { db } from "@/lib/db";
import { searchEventParticipants } from "@/lib/events/admin-queries";
import { ParticipantStatus } from "@/lib/generated/prisma/enums";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { seedDemoData } from "@/lib/seed/demo";
import { parseQueueSearch } from "@/lib/queue-search/search";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { createUser, form, signInAs } from "./support/actions";
import { completeProfile } from "./support/complete-profile";

setRequestHeaders({});

const name = "Tenun Ikat Pencarian Uji";
const nib = "9120001234567";
const kecamatanCode = "33.74.04";

/** Today in WIB as "YYYY-MM-DD", and the day before. */
function wibDay(offsetDays = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

const curation = (params: Record<string, string>) => parseQueueSearch(params, queueFilters).search;
const names = (items: { legalName: string }[]) => items.map((item) => item.legalName);

let enterpriseId = "";
let ownerEmail = "";

describe("staff queue search", () => {
  beforeAll(async () => {
    await resetData();
    await seedDemoData(db);
    // A new SME owner fills in a draft and submits it, as the app does.
    const owner = await createUser("SME", "Pemilik Uji");
    ownerEmail = owner.email;
    const kbli = await db.kbli.findFirstOrThrow({ where: { version: KBLI_VERSION, level: "SUBCLASS", code: { startsWith: "13" } }, select: { id: true } });
    const enterprise = await db.enterprise.create({
      data: { slug: "tenun-ikat-pencarian-uji", legalName: name, legalForm: "UD", kecamatanCode, status: "DRAFT", ownerId: owner.id, nib, primaryKbliId: kbli.id },
    });
    enterpriseId = enterprise.id;
    await completeProfile(enterprise.id, kecamatanCode);
    signInAs(owner);
    expect(await submitForReviewAction({ ok: false }, form({}))).toEqual({ ok: true, message: "CurationQueue.sme.submitted" });
    signInAs(null);
  });

  it("finds a newly submitted SME in the curation queue by name, NIB or the owner's email", async () => {
    const plain = await listCurationQueue("open", 1, curation({}));
    expect(plain.total).toBeGreaterThan(1);

    for (const q of ["ikat pencarian", nib, ownerEmail.toUpperCase()]) {
      const found = await listCurationQueue("open", 1, curation({ q }));
      expect(names(found.items), q).toEqual([name]);
    }
    expect((await listCurationQueue("open", 1, curation({ q: "tidak ada usaha bernama ini" }))).total).toBe(0);
    // Newest first puts the new submission at the top of the plain view.
    expect(names((await listCurationQueue("open", 1, curation({ urut: "baru" }))).items)[0]).toBe(name);
  });

  it("narrows the curation queue by kecamatan, KBLI division, status and day", async () => {
    const other = await db.kecamatan.findFirstOrThrow({ where: { code: { not: kecamatanCode } }, select: { code: true } });
    const search = (params: Record<string, string>) => listCurationQueue("open", 1, curation({ q: name, ...params })).then((page) => names(page.items));
    expect(await search({ kecamatan: kecamatanCode, kbli: "13" })).toEqual([name]);
    expect(await search({ kecamatan: other.code })).toEqual([]);
    expect(await search({ kbli: "10" })).toEqual([]);
    expect(await search({ dari: wibDay(), sampai: wibDay() })).toEqual([name]);
    expect(await search({ sampai: wibDay(-1) })).toEqual([]);
    expect(names((await listCurationQueue("PUBLISHED", 1, curation({ q: name }))).items)).toEqual([]);
    expect(names((await listCurationQueue("SUBMITTED", 1, curation({ q: name }))).items)).toEqual([name]);
  });

  it("searches products by their name or their enterprise's", async () => {
    const product = await db.product.findFirstOrThrow({ where: { status: "SUBMITTED" }, select: { nameId: true, enterprise: { select: { legalName: true } } } });
    const byProduct = await listProductQueue("open", 1, curation({ q: product.nameId }));
    expect(byProduct.items.map((item) => item.nameId)).toContain(product.nameId);
    const byEnterprise = await listProductQueue("open", 1, curation({ q: product.enterprise.legalName }));
    expect(byEnterprise.items.map((item) => item.nameId)).toContain(product.nameId);
    expect((await listProductQueue("open", 1, curation({ q: "tidak ada produk bernama ini" }))).total).toBe(0);
  });

  it("searches the certificates queue by enterprise, and filters by verification", async () => {
    const certificate = await db.certificate.create({ data: { enterpriseId, type: "HALAL", number: "ID33110000123450124" }, select: { id: true } });
    const queue = (params: Record<string, string>) => listCertificateQueue(1, parseQueueSearch(params, certificateQueueStatuses).search);
    expect((await queue({ q: nib })).items.map((item) => item.id)).toEqual([certificate.id]);
    expect((await queue({ q: nib, status: "verified" })).total).toBe(0);

    await db.certificate.update({ where: { id: certificate.id }, data: { verifiedAt: new Date() } });
    expect((await queue({ q: nib })).total).toBe(0);
    expect((await queue({ q: name, status: "verified" })).items.map((item) => item.id)).toEqual([certificate.id]);
    expect((await queue({ q: name, status: "all", kecamatan: kecamatanCode })).total).toBe(1);
  });

  it("searches an event's participants by name and status, keeping the waitlist positions of the whole list", async () => {
    const participant = await db.eventParticipant.findFirstOrThrow({
      where: { kind: "SME", enterprise: { isNot: null } },
      select: { eventId: true, status: true, enterprise: { select: { legalName: true } } },
    });
    const statuses = Object.values(ParticipantStatus);
    const list = (params: Record<string, string>) => searchEventParticipants(participant.eventId, "SME", parseQueueSearch(params, statuses).search, 1);
    const everyone = await list({});
    const legalName = participant.enterprise?.legalName ?? "";
    const found = await list({ q: legalName });
    expect(found.items.map((row) => row.enterprise?.legalName)).toEqual([legalName]);
    const otherStatus = statuses.find((status) => status !== participant.status) ?? "WITHDRAWN";
    expect((await list({ q: legalName, status: otherStatus })).total).toBe(0);
    expect((await list({ status: participant.status })).total).toBe(everyone.items.filter((row) => row.status === participant.status).length);
    const waitlisted = everyone.items.filter((row) => row.waitlistPosition !== null);
    for (const row of waitlisted) {
      const alone = await list({ q: row.enterprise?.legalName ?? "" });
      expect(alone.items.find((item) => item.id === row.id)?.waitlistPosition).toBe(row.waitlistPosition);
    }
  });
});
