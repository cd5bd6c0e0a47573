// The enterprise profile steps below the browser: bad input is refused and nothing is saved,
// the NIB warning needs a confirmation, the scale is computed from capital and sales, the
// kelurahan must lie in the chosen kecamatan, and an SME only ever changes its own enterprise.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveEnterpriseAddressStepAction, saveEnterpriseBusinessStepAction } from "@/lib/enterprises/profile-actions";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { createUser, form, redirectTarget, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const initial: FormState = { ok: false };

async function seedOwner(slug: string, enterprise: { status?: "DRAFT" | "PUBLISHED"; nib?: string } = {}) {
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME" } });
  const row = await db.enterprise.create({
    data: { slug, ownerId: user.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", ...enterprise },
  });
  const actor: SessionUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: "SME",
    locale: "id",
    enterpriseId: row.id,
    buyerOrganizationId: null,
    partnerOrganizationId: null,
  };
  return { user, enterprise: row, actor };
}

const business = {
  legalName: "UD Bandeng Juwana Makmur",
  brandName: "Bandeng Makmur",
  legalForm: "CV",
  nib: "1234 5678 90123",
  npwp: "01.234.567.8-901.000",
  yearFounded: "2012",
  workforce: "8",
  capitalRupiah: "Rp 1.500.000.000",
  annualSalesRupiah: "900.000.000",
};

/** Saving a step ends in a redirect to the next one: that is how success looks from outside. */
async function redirectedTo(next: string, run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    if (redirectTarget(error)?.includes(next)) return { ok: true };
    throw error;
  }
}

const saveBusiness = (fields: Record<string, string>) =>
  redirectedTo("/ikm/profil?langkah=2", () => saveEnterpriseBusinessStepAction(initial, form(fields)));
const saveAddress = (fields: Record<string, string>) =>
  redirectedTo("/ikm/profil?langkah=3", () => saveEnterpriseAddressStepAction(initial, form(fields)));

const profileOf = (id: string) =>
  db.enterprise.findUniqueOrThrow({
    where: { id },
    select: {
      legalName: true,
      legalForm: true,
      nib: true,
      npwp: true,
      workforce: true,
      yearFounded: true,
      capitalRupiah: true,
      annualSalesRupiah: true,
      scale: true,
      status: true,
      kecamatanCode: true,
      kelurahanCode: true,
      address: true,
      sentraId: true,
    },
  });

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("step 1: data usaha", () => {
  it("saves the figures, computes the scale from capital and sales, and records an audit row", async () => {
    const { actor, enterprise } = await seedOwner("bandeng-a");
    signInAs(actor);
    expect(await saveBusiness(business)).toEqual({ ok: true });
    const row = await profileOf(enterprise.id);
    expect(row).toMatchObject({
      legalName: "UD Bandeng Juwana Makmur",
      legalForm: "CV",
      nib: "1234567890123",
      npwp: "012345678901000",
      yearFounded: 2012,
      workforce: 8,
      capitalRupiah: 1_500_000_000n,
      annualSalesRupiah: 900_000_000n,
      // Capital above Rp1 miliar makes it small, whatever the (micro) sales say: the larger class counts.
      scale: "KECIL",
    });
    expect(await db.auditLog.count({ where: { action: "enterprise.update-profile", entityId: enterprise.id } })).toBe(1);

    expect(await saveBusiness({ ...business, capitalRupiah: "", annualSalesRupiah: "60.000.000.000" })).toEqual({ ok: true });
    expect(await profileOf(enterprise.id)).toMatchObject({ capitalRupiah: null, annualSalesRupiah: 60_000_000_000n, scale: "BESAR" });
  });

  it("refuses a NIB with letters, a negative workforce or negative rupiah, and saves nothing", async () => {
    const { actor, enterprise } = await seedOwner("batik-b");
    signInAs(actor);
    const before = await profileOf(enterprise.id);

    const letters = await saveBusiness({ ...business, nib: "12345ABC90123" });
    expect(letters.ok).toBe(false);
    expect(letters.fieldErrors?.nib).toEqual(["Enterprise.nib.digitsOnly"]);

    const negative = await saveBusiness({ ...business, workforce: "-3" });
    expect(negative.fieldErrors?.workforce).toEqual(["EnterpriseProfile.errors.workforceInvalid"]);

    const money = await saveBusiness({ ...business, capitalRupiah: "-1.000", annualSalesRupiah: "1,5 juta" });
    expect(money.fieldErrors?.capitalRupiah).toEqual(["EnterpriseProfile.errors.rupiahNegative"]);
    expect(money.fieldErrors?.annualSalesRupiah).toEqual(["EnterpriseProfile.errors.rupiahInvalid"]);

    const future = await saveBusiness({ ...business, yearFounded: String(new Date().getFullYear() + 1) });
    expect(future.fieldErrors?.yearFounded).toEqual(["EnterpriseProfile.errors.yearFoundedInvalid"]);

    expect(await profileOf(enterprise.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "enterprise.update-profile" } })).toBe(0);
  });

  it("saves a NIB of unusual length only once the warning is confirmed", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-c");
    signInAs(actor);
    const unconfirmed = await saveBusiness({ ...business, nib: "123456789012" });
    expect(unconfirmed.fieldErrors?.confirmNib).toEqual(["EnterpriseProfile.errors.confirmRequired"]);
    expect((await profileOf(enterprise.id)).nib).toBeNull();

    const npwpWarned = await saveBusiness({ ...business, nib: "123456789012", confirmNib: "on", npwp: "1234" });
    expect(npwpWarned.fieldErrors?.confirmNpwp).toEqual(["EnterpriseProfile.errors.confirmRequired"]);
    expect((await profileOf(enterprise.id)).nib).toBeNull();

    expect(await saveBusiness({ ...business, nib: "123456789012", confirmNib: "on" })).toEqual({ ok: true });
    expect((await profileOf(enterprise.id)).nib).toBe("123456789012");
  });

  it("turns a NIB another enterprise holds into a field error, and leaves a published profile published with its NIB waiting for staff", async () => {
    await seedOwner("jamu-d", { nib: "9999999999999" });
    const { actor, enterprise } = await seedOwner("tahu-e", { status: "PUBLISHED" });
    signInAs(actor);
    const taken = await saveBusiness({ ...business, nib: "9999 9999 99999" });
    expect(taken.fieldErrors?.nib).toEqual(["EnterpriseProfile.errors.nibTaken"]);
    expect((await profileOf(enterprise.id)).nib).toBeNull();
    expect(await db.enterprisePendingChange.count()).toBe(0);

    expect(await saveBusiness(business)).toEqual({ ok: true });
    expect(await profileOf(enterprise.id)).toMatchObject({ nib: null, status: "PUBLISHED" });
    const pending = await db.enterprisePendingChange.findUniqueOrThrow({ where: { enterpriseId: enterprise.id } });
    expect(pending.fields).toMatchObject({ nib: "1234567890123" });
  });

  it("changes only the signed-in SME's enterprise, whatever id the form names", async () => {
    const owner = await seedOwner("batik-f");
    const other = await seedOwner("wingko-g");
    const otherBefore = await profileOf(other.enterprise.id);
    signInAs(owner.actor);
    expect(await saveBusiness({ ...business, id: other.enterprise.id, enterpriseId: other.enterprise.id })).toEqual({ ok: true });
    expect((await profileOf(owner.enterprise.id)).nib).toBe("1234567890123");
    expect(await profileOf(other.enterprise.id)).toEqual(otherBefore);
  });

  it("refuses an SME account without an enterprise", async () => {
    await seedOwner("kosong-h");
    signInAs(await createUser("SME"));
    expect(await saveBusiness(business)).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect(await db.enterprise.count({ where: { nib: { not: null } } })).toBe(0);
  });
});

describe("step 2: alamat", () => {
  async function places() {
    const inside = await db.kelurahan.findFirstOrThrow({ where: { kecamatanCode: "33.74.04" }, orderBy: { code: "asc" } });
    const outside = await db.kelurahan.findFirstOrThrow({ where: { kecamatanCode: { not: "33.74.04" } }, orderBy: { code: "asc" } });
    return { inside, outside };
  }

  it("saves kecamatan, kelurahan, address and sentra of the SME's own enterprise", async () => {
    const owner = await seedOwner("bandeng-i");
    const other = await seedOwner("batik-j");
    const otherBefore = await profileOf(other.enterprise.id);
    const { inside } = await places();
    const sentra = await db.sentra.create({
      data: { slug: "sentra-bandeng", name: "Sentra Bandeng Presto", description: "Bandeng presto", kecamatanCode: "33.74.04" },
    });
    signInAs(owner.actor);
    // Saving moves on to step 3 (sector and capacity).
    const result = await saveAddress({
      kecamatanCode: "33.74.04",
      kelurahanCode: inside.code,
      address: "Jl. Pandanaran No. 5",
      sentraId: sentra.id,
      enterpriseId: other.enterprise.id,
    });
    expect(result).toEqual({ ok: true });
    expect(await profileOf(owner.enterprise.id)).toMatchObject({
      kecamatanCode: "33.74.04",
      kelurahanCode: inside.code,
      address: "Jl. Pandanaran No. 5",
      sentraId: sentra.id,
    });
    expect(await profileOf(other.enterprise.id)).toEqual(otherBefore);
    expect(await db.auditLog.count({ where: { action: "enterprise.update-profile", entityId: owner.enterprise.id } })).toBe(1);
  });

  it("refuses a kelurahan outside the chosen kecamatan (a crafted post), an unknown kecamatan or sentra, and saves nothing", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-k");
    const { outside, inside } = await places();
    signInAs(actor);
    const before = await profileOf(enterprise.id);

    const crafted = await saveEnterpriseAddressStepAction(initial, form({ kecamatanCode: "33.74.04", kelurahanCode: outside.code, address: "Jl. Gajahmada 1" }));
    expect(crafted.fieldErrors?.kelurahanCode).toEqual(["EnterpriseProfile.errors.kelurahanOutsideKecamatan"]);

    const unknown = await saveEnterpriseAddressStepAction(initial, form({ kecamatanCode: "99.99.99", kelurahanCode: inside.code, address: "Jl. Gajahmada 1" }));
    expect(unknown.fieldErrors?.kecamatanCode).toEqual(["EnterpriseProfile.errors.kecamatanUnknown"]);

    const sentra = await saveEnterpriseAddressStepAction(
      initial,
      form({ kecamatanCode: "33.74.04", kelurahanCode: inside.code, address: "Jl. Gajahmada 1", sentraId: "bukan-sentra" }),
    );
    expect(sentra.fieldErrors?.sentraId).toEqual(["EnterpriseProfile.errors.sentraUnknown"]);

    const empty = await saveEnterpriseAddressStepAction(initial, form({ kecamatanCode: "33.74.04", kelurahanCode: "", address: "" }));
    expect(empty.fieldErrors).toMatchObject({
      kelurahanCode: ["EnterpriseProfile.errors.kelurahanRequired"],
      address: ["EnterpriseProfile.errors.addressRequired"],
    });

    expect(await profileOf(enterprise.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "enterprise.update-profile" } })).toBe(0);
  });
});
