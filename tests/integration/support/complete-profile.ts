// Fills in what a profile needs before it can be sent to curation (the required parts of
// lib/enterprises/publication-checklist.ts): the four data steps, as the wizard saves them, and
// one product.
import { db } from "@/lib/db";

export async function completeProfile(enterpriseId: string, kecamatanCode = "33.74.04"): Promise<void> {
  const kelurahan = await db.kelurahan.findFirstOrThrow({ where: { kecamatanCode }, select: { code: true } });
  const kbli = await db.kbli.findFirstOrThrow({ where: { version: "2020", code: "13134" }, select: { id: true } });
  const current = await db.enterprise.findUniqueOrThrow({ where: { id: enterpriseId }, select: { nib: true, primaryKbliId: true } });
  await db.enterprise.update({
    where: { id: enterpriseId },
    data: {
      nib: current.nib ?? `9${enterpriseId.replace(/\D/g, "").padEnd(12, "7").slice(0, 12)}`,
      kelurahanCode: kelurahan.code,
      kecamatanCode,
      address: "Jl. Batik No. 7, RT 02/RW 03",
      primaryKbliId: current.primaryKbliId ?? kbli.id,
      salesChannels: ["RESELLER"],
      whatsapp: "+6281222334455",
    },
  });
  await db.product.create({ data: { enterpriseId, slug: `produk-${enterpriseId}`, nameId: "Kain batik tulis", descriptionId: "Batik tulis", unit: "lembar" } });
}
