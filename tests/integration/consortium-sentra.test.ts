// The public sentra page's pooled supply, on the demo data: the Krobokan bandeng sentra's combined
// monthly capacity per product line, and its approved consortia naming only the published members
// who accepted (none while undecided or vetoed; the buyer never).
import { beforeAll, describe, expect, it } from "vitest";
import { sentraCapacity, sentraConsortia } from "@/lib/catalog/sentra-pooled";
import { db } from "@/lib/db";
import { runConsortia } from "@/lib/matching/consortium-run";
import { seedDemoData } from "@/lib/seed/demo";
import { DEMO_BUYER_EMAIL } from "@/lib/seed/demo-data/sourcing";
import { resetData } from "./reset";
import { kbliId } from "./support/sourcing";

describe("pooled supply on the sentra page", () => {
  let sentraId = "";

  beforeAll(async () => {
    await resetData();
    await seedDemoData(db);
    const buyer = await db.user.findUniqueOrThrow({ where: { email: DEMO_BUYER_EMAIL }, select: { buyerOrganizationId: true } });
    await db.sourcingRequest.create({
      data: { buyerId: buyer.buyerOrganizationId!, title: "Bandeng presto 10 ton per bulan", description: "Bandeng presto duri lunak.", kbliId: await kbliId("10219"), quantityPerMonth: 10_000, unit: "kg" },
    });
    await runConsortia({ eventId: null, validOn: new Date(), officeCity: "Semarang" });
    sentraId = (await db.sentra.findFirstOrThrow({ where: { name: "Sentra Bandeng Presto Krobokan" }, select: { id: true } })).id;
  });

  it("adds up the published members' monthly capacity per product line and unit", async () => {
    const members = await db.enterprise.findMany({
      where: { sentraId, status: "PUBLISHED", monthlyCapacity: { not: null }, capacityUnit: { not: null } },
      select: { monthlyCapacity: true, capacityUnit: true, primaryKbli: { select: { code: true } } },
    });
    const expected = new Map<string, number>();
    for (const member of members) {
      const key = `${member.primaryKbli!.code} ${member.capacityUnit}`;
      expected.set(key, (expected.get(key) ?? 0) + member.monthlyCapacity!);
    }
    const lines = await sentraCapacity(sentraId);
    expect(new Map(lines.map((line) => [`${line.code} ${line.unit}`, line.capacity]))).toEqual(expected);
    expect(lines.reduce((sum, line) => sum + line.capacity, 0)).toBeGreaterThanOrEqual(10_000);
  });

  it("shows an approved consortium with only the members who accepted, and nothing before", async () => {
    const consortium = await db.consortium.findFirstOrThrow({ where: { rank: 1, members: { some: { enterprise: { sentraId } } } }, include: { members: true } });
    expect(await sentraConsortia(sentraId)).toEqual([]);
    await db.consortium.update({ where: { id: consortium.id }, data: { status: "APPROVED" } });
    expect(await sentraConsortia(sentraId)).toEqual([]);
    const [first, ...others] = consortium.members;
    await db.consortiumMember.update({ where: { id: first!.id }, data: { response: "ACCEPTED" } });
    const [shown] = await sentraConsortia(sentraId);
    const name = await db.enterprise.findUniqueOrThrow({ where: { id: first!.enterpriseId }, select: { slug: true } });
    expect(shown).toMatchObject({ id: consortium.id, quantityPerMonth: 10_000, unit: "kg", memberCount: consortium.members.length });
    expect(shown!.shown.map((member) => member.slug)).toEqual([name.slug]);
    expect(JSON.stringify(shown)).not.toContain(consortium.buyerId);
    await db.consortiumMember.updateMany({ where: { id: { in: others.map((member) => member.id) } }, data: { response: "ACCEPTED" } });
    expect((await sentraConsortia(sentraId))[0]!.shown).toHaveLength(consortium.members.length);
    await db.consortium.update({ where: { id: consortium.id }, data: { status: "VETOED" } });
    expect(await sentraConsortia(sentraId)).toEqual([]);
  });
});
