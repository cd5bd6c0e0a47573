// Deleting an account takes the business out of circulation: the enterprise leaves the catalog,
// the sitemap and the photo routes, partners lose access at once, open inquiries and offers close
// and meetings still ahead are cancelled, each with a notice to the other side; past meetings
// keep their results. A buyer's deletion closes the organisation's open work only when no one is
// left in it.
import { beforeEach, describe, expect, it } from "vitest";
import sitemap from "@/app/sitemap";
import { deleteMyAccountAction } from "@/lib/my-account/actions";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { listPublishedProducts } from "@/lib/catalog/queries";
import { searchSuppliers } from "@/lib/catalog/search-suppliers";
import { getPublishedSupplier } from "@/lib/catalog/supplier-page";
import { db } from "@/lib/db";
import { findVisibleEnterprisePhoto } from "@/lib/enterprises/photo-queries";
import { getConsentedReferral, listConsentedReferrals } from "@/lib/referrals/queries";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { signInAs, submit } from "./support/actions";
import { seedBuyer, seedSme } from "./support/sourcing";

setRequestHeaders({ "x-forwarded-for": "203.0.113.9" });

const password = "Wingko babat hangat 2026";
const day = 24 * 60 * 60 * 1000;

async function withPassword(userId: string) {
  await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(password), emailVerifiedAt: new Date() } });
}

async function deleteAs(user: SessionUser) {
  signInAs(user);
  expect(await submit(deleteMyAccountAction, { password })).toEqual({ redirect: "/" });
  signInAs(null);
}

/** An SME and a buyer with everything that can be open between them, in a past and a coming event. */
async function seedCounterparts() {
  const sme = await seedSme("batik-pamit", ["13134"]);
  const buyer = await seedBuyer("toko-tetap");
  await withPassword(sme.owner.id);
  await withPassword(buyer.user.id);
  const { enterprise } = sme;
  const product = await db.product.create({
    data: { slug: "batik-pamit-kain", enterpriseId: enterprise.id, nameId: "Kain batik pamit", descriptionId: "Batik tulis", unit: "lembar", status: "PUBLISHED", publishedAt: new Date() },
  });
  const photo = await db.enterprisePhoto.create({ data: { enterpriseId: enterprise.id, kind: "PHOTO", largeKey: "uji/besar.webp", smallKey: "uji/kecil.webp", width: 800, height: 600 } });
  const partner = await db.partnerOrganization.create({ data: { slug: "bank-pamit", name: "Bank Pamit", kind: "HIMBARA_BANK" } });
  const consent = await db.partnerConsent.create({ data: { enterpriseId: enterprise.id, partnerOrganizationId: partner.id, purpose: "KUR_FINANCING" } });
  const inquiry = await db.inquiry.create({
    data: { buyerId: buyer.organization.id, createdById: buyer.user.id, enterpriseId: enterprise.id, subject: "Harga grosir", messages: { create: { authorId: buyer.user.id, side: "BUYER", body: "Berapa harga 500 lembar?" } } },
  });
  const request = await db.sourcingRequest.create({
    data: { buyerId: buyer.organization.id, createdById: buyer.user.id, title: "Batik seragam kantor", description: "Seragam", quantityPerMonth: 500, unit: "lembar" },
  });
  const offer = await db.sourcingOffer.create({
    data: { requestId: request.id, enterpriseId: enterprise.id, createdById: sme.owner.id, priceRupiah: 150_000n, unit: "lembar", minOrder: 50, leadTimeDays: 14 },
  });

  const now = Date.now();
  const event = async (slug: string, startsAt: Date, status: "PUBLISHED" | "COMPLETED") =>
    db.event.create({
      data: {
        slug,
        title: `Temu Usaha ${slug}`,
        kind: "BUSINESS_MATCHING",
        quarter: "2026-Q4",
        description: "Uji",
        venue: "Balai Kota",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * 60 * 60 * 1000),
        status,
        schedulePublishedAt: new Date(now - day),
      },
    });
  const seats = async (eventId: string) => ({
    sme: await db.eventParticipant.create({ data: { eventId, kind: "SME", enterpriseId: enterprise.id, status: "APPROVED" } }),
    buyer: await db.eventParticipant.create({ data: { eventId, kind: "BUYER", buyerId: buyer.organization.id, status: "APPROVED" } }),
  });
  const past = await event("lalu", new Date(now - 30 * day), "COMPLETED");
  const coming = await event("nanti", new Date(now + 10 * day), "PUBLISHED");
  const pastSeats = await seats(past.id);
  const comingSeats = await seats(coming.id);
  const pastMeeting = await db.meeting.create({
    data: {
      eventId: past.id,
      smeParticipantId: pastSeats.sme.id,
      buyerParticipantId: pastSeats.buyer.id,
      status: "HELD",
      smeOutcome: "DEAL",
      buyerOutcome: "DEAL",
      outcome: "DEAL",
      dealValueRupiah: 75_000_000n,
      startsAt: new Date(past.startsAt.getTime() + 60 * 60 * 1000),
      endsAt: new Date(past.startsAt.getTime() + 80 * 60 * 1000),
      tableNumber: 2,
    },
  });
  const match = await db.match.create({
    data: { eventId: coming.id, enterpriseId: enterprise.id, buyerId: buyer.organization.id, score: 80, components: [], status: "APPROVED", smeResponse: "ACCEPTED", buyerResponse: "ACCEPTED" },
  });
  const comingMeeting = await db.meeting.create({
    data: {
      eventId: coming.id,
      matchId: match.id,
      smeParticipantId: comingSeats.sme.id,
      buyerParticipantId: comingSeats.buyer.id,
      status: "SCHEDULED",
      startsAt: new Date(coming.startsAt.getTime() + 60 * 60 * 1000),
      endsAt: new Date(coming.startsAt.getTime() + 80 * 60 * 1000),
      tableNumber: 3,
    },
  });
  return { sme, buyer, product, photo, partner, consent, inquiry, request, offer, pastMeeting, comingMeeting, comingSeats, match };
}

async function notificationsOf(userId: string) {
  const rows = await db.notification.findMany({ where: { userId }, select: { id: true, kind: true, link: true, title: true }, orderBy: { createdAt: "asc" } });
  // Each notice is also an email, through the job queue.
  const jobs = await db.job.findMany({ where: { key: { in: rows.map((row) => `email:${row.id}`) } }, select: { key: true } });
  expect(jobs).toHaveLength(rows.length);
  return rows.map(({ kind, link, title }) => ({ kind, link, title }));
}

const supplierPath = (slug: string) => `/katalog/pemasok/${slug}`;
const sitemapHas = async (path: string) => (await sitemap()).some((entry) => entry.url.endsWith(path));

describe("deleting an account takes the business out of circulation", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("an SME's deletion: off the catalog, consents revoked, inquiry and offer closed, coming meeting cancelled, past results kept", async () => {
    const scene = await seedCounterparts();
    const { enterprise } = scene.sme;
    // Everything is public and open before (so the absences below mean something).
    expect((await searchSuppliers("batik-pamit")).map((row) => row.id)).toContain(enterprise.id);
    expect((await listPublishedProducts({ page: 1 })).items.map((row) => row.slug)).toContain("batik-pamit-kain");
    expect(await getPublishedSupplier("batik-pamit")).not.toBeNull();
    expect(await sitemapHas(supplierPath("batik-pamit"))).toBe(true);
    expect(await findVisibleEnterprisePhoto(scene.photo.id, "small")).not.toBeNull();
    expect((await listConsentedReferrals(scene.partner.id, {}, 1)).items).toHaveLength(1);

    await deleteAs(scene.sme.session);

    expect((await searchSuppliers("batik-pamit")).map((row) => row.id)).not.toContain(enterprise.id);
    expect((await listPublishedProducts({ page: 1 })).items.map((row) => row.slug)).not.toContain("batik-pamit-kain");
    expect(await getPublishedSupplier("batik-pamit")).toBeNull();
    expect(await sitemapHas(supplierPath("batik-pamit"))).toBe(false);
    expect(await findVisibleEnterprisePhoto(scene.photo.id, "small")).toBeNull();
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { status: true, ownerId: true } })).toEqual({ status: "DRAFT", ownerId: null });

    // Partners lose access at once, and the revocation is audited.
    expect((await listConsentedReferrals(scene.partner.id, {}, 1)).items).toEqual([]);
    expect(await getConsentedReferral(scene.partner.id, scene.consent.id)).toBeNull();
    expect((await db.partnerConsent.findUniqueOrThrow({ where: { id: scene.consent.id } })).revokedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "consent.revoke", entityType: "Enterprise", entityId: enterprise.id } })).toBe(1);

    // Open work is closed, and the buyer hears of each.
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: scene.inquiry.id } })).status).toBe("CLOSED");
    expect((await db.sourcingOffer.findUniqueOrThrow({ where: { id: scene.offer.id } })).status).toBe("WITHDRAWN");
    expect(await db.meeting.findUniqueOrThrow({ where: { id: scene.comingMeeting.id }, select: { status: true, startsAt: true, tableNumber: true } })).toEqual({
      status: "CANCELLED",
      startsAt: null,
      tableNumber: null,
    });
    expect((await db.eventParticipant.findUniqueOrThrow({ where: { id: scene.comingSeats.sme.id } })).status).toBe("WITHDRAWN");
    expect((await db.match.findUniqueOrThrow({ where: { id: scene.match.id } })).smeResponse).toBe("DECLINED");
    expect(await notificationsOf(scene.buyer.user.id)).toEqual([
      { kind: "INQUIRY_MESSAGE", link: `/pembeli/pertanyaan/${scene.inquiry.id}`, title: "Percakapan dengan Merek batik-pamit ditutup" },
      { kind: "SOURCING_OFFER", link: `/pembeli/permintaan/${scene.request.id}`, title: "Penawaran Merek batik-pamit ditarik" },
      { kind: "MEETING_REQUEST", link: "/peserta/acara/nanti/permintaan", title: "Pertemuan dengan Merek batik-pamit dibatalkan" },
    ]);

    // The past keeps its results; the buyer's own request stays open for other suppliers.
    expect(await db.meeting.findUniqueOrThrow({ where: { id: scene.pastMeeting.id }, select: { status: true, outcome: true, dealValueRupiah: true, tableNumber: true } })).toEqual({
      status: "HELD",
      outcome: "DEAL",
      dealValueRupiah: 75_000_000n,
      tableNumber: 2,
    });
    expect((await db.sourcingRequest.findUniqueOrThrow({ where: { id: scene.request.id } })).status).toBe("OPEN");
  });

  it("a buyer's deletion closes the organisation's open work only when no colleague is left", async () => {
    const scene = await seedCounterparts();
    const colleague = await db.user.create({ data: { email: "rekan@contoh.test", name: "Rekan", role: "BUYER", buyerOrganizationId: scene.buyer.organization.id } });
    await deleteAs(scene.buyer.session);
    // A colleague carries on: the request, the thread and the meeting stay.
    expect((await db.sourcingRequest.findUniqueOrThrow({ where: { id: scene.request.id } })).status).toBe("OPEN");
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: scene.inquiry.id } })).status).toBe("OPEN");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: scene.comingMeeting.id } })).status).toBe("SCHEDULED");
    expect(await db.notification.count({ where: { userId: scene.sme.owner.id } })).toBe(0);

    // The last member goes: the organisation's open work closes, with notice to the SME.
    await withPassword(colleague.id);
    await deleteAs({ id: colleague.id, email: colleague.email, name: colleague.name, role: "BUYER", locale: "id", enterpriseId: null, buyerOrganizationId: scene.buyer.organization.id, partnerOrganizationId: null });
    expect(await db.sourcingRequest.findUniqueOrThrow({ where: { id: scene.request.id }, select: { status: true, closedAt: true } })).toEqual({ status: "CLOSED", closedAt: expect.any(Date) });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: scene.inquiry.id } })).status).toBe("CLOSED");
    expect((await db.meeting.findUniqueOrThrow({ where: { id: scene.comingMeeting.id } })).status).toBe("CANCELLED");
    expect((await db.match.findUniqueOrThrow({ where: { id: scene.match.id } })).buyerResponse).toBe("DECLINED");
    expect(await notificationsOf(scene.sme.owner.id)).toEqual([
      { kind: "SOURCING_OFFER", link: `/ikm/permintaan/${scene.request.id}`, title: "Permintaan \"Batik seragam kantor\" ditutup" },
      { kind: "INQUIRY_MESSAGE", link: `/ikm/pertanyaan/${scene.inquiry.id}`, title: "Percakapan dengan PT toko-tetap ditutup" },
      { kind: "MEETING_REQUEST", link: "/peserta/acara/nanti/permintaan", title: "Pertemuan dengan PT toko-tetap dibatalkan" },
    ]);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: scene.pastMeeting.id } })).outcome).toBe("DEAL");
    // The SME's business stays in the catalog: a buyer leaving does not touch it.
    expect(await getPublishedSupplier("batik-pamit")).not.toBeNull();
  });
});
