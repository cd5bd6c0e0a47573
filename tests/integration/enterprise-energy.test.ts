// Issue 17 point 6: energy use per month (SIINas) in the profile's capacity step: validated with
// every error at once, stored (a unit only with its amount, also enforced by the database), and
// saved at once on a published profile (no public page shows it). The export is in reports.test.ts.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveEnterpriseSectorStepAction } from "@/lib/enterprises/profile-actions";
import { catalogs } from "@/lib/i18n/messages";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, redirectTarget, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

beforeEach(async () => {
  await resetData();
});

setRequestHeaders({});

async function seedOwner(slug: string, status: "DRAFT" | "PUBLISHED" = "DRAFT") {
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME" } });
  const enterprise = await db.enterprise.create({
    data: { slug, ownerId: user.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status },
  });
  const actor: SessionUser = {
    id: user.id, email: user.email, name: user.name, role: "SME", locale: "id", enterpriseId: enterprise.id, buyerOrganizationId: null, partnerOrganizationId: null,
  };
  signInAs(actor);
  return enterprise;
}

async function primaryCode(): Promise<string> {
  const row = await db.kbli.findFirstOrThrow({ where: { version: "2020", level: "SUBCLASS" }, orderBy: { code: "asc" }, select: { code: true } });
  return row.code;
}

/** A saved step redirects to step 4; a refused one returns its errors. */
async function saveSector(fields: Record<string, string>): Promise<FormState> {
  try {
    return await saveEnterpriseSectorStepAction({ ok: false }, form({ primaryKbli: await primaryCode(), ...fields }));
  } catch (error) {
    if (redirectTarget(error)?.includes("/ikm/profil?langkah=4")) return { ok: true };
    throw error;
  }
}

const energyOf = (id: string) =>
  db.enterprise.findUniqueOrThrow({
    where: { id },
    select: { electricityKwhPerMonth: true, fuelPerMonth: true, fuelUnit: true, gasPerMonth: true, gasUnit: true },
  });

describe("energy use per month in step 3", () => {
  it("stores electricity, fuel and gas with their units; a unit without an amount is not kept", async () => {
    const enterprise = await seedOwner("batik-energi");
    expect(
      await saveSector({ electricityKwhPerMonth: "1.250", fuelPerMonth: "40", fuelUnit: "KILOGRAM", gasPerMonth: "36", gasUnit: "KILOGRAM" }),
    ).toEqual({ ok: true });
    expect(await energyOf(enterprise.id)).toEqual({ electricityKwhPerMonth: 1250, fuelPerMonth: 40, fuelUnit: "KILOGRAM", gasPerMonth: 36, gasUnit: "KILOGRAM" });

    // Emptied again: the amounts go, and the units chosen with no amount go with them.
    expect(await saveSector({ electricityKwhPerMonth: "", fuelPerMonth: "", fuelUnit: "LITER", gasPerMonth: "", gasUnit: "CUBIC_METRE" })).toEqual({ ok: true });
    expect(await energyOf(enterprise.id)).toEqual({ electricityKwhPerMonth: null, fuelPerMonth: null, fuelUnit: null, gasPerMonth: null, gasUnit: null });
  });

  it("refuses a negative amount, a decimal, an amount without its unit and an unknown unit, all at once, and saves nothing", async () => {
    const enterprise = await seedOwner("tahu-energi");
    const before = await energyOf(enterprise.id);
    const refused = await saveSector({ electricityKwhPerMonth: "-20", fuelPerMonth: "12,5", fuelUnit: "LITER", gasPerMonth: "30", gasUnit: "TON" });
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors).toMatchObject({
      electricityKwhPerMonth: ["EnterpriseProfile.errors.energyNegative"],
      fuelPerMonth: ["EnterpriseProfile.errors.energyInvalid"],
      gasUnit: ["EnterpriseProfile.errors.gasUnitUnknown"],
    });
    const noUnits = await saveSector({ fuelPerMonth: "100", gasPerMonth: "30" });
    expect(noUnits.fieldErrors).toMatchObject({
      fuelUnit: ["EnterpriseProfile.errors.fuelUnitRequired"],
      gasUnit: ["EnterpriseProfile.errors.gasUnitRequired"],
    });
    expect(await energyOf(enterprise.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "enterprise.update-profile" } })).toBe(0);
    // The messages are clear Indonesian sentences (and English ones).
    const id = catalogs.id.EnterpriseProfile.errors;
    expect(id.fuelUnitRequired).toBe("Pilih satuan bahan bakar (liter atau kg) untuk jumlah yang Anda isi.");
    expect(id.energyNegative).toBe("Penggunaan energi tidak boleh negatif.");
    expect(catalogs.en.EnterpriseProfile.errors.gasUnitRequired).toMatch(/gas unit/);
  });

  it("is saved at once on a published profile: no public page shows it, so nothing waits for staff", async () => {
    const enterprise = await seedOwner("kopi-energi", "PUBLISHED");
    expect(await saveSector({ electricityKwhPerMonth: "600", gasPerMonth: "9", gasUnit: "KILOGRAM" })).toEqual({ ok: true });
    expect(await energyOf(enterprise.id)).toMatchObject({ electricityKwhPerMonth: 600, gasPerMonth: 9, gasUnit: "KILOGRAM" });
  });

  it("the database refuses an amount without its unit and a negative amount", async () => {
    const enterprise = await seedOwner("mebel-energi");
    await expect(db.enterprise.update({ where: { id: enterprise.id }, data: { fuelPerMonth: 10 } })).rejects.toThrow(/Enterprise_fuel_unit_check/);
    await expect(db.enterprise.update({ where: { id: enterprise.id }, data: { gasUnit: "KILOGRAM" } })).rejects.toThrow(/Enterprise_gas_unit_check/);
    await expect(db.enterprise.update({ where: { id: enterprise.id }, data: { electricityKwhPerMonth: -1 } })).rejects.toThrow(/Enterprise_energy_amounts_check/);
  });
});
