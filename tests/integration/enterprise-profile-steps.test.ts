// Steps 3 to 5 of the enterprise profile and staff's assisted editing, below the browser: every
// refusal leaves the rows (and photo files) as they were; an SME only ever changes its own
// enterprise; staff only edit assisted enterprises, and each of their saves is audited twice.
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { saveAssistedMarketStepAction, saveAssistedSectorStepAction } from "@/lib/enterprises/assisted-profile-actions";
import {
  addEnterprisePhotoAction,
  deleteEnterprisePhotoAction,
  saveEnterpriseMarketStepAction,
  saveEnterpriseSectorStepAction,
} from "@/lib/enterprises/profile-actions";
import { env } from "@/lib/env";
import { getFile } from "@/lib/storage/files";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, redirectTarget, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const initial: FormState = { ok: false };

function actorOf(user: { id: string; email: string; name: string }, role: SessionUser["role"], enterpriseId: string | null): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role, locale: "id", enterpriseId, buyerOrganizationId: null, partnerOrganizationId: null };
}

async function seedOwner(slug: string) {
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME" } });
  const enterprise = await db.enterprise.create({ data: { slug, ownerId: user.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04" } });
  return { enterprise, actor: actorOf(user, "SME", enterprise.id) };
}

async function seedStaff() {
  const user = await db.user.create({ data: { email: uniqueEmail("staf"), name: "Petugas Dinas", role: "STAFF" } });
  return actorOf(user, "STAFF", null);
}

/** Success of a step is a redirect to the next one. */
async function redirectedTo(next: string, run: () => Promise<FormState>): Promise<FormState> {
  try {
    return await run();
  } catch (error) {
    if (redirectTarget(error)?.includes(next)) return { ok: true };
    throw error;
  }
}

const saveSector = (fields: Record<string, string | string[]>) =>
  redirectedTo("/ikm/profil?langkah=4", () => saveEnterpriseSectorStepAction(initial, form(fields)));
const saveMarket = (fields: Record<string, string | string[]>) =>
  redirectedTo("/ikm/profil?langkah=5", () => saveEnterpriseMarketStepAction(initial, form(fields)));

async function subclassCodes(count: number): Promise<string[]> {
  const rows = await db.kbli.findMany({ where: { version: "2020", level: "SUBCLASS" }, orderBy: { code: "asc" }, take: count, select: { code: true } });
  return rows.map((row) => row.code);
}

const sectorOf = (id: string) =>
  db.enterprise.findUniqueOrThrow({
    where: { id },
    select: {
      primaryKbli: { select: { code: true } },
      additionalKbli: { select: { kbli: { select: { code: true } } }, orderBy: { kbli: { code: "asc" } } },
      monthlyCapacity: true,
      installedCapacity: true,
      capacityUnit: true,
      rawMaterials: true,
    },
  });

const marketOf = (id: string) =>
  db.enterprise.findUniqueOrThrow({
    where: { id },
    select: {
      salesChannels: true,
      sellsNationally: true,
      exportCountries: true,
      targetBuyerKinds: true,
      phone: true,
      whatsapp: true,
      email: true,
      website: true,
      instagram: true,
      facebook: true,
      tiktok: true,
      marketplaceUrl: true,
    },
  });

const photoDir = () => path.join(env().dataDir, "uploads", "enterprise-photos");
async function storedPhotoFiles(): Promise<string[]> {
  try {
    return (await fs.readdir(photoDir())).filter((name) => !name.endsWith(".type"));
  } catch {
    return [];
  }
}

async function png(width: number, height: number): Promise<File> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 40 } } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], "logo.png", { type: "image/png" });
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("step 3: sektor dan kapasitas", () => {
  it("saves a primary KBLI, four more and the capacity, and refuses a 6th, unknown or duplicate code with nothing saved", async () => {
    const { actor, enterprise } = await seedOwner("tempe-a");
    signInAs(actor);
    const [primary, ...more] = await subclassCodes(6);
    const additional = more.slice(0, 4);
    const capacity = { monthlyCapacity: "1.200", installedCapacity: "2000", capacityUnit: "kg", rawMaterials: "Kedelai lokal" };

    expect(await saveSector({ primaryKbli: primary ?? "", additionalKbli: additional, ...capacity })).toEqual({ ok: true });
    const saved = await sectorOf(enterprise.id);
    expect(saved).toEqual({
      primaryKbli: { code: primary },
      additionalKbli: additional.map((code) => ({ kbli: { code } })),
      monthlyCapacity: 1200,
      installedCapacity: 2000,
      capacityUnit: "kg",
      rawMaterials: "Kedelai lokal",
    });

    const sixth = await saveSector({ primaryKbli: primary ?? "", additionalKbli: more, ...capacity });
    expect(sixth.fieldErrors?.additionalKbli).toEqual(["EnterpriseProfile.errors.kbliTooMany"]);
    const unknown = await saveSector({ primaryKbli: "99999", additionalKbli: additional, ...capacity });
    expect(unknown.fieldErrors?.primaryKbli).toEqual(["EnterpriseProfile.errors.kbliUnknown"]);
    const unknownMore = await saveSector({ primaryKbli: primary ?? "", additionalKbli: ["10", "99998"], ...capacity });
    expect(unknownMore.fieldErrors?.additionalKbli).toEqual(["EnterpriseProfile.errors.kbliFormat"]);
    const duplicate = await saveSector({ primaryKbli: primary ?? "", additionalKbli: [`${more[0]}, ${primary}`], ...capacity });
    expect(duplicate.fieldErrors?.additionalKbli).toEqual(["EnterpriseProfile.errors.kbliDuplicate"]);
    // Five digits that are no KBLI 2020 subclass.
    const unknownAdditional = await saveSector({ primaryKbli: primary ?? "", additionalKbli: ["99998"], ...capacity });
    expect(unknownAdditional.fieldErrors?.additionalKbli).toEqual(["EnterpriseProfile.errors.kbliUnknown"]);

    expect(await sectorOf(enterprise.id)).toEqual(saved);
    expect(await db.auditLog.count({ where: { action: "enterprise.update-profile", entityId: enterprise.id } })).toBe(1);
  });

  it("refuses a negative capacity, installed below monthly and a capacity without unit, and saves nothing", async () => {
    const { actor, enterprise } = await seedOwner("batik-b");
    signInAs(actor);
    const [primary] = await subclassCodes(1);
    const before = await sectorOf(enterprise.id);

    const negative = await saveSector({ primaryKbli: primary ?? "", monthlyCapacity: "-5", capacityUnit: "pcs" });
    expect(negative.fieldErrors?.monthlyCapacity).toEqual(["EnterpriseProfile.errors.capacityNegative"]);
    const below = await saveSector({ primaryKbli: primary ?? "", monthlyCapacity: "500", installedCapacity: "400", capacityUnit: "pcs" });
    expect(below.fieldErrors?.installedCapacity).toEqual(["EnterpriseProfile.errors.installedBelowMonthly"]);
    const noUnit = await saveSector({ primaryKbli: primary ?? "", monthlyCapacity: "500" });
    expect(noUnit.fieldErrors?.capacityUnit).toEqual(["EnterpriseProfile.errors.capacityUnitRequired"]);

    expect(await sectorOf(enterprise.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "enterprise.update-profile" } })).toBe(0);
  });
});

describe("step 4: pasar dan kontak", () => {
  const market = {
    salesChannels: ["OWN_SHOP", "MARKETPLACE"],
    sellsNationally: "on",
    exportCountries: ["MY", "SG"],
    targetBuyerKinds: ["RETAILER", "EXPORTER"],
    phone: "(024) 841 2345",
    whatsapp: "0812-3456-7890",
    email: "Toko@Tempe.ID",
    website: "tempemurni.id",
    instagram: "@tempe.murni",
    facebook: "https://www.facebook.com/tempemurni",
    tiktok: "tempemurni",
    marketplaceUrl: "https://www.tokopedia.com/tempemurni",
  };

  it("saves markets and contacts in their normal form", async () => {
    const { actor, enterprise } = await seedOwner("tempe-c");
    signInAs(actor);
    expect(await saveMarket(market)).toEqual({ ok: true });
    expect(await marketOf(enterprise.id)).toEqual({
      salesChannels: ["OWN_SHOP", "MARKETPLACE"],
      sellsNationally: true,
      exportCountries: ["MY", "SG"],
      targetBuyerKinds: ["RETAILER", "EXPORTER"],
      phone: "(024) 841 2345",
      whatsapp: "6281234567890",
      email: "toko@tempe.id",
      website: "https://tempemurni.id/",
      instagram: "@tempe.murni",
      facebook: "https://www.facebook.com/tempemurni",
      tiktok: "@tempemurni",
      marketplaceUrl: "https://www.tokopedia.com/tempemurni",
    });
  });

  it("refuses a bad WhatsApp number, an http or broken URL and an unknown country, and saves nothing", async () => {
    const { actor, enterprise } = await seedOwner("batik-d");
    signInAs(actor);
    const before = await marketOf(enterprise.id);

    const whatsapp = await saveMarket({ ...market, whatsapp: "024-8412345" });
    expect(whatsapp.fieldErrors?.whatsapp).toEqual(["EnterpriseProfile.errors.whatsappInvalid"]);
    const urls = await saveMarket({ ...market, website: "http://tempemurni.id", marketplaceUrl: "bukan alamat" });
    expect(urls.fieldErrors?.website).toEqual(["EnterpriseProfile.errors.urlNotHttps"]);
    expect(urls.fieldErrors?.marketplaceUrl).toEqual(["EnterpriseProfile.errors.urlInvalid"]);
    const country = await saveMarket({ ...market, exportCountries: ["MY", "ID"] });
    expect(country.fieldErrors?.exportCountries).toEqual(["EnterpriseProfile.errors.countryUnknown"]);
    const channel = await saveMarket({ ...market, salesChannels: ["TELEPATHY"] });
    expect(channel.fieldErrors?.salesChannels).toEqual(["EnterpriseProfile.errors.salesChannelUnknown"]);
    const noChannel = await saveMarket({ ...market, salesChannels: [] });
    expect(noChannel.fieldErrors?.salesChannels).toEqual(["EnterpriseProfile.errors.salesChannelRequired"]);

    expect(await marketOf(enterprise.id)).toEqual(before);
  });
});

describe("step 5: logo dan foto", () => {
  const upload = (fields: Record<string, string | File>) => addEnterprisePhotoAction(initial, form(fields));

  it("stores a real PNG as two WebP files and one row, and a second logo replaces the first", async () => {
    const { actor, enterprise } = await seedOwner("tempe-e");
    signInAs(actor);
    const filesBefore = await storedPhotoFiles();

    expect(await upload({ kind: "LOGO", photo: await png(1600, 800) })).toEqual({ ok: true, message: "EnterpriseProfile.photos.logoSaved" });
    const first = await db.enterprisePhoto.findFirstOrThrow({ where: { enterpriseId: enterprise.id } });
    expect(first).toMatchObject({ kind: "LOGO", width: 1200, height: 600 });
    for (const key of [first.largeKey, first.smallKey]) {
      const file = await getFile(key);
      expect(file?.contentType).toBe("image/webp");
      expect(Buffer.from(file?.bytes ?? []).subarray(8, 12).toString()).toBe("WEBP");
    }
    expect((await storedPhotoFiles()).length).toBe(filesBefore.length + 2);

    expect(await upload({ kind: "LOGO", photo: await png(300, 300) })).toMatchObject({ ok: true });
    const logos = await db.enterprisePhoto.findMany({ where: { enterpriseId: enterprise.id, kind: "LOGO" } });
    expect(logos).toHaveLength(1);
    expect(logos[0]?.id).not.toBe(first.id);
    expect(await getFile(first.largeKey)).toBeNull();
    expect((await storedPhotoFiles()).length).toBe(filesBefore.length + 2);
    expect(await db.auditLog.count({ where: { action: "enterprise.photo-add", entityId: enterprise.id } })).toBe(2);
  });

  it("refuses a text file named foto.jpg, a 20 MB file and an empty input, with no row and no file", async () => {
    const { actor, enterprise } = await seedOwner("batik-f");
    signInAs(actor);
    const filesBefore = await storedPhotoFiles();

    const text = new File([new TextEncoder().encode("ini bukan foto, hanya teks biasa")], "foto.jpg", { type: "image/jpeg" });
    expect((await upload({ kind: "PHOTO", photo: text })).fieldErrors?.photo).toEqual(["EnterpriseProfile.errors.photoType"]);
    const huge = new File([new Uint8Array(20 * 1024 * 1024)], "besar.jpg", { type: "image/jpeg" });
    expect((await upload({ kind: "PHOTO", photo: huge })).fieldErrors?.photo).toEqual(["EnterpriseProfile.errors.photoTooLarge"]);
    const empty = new File([], "", { type: "application/octet-stream" });
    expect((await upload({ kind: "PHOTO", photo: empty })).fieldErrors?.photo).toEqual(["EnterpriseProfile.errors.photoEmpty"]);

    expect(await db.enterprisePhoto.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
    expect(await storedPhotoFiles()).toEqual(filesBefore);
    expect(await db.auditLog.count({ where: { action: "enterprise.photo-add" } })).toBe(0);
  });

  it("keeps at most six photos and deletes a photo with its files, only the owner's own", async () => {
    const owner = await seedOwner("tempe-g");
    const other = await seedOwner("batik-h");
    signInAs(other.actor);
    await upload({ kind: "PHOTO", photo: await png(40, 40) });
    const othersPhoto = await db.enterprisePhoto.findFirstOrThrow({ where: { enterpriseId: other.enterprise.id } });

    signInAs(owner.actor);
    for (let index = 0; index < 6; index += 1) expect((await upload({ kind: "PHOTO", photo: await png(40, 40 + index) })).ok).toBe(true);
    expect((await upload({ kind: "PHOTO", photo: await png(40, 40) })).fieldErrors?.photo).toEqual(["EnterpriseProfile.errors.photosFull"]);
    expect(await db.enterprisePhoto.count({ where: { enterpriseId: owner.enterprise.id } })).toBe(6);

    const refused = await deleteEnterprisePhotoAction(initial, form({ photoId: othersPhoto.id, enterpriseId: other.enterprise.id }));
    expect(refused).toMatchObject({ ok: false, message: "EnterpriseProfile.errors.photoNotFound" });
    expect(await getFile(othersPhoto.largeKey)).not.toBeNull();

    const mine = await db.enterprisePhoto.findFirstOrThrow({ where: { enterpriseId: owner.enterprise.id } });
    expect(await deleteEnterprisePhotoAction(initial, form({ photoId: mine.id }))).toEqual({ ok: true, message: "EnterpriseProfile.photos.deleted" });
    expect(await db.enterprisePhoto.findUnique({ where: { id: mine.id } })).toBeNull();
    expect(await getFile(mine.largeKey)).toBeNull();
    expect(await getFile(mine.smallKey)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "enterprise.photo-delete", entityId: owner.enterprise.id } })).toBe(1);
  });
});

describe("an SME's own enterprise only", () => {
  it("saves steps 3 and 4 to the session's enterprise whatever id the form names", async () => {
    const owner = await seedOwner("tempe-i");
    const other = await seedOwner("batik-j");
    const otherBefore = { sector: await sectorOf(other.enterprise.id), market: await marketOf(other.enterprise.id) };
    const [primary] = await subclassCodes(1);
    signInAs(owner.actor);
    expect(await saveSector({ primaryKbli: primary ?? "", enterpriseId: other.enterprise.id, id: other.enterprise.id })).toEqual({ ok: true });
    expect(await saveMarket({ salesChannels: "RESELLER", whatsapp: "081234567890", enterpriseId: other.enterprise.id })).toEqual({ ok: true });
    expect((await sectorOf(owner.enterprise.id)).primaryKbli?.code).toBe(primary);
    expect((await marketOf(owner.enterprise.id)).whatsapp).toBe("6281234567890");
    expect({ sector: await sectorOf(other.enterprise.id), market: await marketOf(other.enterprise.id) }).toEqual(otherBefore);
  });
});

describe("assisted mode: staff on behalf of the owner", () => {
  async function seedAssisted(slug: string, staffId: string) {
    return db.enterprise.create({
      data: { slug, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", assistedAt: new Date(), assistedById: staffId },
    });
  }

  it("edits an assisted enterprise and records both the step and the assisted-edit audit rows", async () => {
    const staff = await seedStaff();
    const enterprise = await seedAssisted("jamu-k", staff.id);
    const [primary] = await subclassCodes(1);
    signInAs(staff);
    const saved = await redirectedTo(`/staf/ikm/${enterprise.id}/profil?langkah=4`, () =>
      saveAssistedSectorStepAction(initial, form({ enterpriseId: enterprise.id, primaryKbli: primary ?? "", monthlyCapacity: "10", capacityUnit: "botol" })),
    );
    expect(saved).toEqual({ ok: true });
    expect(await sectorOf(enterprise.id)).toMatchObject({ primaryKbli: { code: primary }, monthlyCapacity: 10, capacityUnit: "botol" });
    const audits = await db.auditLog.findMany({ where: { entityId: enterprise.id }, select: { action: true, actorId: true }, orderBy: { action: "asc" } });
    expect(audits).toEqual([
      { action: "enterprise.assisted-edit", actorId: staff.id },
      { action: "enterprise.update-profile", actorId: staff.id },
    ]);
  });

  it("refuses an enterprise that is not assisted, a malformed id, and an SME calling the staff action", async () => {
    const staff = await seedStaff();
    const owned = await seedOwner("wingko-l");
    const assisted = await seedAssisted("lumpia-m", staff.id);
    const before = await marketOf(owned.enterprise.id);
    const assistedBefore = await marketOf(assisted.id);
    const fields = { salesChannels: "RESELLER", whatsapp: "081234567890" };

    signInAs(staff);
    const notAssisted = await saveAssistedMarketStepAction(initial, form({ ...fields, enterpriseId: owned.enterprise.id }));
    expect(notAssisted).toMatchObject({ ok: false, message: "EnterpriseProfile.errors.notFound" });
    const malformed = await saveAssistedMarketStepAction(initial, form({ ...fields, enterpriseId: "../x" }));
    expect(malformed.ok).toBe(false);

    signInAs(owned.actor);
    const bySme = await saveAssistedMarketStepAction(initial, form({ ...fields, enterpriseId: assisted.id }));
    expect(bySme).toEqual({ ok: false, message: "Errors.forbidden" });

    expect(await marketOf(owned.enterprise.id)).toEqual(before);
    expect(await marketOf(assisted.id)).toEqual(assistedBefore);
    expect(await db.auditLog.count()).toBe(0);
  });
});
