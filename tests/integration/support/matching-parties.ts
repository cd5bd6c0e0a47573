// Published enterprises (KBLI 13134, one kecamatan) and retail buyers for the matching store's
// tests, named after the test (`tag`), with their ids in id order.
import { db } from "@/lib/db";

export async function seedMatchingParties(tag: string, enterpriseCount: number, buyerCount: number): Promise<{ enterpriseIds: string[]; buyerIds: string[] }> {
  const kbli = await db.kbli.findFirstOrThrow({ where: { code: "13134", level: "SUBCLASS" }, select: { id: true } });
  const name = tag.charAt(0).toUpperCase() + tag.slice(1);
  await db.enterprise.createMany({
    data: Array.from({ length: enterpriseCount }, (_, index) => ({
      slug: `ikm-${tag}-${index}`,
      legalName: `UD ${name} ${index}`,
      legalForm: "UD" as const,
      kecamatanCode: "33.74.04",
      status: "PUBLISHED" as const,
      primaryKbliId: kbli.id,
    })),
  });
  await db.buyerOrganization.createMany({
    data: Array.from({ length: buyerCount }, (_, index) => ({ slug: `pembeli-${tag}-${index}`, name: `Toko ${name} ${index}`, kind: "RETAILER" as const, city: "Semarang" })),
  });
  return {
    enterpriseIds: (await db.enterprise.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(({ id }) => id),
    buyerIds: (await db.buyerOrganization.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(({ id }) => id),
  };
}
