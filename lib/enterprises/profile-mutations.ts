// Writes to the SME's own enterprise profile. Ownership is the `where`: the enterprise id comes
// from the session, never from the form. The curation status is left as it is: a published
// profile stays published until curation looks at it again. Each write records its audit entry
// in the same transaction.
import { isUniqueViolation } from "@/lib/accounts/constraint-errors";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import { classifyBusinessScale } from "./scale";
import type { AddressStepInput, BusinessStepInput } from "./profile-schemas";

export interface ProfileOwner {
  userId: string;
  enterpriseId: string;
}

async function updateOwn(tx: DbClient, owner: ProfileOwner, data: Parameters<DbClient["enterprise"]["updateMany"]>[0]["data"]) {
  const updated = await tx.enterprise.updateMany({ where: { id: owner.enterpriseId }, data });
  if (updated.count === 0) throw new UserFacingError("Errors.forbidden");
}

/** Step 1: identity, legality and size; the scale is computed here, never taken from the form. */
export async function saveBusinessStep(tx: DbClient, owner: ProfileOwner, input: BusinessStepInput): Promise<void> {
  const scale = classifyBusinessScale({ capitalRupiah: input.capitalRupiah, annualSalesRupiah: input.annualSalesRupiah });
  try {
    await updateOwn(tx, owner, {
      legalName: input.legalName,
      brandName: input.brandName,
      legalForm: input.legalForm,
      nib: input.nib,
      npwp: input.npwp,
      yearFounded: input.yearFounded,
      workforce: input.workforce,
      capitalRupiah: input.capitalRupiah,
      annualSalesRupiah: input.annualSalesRupiah,
      scale: scale?.scale ?? null,
    });
  } catch (error) {
    if (isUniqueViolation(error, "nib")) throw new UserFacingError("EnterpriseProfile.errors.nibTaken", "nib");
    throw error;
  }
  await recordAudit(tx, {
    actorId: owner.userId,
    action: "enterprise.update-profile",
    entityType: "Enterprise",
    entityId: owner.enterpriseId,
    data: { step: "business", nib: input.nib, scale: scale?.scale ?? null },
  });
}

/** Step 2: where the business is; the kelurahan must lie in the chosen kecamatan. */
export async function saveAddressStep(tx: DbClient, owner: ProfileOwner, input: AddressStepInput): Promise<void> {
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
  await updateOwn(tx, owner, {
    kecamatanCode: kecamatan.code,
    kelurahanCode: kelurahan.code,
    address: input.address,
    sentraId: input.sentraId,
  });
  await recordAudit(tx, {
    actorId: owner.userId,
    action: "enterprise.update-profile",
    entityType: "Enterprise",
    entityId: owner.enterpriseId,
    data: { step: "address", kecamatanCode: kecamatan.code, kelurahanCode: kelurahan.code, sentraId: input.sentraId },
  });
}
