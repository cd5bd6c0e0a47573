// The demo data's pooled supply: a buyer asks for 10,000 kg/month of bandeng presto; no demo IKM
// makes that much alone, and the city-wide consortium run proposes IKM of the Sentra Bandeng
// Presto Krobokan first.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runConsortia } from "@/lib/matching/consortium-run";
import { type Explanation, explanationText } from "@/lib/matching/engine/explain";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_BUYER_EMAIL } from "@/lib/seed/demo-data/sourcing";
import { resetData } from "./reset";
import { kbliId } from "./support/sourcing";

describe("pooled supply in the demo data", () => {
  let requestId = "";

  beforeAll(async () => {
    await resetData();
    await seedDemoData(db);
    const buyer = await db.user.findUniqueOrThrow({ where: { email: DEMO_BUYER_EMAIL }, select: { buyerOrganizationId: true } });
    const request = await db.sourcingRequest.create({
      data: {
        buyerId: buyer.buyerOrganizationId!,
        title: "Bandeng presto 10 ton per bulan",
        description: "Bandeng presto duri lunak untuk jaringan toko, dikirim setiap bulan.",
        kbliId: await kbliId("10219"),
        quantityPerMonth: 10_000,
        unit: "kg",
      },
    });
    requestId = request.id;
  });

  it("no published demo IKM of the product line makes 10,000 kg a month alone; the sentra together does", async () => {
    const fish = await db.enterprise.findMany({
      where: { status: "PUBLISHED", capacityUnit: "kg", primaryKbli: { code: { startsWith: "102" } } },
      select: { monthlyCapacity: true, sentra: { select: { name: true } } },
    });
    expect(fish.length).toBeGreaterThan(2);
    for (const item of fish) expect(item.monthlyCapacity ?? 0).toBeLessThan(10_000);
    const sentra = fish.filter((item) => item.sentra?.name === "Sentra Bandeng Presto Krobokan");
    expect(sentra.reduce((sum, item) => sum + (item.monthlyCapacity ?? 0), 0)).toBeGreaterThanOrEqual(10_000);
  });

  it("the consortium run proposes the bandeng sentra first", async () => {
    await runConsortia({ eventId: null, validOn: new Date("2026-12-01T00:00:00Z"), officeCity: "Semarang" });
    const [best] = await db.consortium.findMany({
      where: { sourcingRequestId: requestId },
      orderBy: { rank: "asc" },
      include: { members: { include: { enterprise: { select: { sentra: { select: { name: true } } } } } } },
    });
    expect(best).toBeDefined();
    expect(best!.rank).toBe(1);
    expect(best!.combinedCapacity).toBeGreaterThanOrEqual(10_000);
    expect(best!.members.length).toBeGreaterThanOrEqual(2);
    for (const member of best!.members) expect(member.enterprise.sentra?.name).toBe("Sentra Bandeng Presto Krobokan");
    const text = (best!.explanation as unknown as Explanation[]).map((part) => explanationText(part, "id")).join(" ");
    expect(text).toContain(`${best!.members.length} IKM di Sentra Bandeng Presto Krobokan: kapasitas gabungan`);
    expect(text).toContain("memenuhi 100% kebutuhan 10.000 kg/bulan.");
  });
});
