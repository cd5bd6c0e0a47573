// Staff forwarding a request to chosen SMEs (published ones only, once each, with an email to
// each new owner), and what sitemap.xml and robots.txt tell crawlers: published suppliers and
// their published products only, never drafts, rejected products or unpublished suppliers.
import { beforeEach, describe, expect, it } from "vitest";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { forwardRequestAction } from "@/lib/sourcing/actions";
import { getRequestForSme, getSmeSourcingContext, searchForwardCandidates } from "@/lib/sourcing/queries";
import { resetData } from "./reset";
import { signInAs } from "./support/actions";
import { linkIn, mailTo } from "./support/accounts";
import { daysFromToday, seedBuyer, seedRequest, seedSme, seedStaff } from "./support/sourcing";

const initial: FormState = { ok: false };

function forward(requestId: string, enterpriseIds: string[]): FormData {
  const data = new FormData();
  data.set("requestId", requestId);
  for (const id of enterpriseIds) data.append("enterpriseIds", id);
  return data;
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("forwarding a request", () => {
  it("forwards to chosen published SMEs once, audits it, emails each new owner, and they then see it", async () => {
    const buyer = await seedBuyer("hotel-a");
    const request = await seedRequest(buyer.organization.id, "13134", { title: "Seragam batik hotel", deadline: daysFromToday(20) });
    const staff = await seedStaff("rina");
    const far = await seedSme("logam-a", ["25111"]);
    const near = await seedSme("batik-b", ["13134"]);

    expect(await searchForwardCandidates(request.id, "merek")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: far.enterprise.id, fit: null, forwarded: false }),
        expect.objectContaining({ id: near.enterprise.id, fit: "exact", forwarded: false }),
      ]),
    );

    signInAs(staff.session);
    expect(await forwardRequestAction(initial, forward(request.id, [far.enterprise.id, near.enterprise.id]))).toEqual({ ok: true, message: "Sourcing.staff.forwarded" });
    const rows = await db.sourcingRequestForward.findMany({ where: { requestId: request.id }, orderBy: { enterpriseId: "asc" } });
    expect(rows.map((row) => [row.enterpriseId, row.forwardedById]).sort()).toEqual([[far.enterprise.id, staff.user.id], [near.enterprise.id, staff.user.id]].sort());
    const [mail] = await mailTo(far.owner.email);
    expect(mail?.subject).toBe('Permintaan pembeli diteruskan kepada Anda: "Seragam batik hotel"');
    expect(linkIn(mail)).toMatch(new RegExp(`/ikm/permintaan/${request.id}$`));

    // Again: nothing new, no second email.
    expect(await forwardRequestAction(initial, forward(request.id, [far.enterprise.id]))).toEqual({ ok: true, message: "Sourcing.staff.alreadyForwarded" });
    expect(await db.sourcingRequestForward.count()).toBe(2);
    expect(await mailTo(far.owner.email)).toHaveLength(1);
    const audit = await db.auditLog.findMany({ where: { entityId: request.id } });
    expect(audit.map((row) => row.action)).toEqual(["sourcing-request.forward"]);

    const context = await getSmeSourcingContext(far.enterprise.id);
    expect(await getRequestForSme(context!, request.id)).toMatchObject({ forwarded: true, fit: null });
    expect((await searchForwardCandidates(request.id, "logam-a"))[0]).toMatchObject({ forwarded: true });
  });

  it("refuses unpublished SMEs, closed requests, empty choices and non-staff, saving nothing", async () => {
    const buyer = await seedBuyer("hotel-b");
    const request = await seedRequest(buyer.organization.id, "13134");
    const closed = await seedRequest(buyer.organization.id, "13134", { status: "CLOSED" });
    const staff = await seedStaff("dwi");
    const published = await seedSme("batik-c", ["13134"]);
    const draft = await seedSme("batik-draf", ["13134"], "DRAFT");

    signInAs(staff.session);
    expect(await forwardRequestAction(initial, forward(request.id, [published.enterprise.id, draft.enterprise.id]))).toMatchObject({
      ok: false,
      fieldErrors: { enterpriseIds: ["Sourcing.errors.forwardUnavailable"] },
    });
    expect(await forwardRequestAction(initial, forward(closed.id, [published.enterprise.id]))).toMatchObject({ ok: false, message: "Sourcing.errors.closed" });
    expect(await forwardRequestAction(initial, forward(request.id, []))).toMatchObject({ ok: false, fieldErrors: { enterpriseIds: ["Sourcing.errors.forwardNone"] } });
    expect(await searchForwardCandidates(request.id, "batik")).toEqual([expect.objectContaining({ id: published.enterprise.id })]);

    signInAs(buyer.session);
    expect(await forwardRequestAction(initial, forward(request.id, [published.enterprise.id]))).toEqual({ ok: false, message: "Errors.forbidden" });
    signInAs(published.session);
    expect(await forwardRequestAction(initial, forward(request.id, [published.enterprise.id]))).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await db.sourcingRequestForward.count()).toBe(0);
    expect(await db.auditLog.count()).toBe(0);
  });
});

async function seedCatalogEnterprise(slug: string, status: CurationStatus) {
  return db.enterprise.create({ data: { slug, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status } });
}

async function seedCatalogProduct(enterpriseId: string, slug: string, status: CurationStatus) {
  return db.product.create({ data: { slug, enterpriseId, nameId: `Produk ${slug}`, descriptionId: "Deskripsi produk.", unit: "pcs", status } });
}

describe("sitemap.xml and robots.txt", () => {
  it("lists the entry pages, published suppliers and their published products, and nothing else", async () => {
    const open = await seedCatalogEnterprise("pemasok-terbit", "PUBLISHED");
    await seedCatalogProduct(open.id, "produk-terbit", "PUBLISHED");
    await seedCatalogProduct(open.id, "produk-draf", "DRAFT");
    await seedCatalogProduct(open.id, "produk-ditolak", "REJECTED");
    await seedCatalogProduct(open.id, "produk-dikurasi", "SUBMITTED");
    for (const status of ["DRAFT", "SUBMITTED", "REVISION_REQUESTED", "REJECTED"] as const) {
      const hidden = await seedCatalogEnterprise(`pemasok-${status.toLowerCase().replace("_", "-")}`, status);
      // A product marked published under an unpublished supplier is still not public.
      await seedCatalogProduct(hidden.id, `produk-dari-${status.toLowerCase().replace("_", "-")}`, "PUBLISHED");
    }

    const base = env().appUrl;
    const urls = (await sitemap()).map((entry) => entry.url);
    expect(urls.sort()).toEqual(
      [`${base}/`, `${base}/katalog`, `${base}/katalog/pemasok`, `${base}/acara`, `${base}/katalog/pemasok/pemasok-terbit`, `${base}/katalog/produk/produk-terbit`].sort(),
    );
    expect(urls.every((url) => /^https?:\/\//.test(url))).toBe(true);
  });

  it("keeps crawlers out of the signed-in areas and the API, and points to the sitemap", () => {
    const rules = robots();
    expect(rules.sitemap).toBe(`${env().appUrl}/sitemap.xml`);
    expect(rules.rules).toEqual({ userAgent: "*", allow: "/", disallow: ["/ikm", "/pembeli", "/mitra", "/staf", "/admin", "/akun", "/api"] });
  });
});
