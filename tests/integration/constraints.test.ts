import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resetData } from "./reset";

async function enterpriseAndBuyer() {
  const enterprise = await db.enterprise.create({
    data: { slug: "batik-uji", legalName: "UD Batik Uji", legalForm: "UD", kecamatanCode: "33.74.04" },
    select: { id: true },
  });
  const buyer = await db.buyerOrganization.create({
    data: { slug: "pembeli-uji", name: "PT Pembeli Uji", kind: "RETAILER", city: "Jakarta" },
    select: { id: true },
  });
  const event = await db.event.create({
    data: {
      slug: "temu-uji",
      title: "Temu Usaha Uji",
      kind: "BUSINESS_MATCHING",
      quarter: "2026-Q4",
      description: "Uji",
      venue: "Balai Kota",
      startsAt: new Date("2026-12-16T08:00:00+07:00"),
      endsAt: new Date("2026-12-16T16:00:00+07:00"),
    },
    select: { id: true },
  });
  return { enterprise, buyer, event };
}

describe("database constraints", () => {
  beforeEach(resetData);

  it("rejects an email that is not lower-case", async () => {
    await expect(db.user.create({ data: { email: "Budi@Example.com", name: "Budi", role: "SME" } })).rejects.toThrow();
    expect(await db.user.count()).toBe(0);
  });

  it("rejects a participant whose party does not match its kind", async () => {
    const { enterprise, buyer, event } = await enterpriseAndBuyer();
    await expect(
      db.eventParticipant.create({ data: { eventId: event.id, kind: "BUYER", enterpriseId: enterprise.id } }),
    ).rejects.toThrow();
    await expect(
      db.eventParticipant.create({ data: { eventId: event.id, kind: "SME", enterpriseId: enterprise.id, buyerId: buyer.id } }),
    ).rejects.toThrow();
    await db.eventParticipant.create({ data: { eventId: event.id, kind: "SME", enterpriseId: enterprise.id } });
    expect(await db.eventParticipant.count()).toBe(1);
  });

  it("rejects a second meeting at the same table and time", async () => {
    const { enterprise, buyer, event } = await enterpriseAndBuyer();
    const sme = await db.eventParticipant.create({ data: { eventId: event.id, kind: "SME", enterpriseId: enterprise.id } });
    const buyerParticipant = await db.eventParticipant.create({ data: { eventId: event.id, kind: "BUYER", buyerId: buyer.id } });
    const other = await db.enterprise.create({
      data: { slug: "logam-uji", legalName: "CV Logam Uji", legalForm: "CV", kecamatanCode: "33.74.04" },
    });
    const otherSme = await db.eventParticipant.create({ data: { eventId: event.id, kind: "SME", enterpriseId: other.id } });
    const slot = { startsAt: new Date("2026-12-16T09:00:00+07:00"), endsAt: new Date("2026-12-16T09:20:00+07:00"), tableNumber: 3 };
    await db.meeting.create({ data: { eventId: event.id, smeParticipantId: sme.id, buyerParticipantId: buyerParticipant.id, ...slot } });
    await expect(
      db.meeting.create({ data: { eventId: event.id, smeParticipantId: otherSme.id, buyerParticipantId: buyerParticipant.id, ...slot } }),
    ).rejects.toThrow();
    expect(await db.meeting.count()).toBe(1);
  });

  it("rejects malformed HS codes and inverted price ranges", async () => {
    const { enterprise } = await enterpriseAndBuyer();
    const base = { enterpriseId: enterprise.id, nameId: "Kain batik", descriptionId: "Batik tulis", unit: "lembar" };
    await expect(db.product.create({ data: { ...base, slug: "a", hsCode: "5208.52" } })).rejects.toThrow();
    await expect(db.product.create({ data: { ...base, slug: "b", priceMinRupiah: 500_000n, priceMaxRupiah: 100_000n } })).rejects.toThrow();
    await db.product.create({ data: { ...base, slug: "c", hsCode: "52085200", priceMinRupiah: 100_000n, priceMaxRupiah: 500_000n } });
    expect(await db.product.count()).toBe(1);
  });
});
