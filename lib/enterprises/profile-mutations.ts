// Writes to an enterprise profile, shared by the owner and by staff in assisted mode. The target
// names the enterprise: for the owner it comes from the session, never from the form; for staff
// it must be an assisted enterprise (assistedAt set), checked in the `where` of the first write,
// which also locks the row for the rest of the transaction and bumps its version (a staff
// decision names the version it reviewed). The curation status is left as it is; on a PUBLISHED
// enterprise the public and identity fields wait for staff (pending-changes.ts). Each write
// records its audit entries in the same transaction.
import { isUniqueViolation } from "@/lib/db-errors";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { KBLI_VERSION } from "@/lib/reference/kbli";
import { saveProfileFields } from "./pending-changes";
import type { AddressStepInput, BusinessStepInput } from "./profile-schemas";
import type { MarketStepInput, SectorStepInput } from "./profile-step-schemas";
import { classifyBusinessScale } from "./scale";

export interface ProfileTarget {
  enterpriseId: string;
  actorId: string;
  /** Staff editing on behalf of the owner: only enterprises created or taken on in assisted mode. */
  assisted: boolean;
}

/** Updates the target enterprise (or only touches it, to lock the row); refuses one the actor may not edit. */
export async function updateTarget(tx: DbClient, target: ProfileTarget, data: Prisma.EnterpriseUncheckedUpdateManyInput = {}): Promise<void> {
  const where: Prisma.EnterpriseWhereInput = { id: target.enterpriseId, ...(target.assisted ? { assistedAt: { not: null } } : {}) };
  const updated = await tx.enterprise.updateMany({ where, data: { ...data, version: { increment: 1 }, updatedAt: new Date() } });
  if (updated.count === 0) throw new UserFacingError(target.assisted ? "EnterpriseProfile.errors.notFound" : "Errors.forbidden");
}

/** The step's audit row, and in assisted mode a second one saying staff did it. */
export async function auditProfileChange(
  tx: DbClient,
  target: ProfileTarget,
  action: "enterprise.update-profile" | "enterprise.photo-add" | "enterprise.photo-delete",
  data: Prisma.InputJsonObject,
): Promise<void> {
  const entry = { actorId: target.actorId, entityType: "Enterprise", entityId: target.enterpriseId } as const;
  await recordAudit(tx, { ...entry, action, data });
  if (target.assisted) await recordAudit(tx, { ...entry, action: "enterprise.assisted-edit", data: { ...data, change: action } });
}

/** Step 1: identity, legality and size; the scale is computed here, never taken from the form. */
export async function saveBusinessStep(tx: DbClient, target: ProfileTarget, input: BusinessStepInput): Promise<void> {
  const scale = classifyBusinessScale({ capitalRupiah: input.capitalRupiah, annualSalesRupiah: input.annualSalesRupiah });
  let saved;
  try {
    saved = await saveProfileFields(
      tx,
      target,
      { workforce: input.workforce },
      {
        legalName: input.legalName,
        brandName: input.brandName,
        legalForm: input.legalForm,
        nib: input.nib,
        npwp: input.npwp,
        yearFounded: input.yearFounded,
        capitalRupiah: input.capitalRupiah,
        annualSalesRupiah: input.annualSalesRupiah,
        scale: scale?.scale ?? null,
      },
    );
  } catch (error) {
    if (isUniqueViolation(error, "nib")) throw new UserFacingError("EnterpriseProfile.errors.nibTaken", "nib");
    throw error;
  }
  await auditProfileChange(tx, target, "enterprise.update-profile", { step: "business", nib: input.nib, scale: scale?.scale ?? null, saved });
}

/** Step 2: where the business is; the kelurahan must lie in the chosen kecamatan. */
export async function saveAddressStep(tx: DbClient, target: ProfileTarget, input: AddressStepInput): Promise<void> {
  const kecamatan = await tx.kecamatan.findUnique({ where: { code: input.kecamatanCode }, select: { code: true } });
  if (!kecamatan) throw new UserFacingError("EnterpriseProfile.errors.kecamatanUnknown", "kecamatanCode");
  const kelurahan = await tx.kelurahan.findFirst({
    where: { code: input.kelurahanCode, kecamatanCode: input.kecamatanCode },
    select: { code: true },
  });
  if (!kelurahan) throw new UserFacingError("EnterpriseProfile.errors.kelurahanOutsideKecamatan", "kelurahanCode");
  if (input.sentraId) {
    const sentra = await tx.sentra.findUnique({ where: { id: input.sentraId }, select: { id: true } });
    if (!sentra) throw new UserFacingError("EnterpriseProfile.errors.sentraUnknown", "sentraId");
  }
  const saved = await saveProfileFields(
    tx,
    target,
    {},
    { kecamatanCode: kecamatan.code, kelurahanCode: kelurahan.code, address: input.address, sentraId: input.sentraId },
  );
  await auditProfileChange(tx, target, "enterprise.update-profile", {
    step: "address",
    kecamatanCode: kecamatan.code,
    kelurahanCode: kelurahan.code,
    sentraId: input.sentraId,
    saved,
  });
}

/** Step 3: KBLI subclasses (every code must exist at SUBCLASS level) and production capacity. */
export async function saveSectorStep(tx: DbClient, target: ProfileTarget, input: SectorStepInput): Promise<void> {
  const codes = [input.primaryKbli, ...input.additionalKbli];
  const found = await tx.kbli.findMany({
    where: { version: KBLI_VERSION, level: "SUBCLASS", code: { in: codes } },
    select: { id: true, code: true },
  });
  const idOf = new Map(found.map((kbli) => [kbli.code, kbli.id]));
  const primaryId = idOf.get(input.primaryKbli);
  if (primaryId === undefined) throw new UserFacingError("EnterpriseProfile.errors.kbliUnknown", "primaryKbli");
  const additionalIds = input.additionalKbli.map((code) => idOf.get(code));
  if (additionalIds.some((id) => id === undefined)) throw new UserFacingError("EnterpriseProfile.errors.kbliUnknown", "additionalKbli");
  // Energy use is for the Dinas's SIINas reporting, shown on no public page: saved at once.
  const energy = {
    electricityKwhPerMonth: input.electricityKwhPerMonth,
    fuelPerMonth: input.fuelPerMonth,
    fuelUnit: input.fuelUnit,
    gasPerMonth: input.gasPerMonth,
    gasUnit: input.gasUnit,
  };
  const saved = await saveProfileFields(
    tx,
    target,
    energy,
    {
      primaryKbliId: primaryId,
      additionalKbliIds: additionalIds.flatMap((kbliId) => (kbliId === undefined ? [] : [kbliId])),
      monthlyCapacity: input.monthlyCapacity,
      installedCapacity: input.installedCapacity,
      capacityUnit: input.capacityUnit,
      rawMaterials: input.rawMaterials,
    },
  );
  await auditProfileChange(tx, target, "enterprise.update-profile", { step: "sector", kbli: codes, saved });
}

/** Step 4: markets, the buyers it looks for, and how to reach it. */
export async function saveMarketStep(tx: DbClient, target: ProfileTarget, input: MarketStepInput): Promise<void> {
  const saved = await saveProfileFields(tx, target, { targetBuyerKinds: input.targetBuyerKinds }, {
    salesChannels: input.salesChannels,
    sellsNationally: input.sellsNationally,
    exportCountries: input.exportCountries,
    phone: input.phone,
    whatsapp: input.whatsapp,
    email: input.email,
    website: input.website,
    instagram: input.instagram,
    facebook: input.facebook,
    tiktok: input.tiktok,
    marketplaceUrl: input.marketplaceUrl,
  });
  await auditProfileChange(tx, target, "enterprise.update-profile", {
    step: "market",
    salesChannels: input.salesChannels,
    exportCountries: input.exportCountries,
    saved,
  });
}
