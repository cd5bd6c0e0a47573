import "server-only";
import { db, type DbClient } from "@/lib/db";
import { type PublicationChecklist, publicationChecklist } from "./publication-checklist";

/**
 * The checklist toward publication for one enterprise, read in one query (inside the finish
 * action's transaction when given `client`); null when there is no such enterprise.
 */
export async function getPublicationChecklist(enterpriseId: string, client: DbClient = db): Promise<PublicationChecklist | null> {
  const row = await client.enterprise.findUnique({
    where: { id: enterpriseId },
    select: {
      status: true,
      nib: true,
      kelurahanCode: true,
      address: true,
      primaryKbliId: true,
      salesChannels: true,
      whatsapp: true,
      phone: true,
      email: true,
      photos: { select: { id: true }, take: 1 },
      _count: { select: { products: true, certificates: true } },
    },
  });
  if (!row) return null;
  const { primaryKbliId, _count, ...fields } = row;
  return publicationChecklist({ ...fields, primaryKbli: primaryKbliId, productCount: _count.products, certificateCount: _count.certificates });
}
