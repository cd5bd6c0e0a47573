// The data download also carries the person's own work beyond the profile: the enterprise's
// changes waiting for staff, its export-readiness answers, its offers, and the inquiry messages
// the person wrote, and never the other side's messages in the same thread.
import { beforeEach, describe, expect, it } from "vitest";
import { buildAccountExport } from "@/lib/my-account/export";
import { db } from "@/lib/db";
import { resetData } from "./reset";
import { seedBuyer, seedRequest, seedSme } from "./support/sourcing";

beforeEach(async () => {
  await resetData();
});

describe("the personal-data download of an SME owner", () => {
  it("holds its pending profile change, assessments, offers and own inquiry messages, not the buyer's", async () => {
    const sme = await seedSme("batik-karya-sendiri", ["13134"]);
    const buyer = await seedBuyer("toko-karya");
    await db.enterprisePendingChange.create({ data: { enterpriseId: sme.enterprise.id, fields: { brandName: "Nama Baru Menunggu" }, submittedById: sme.owner.id } });
    await db.exportReadinessAssessment.create({
      data: { enterpriseId: sme.enterprise.id, answers: { q1: "a" }, score: 64, tier: "SIAP_DENGAN_PENDAMPINGAN", submittedById: sme.owner.id },
    });
    const request = await seedRequest(buyer.organization.id, "13134", { title: "Batik seragam hotel" });
    await db.sourcingOffer.create({
      data: { requestId: request.id, enterpriseId: sme.enterprise.id, createdById: sme.owner.id, priceRupiah: 125_000n, unit: "lembar", minOrder: 50, leadTimeDays: 21, message: "PENAWARAN-SAYA" },
    });
    const inquiry = await db.inquiry.create({ data: { buyerId: buyer.organization.id, createdById: buyer.user.id, enterpriseId: sme.enterprise.id, subject: "Tanya batik" } });
    await db.inquiryMessage.create({ data: { inquiryId: inquiry.id, authorId: buyer.user.id, side: "BUYER", body: "PESAN-PEMBELI-RAHASIA" } });
    await db.inquiryMessage.create({ data: { inquiryId: inquiry.id, authorId: sme.owner.id, side: "SME", body: "Jawaban saya sendiri" } });

    const data = await buildAccountExport(db, sme.owner.id);
    const text = JSON.stringify(data, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));

    expect(data.tables.EnterprisePendingChange).toEqual([expect.objectContaining({ fields: { brandName: "Nama Baru Menunggu" } })]);
    expect(data.tables.ExportReadinessAssessment).toEqual([expect.objectContaining({ score: 64, tier: "SIAP_DENGAN_PENDAMPINGAN" })]);
    expect(data.tables.SourcingOffer).toEqual([expect.objectContaining({ message: "PENAWARAN-SAYA", request: { title: "Batik seragam hotel" } })]);
    expect(data.tables.InquiryMessage).toEqual([expect.objectContaining({ body: "Jawaban saya sendiri", inquiry: { subject: "Tanya batik" } })]);
    expect(text).not.toContain("PESAN-PEMBELI-RAHASIA");
    expect(text).not.toContain(buyer.user.id);
  });

  it("gives the buyer its own messages and none of the SME's offers", async () => {
    const sme = await seedSme("batik-lain", ["13134"]);
    const buyer = await seedBuyer("toko-lain");
    const request = await seedRequest(buyer.organization.id, "13134");
    await db.sourcingOffer.create({
      data: { requestId: request.id, enterpriseId: sme.enterprise.id, priceRupiah: 99_000n, unit: "lembar", minOrder: 10, leadTimeDays: 7, message: "PENAWARAN-IKM" },
    });
    const inquiry = await db.inquiry.create({ data: { buyerId: buyer.organization.id, createdById: buyer.user.id, enterpriseId: sme.enterprise.id, subject: "Tanya" } });
    await db.inquiryMessage.create({ data: { inquiryId: inquiry.id, authorId: buyer.user.id, side: "BUYER", body: "Pesan pembeli" } });
    await db.inquiryMessage.create({ data: { inquiryId: inquiry.id, authorId: sme.owner.id, side: "SME", body: "JAWABAN-IKM-RAHASIA" } });

    const data = await buildAccountExport(db, buyer.user.id);
    const text = JSON.stringify(data, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));

    expect(data.tables.InquiryMessage).toEqual([expect.objectContaining({ body: "Pesan pembeli" })]);
    expect(data.tables.SourcingOffer).toEqual([]);
    expect(text).not.toContain("PENAWARAN-IKM");
    expect(text).not.toContain("JAWABAN-IKM-RAHASIA");
  });
});
