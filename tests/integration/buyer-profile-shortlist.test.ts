// The buyer's organisation profile and shortlist below the browser: a valid profile is saved
// with its sourced KBLI and audited; bad input (unknown KBLI, unknown country, a bad website...)
// changes nothing; saving a product or supplier is idempotent, refuses what is not published,
// and never touches another organisation's list.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { saveBuyerProfileAction } from "@/lib/buyers/profile-actions";
import { getBuyerProfile } from "@/lib/buyers/profile-queries";
import { updateShortlistAction } from "@/lib/buyers/shortlist-actions";
import { isShortlisted, listShortlist } from "@/lib/buyers/shortlist-queries";
import { db } from "@/lib/db";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

const initial: FormState = { ok: false };

function asUser(user: { id: string; email: string; name: string; role: SessionUser["role"] }, extra: Partial<SessionUser> = {}): SessionUser {
  return { ...user, locale: "id", enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null, ...extra };
}

async function seedBuyer(slug: string) {
  const organization = await db.buyerOrganization.create({ data: { slug, name: `PT ${slug}`, kind: "RETAILER", city: "Semarang" } });
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pembeli ${slug}`, role: "BUYER", buyerOrganizationId: organization.id } });
  return { organization, user, actor: asUser(user, { buyerOrganizationId: organization.id }) };
}

async function seedSupplier(slug: string, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const enterprise = await db.enterprise.create({
    data: { slug, legalName: `UD ${slug}`, brandName: `Merek ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status },
  });
  const product = await db.product.create({
    data: { slug: `${slug}-keripik`, enterpriseId: enterprise.id, nameId: `Keripik ${slug}`, descriptionId: "Keripik renyah.", unit: "pak", status: "PUBLISHED" },
  });
  const draft = await db.product.create({
    data: { slug: `${slug}-draf`, enterpriseId: enterprise.id, nameId: `Draf ${slug}`, descriptionId: "Belum terbit.", unit: "pak" },
  });
  return { enterprise, product, draft };
}

async function subclassCodes(count: number): Promise<string[]> {
  const rows = await db.kbli.findMany({ where: { version: "2020", level: "SUBCLASS" }, orderBy: { code: "asc" }, take: count, select: { code: true } });
  return rows.map((row) => row.code);
}

const validProfile = {
  name: "PT Sarana Niaga Jaya",
  kind: "EXPORTER",
  country: "sg",
  city: "  Singapura ",
  description: "Mengekspor makanan ringan ke Asia Tenggara.",
  website: "sarana-niaga.example.com",
  purchaseVolumeBand: "FROM_500M_TO_5B",
  requiredCertificates: ["HALAL", "BPOM_MD", "HALAL"],
  exportDestinations: ["MY", "JP"],
};

async function organizationRow(id: string) {
  return db.buyerOrganization.findUniqueOrThrow({ where: { id }, include: { sourcingKbli: { include: { kbli: { select: { code: true } } } } } });
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("buyer organisation profile", () => {
  it("saves every field, replaces the sourced KBLI and audits the change", async () => {
    const buyer = await seedBuyer("sarana");
    const codes = await subclassCodes(3);
    signInAs(buyer.actor);

    const first = await saveBuyerProfileAction(initial, form({ ...validProfile, sourcingKbli: [codes[0]!, "", codes[1]!, "", ""] }));
    expect(first).toMatchObject({ ok: true, message: "BuyerProfile.saved" });
    const saved = await organizationRow(buyer.organization.id);
    expect(saved).toMatchObject({
      name: "PT Sarana Niaga Jaya",
      kind: "EXPORTER",
      country: "SG",
      city: "Singapura",
      description: "Mengekspor makanan ringan ke Asia Tenggara.",
      website: "https://sarana-niaga.example.com/",
      purchaseVolumeBand: "FROM_500M_TO_5B",
      requiredCertificates: ["HALAL", "BPOM_MD"],
      exportDestinations: ["MY", "JP"],
    });
    expect(saved.sourcingKbli.map((row) => row.kbli.code).sort()).toEqual([codes[0], codes[1]].sort());

    // A second save replaces the list and clears the optional fields left empty.
    const second = await saveBuyerProfileAction(
      initial,
      form({ name: "PT Sarana Niaga Jaya", kind: "EXPORTER", country: "ID", city: "Semarang", website: "", purchaseVolumeBand: "", sourcingKbli: codes[2]! }),
    );
    expect(second.ok).toBe(true);
    const again = await organizationRow(buyer.organization.id);
    expect(again).toMatchObject({ country: "ID", website: null, description: null, purchaseVolumeBand: null, requiredCertificates: [], exportDestinations: [] });
    expect(again.sourcingKbli.map((row) => row.kbli.code)).toEqual([codes[2]]);
    expect((await getBuyerProfile(buyer.organization.id))?.sourcingKbli.map((row) => row.kbli.code)).toEqual([codes[2]]);

    const audit = await db.auditLog.findMany({ where: { entityId: buyer.organization.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["buyer.update-profile", buyer.user.id],
      ["buyer.update-profile", buyer.user.id],
    ]);
  });

  it("refuses bad input on its field and changes nothing", async () => {
    const buyer = await seedBuyer("teliti");
    const [code] = await subclassCodes(1);
    signInAs(buyer.actor);
    await saveBuyerProfileAction(initial, form({ ...validProfile, sourcingKbli: code! }));
    const before = await organizationRow(buyer.organization.id);
    const audits = await db.auditLog.count();

    const cases: [Record<string, string | string[]>, Record<string, string[]>][] = [
      [{ sourcingKbli: "99999" }, { sourcingKbli: ["BuyerProfile.errors.kbliUnknown"] }],
      [{ sourcingKbli: "1071" }, { sourcingKbli: ["BuyerProfile.errors.kbliFormat"] }],
      [{ sourcingKbli: ["10710", "10792", "10793", "10794", "10795", "10796"] }, { sourcingKbli: ["BuyerProfile.errors.kbliTooMany"] }],
      [{ country: "XX" }, { country: ["BuyerProfile.errors.countryUnknown"] }],
      [{ exportDestinations: ["MY", "ID"] }, { exportDestinations: ["BuyerProfile.errors.countryUnknown"] }],
      [{ website: "http://sarana.example.com" }, { website: ["BuyerProfile.errors.websiteNotHttps"] }],
      [{ website: "bukan alamat" }, { website: ["BuyerProfile.errors.websiteInvalid"] }],
      [{ kind: "PEDAGANG" }, { kind: ["BuyerProfile.errors.kindRequired"] }],
      [{ purchaseVolumeBand: "SANGAT_BESAR" }, { purchaseVolumeBand: ["BuyerProfile.errors.volumeUnknown"] }],
      [{ requiredCertificates: ["HALAL", "PALSU"] }, { requiredCertificates: ["BuyerProfile.errors.certificateUnknown"] }],
      [{ name: " ", city: "" }, { name: ["BuyerProfile.errors.nameRequired"], city: ["BuyerProfile.errors.cityRequired"] }],
    ];
    for (const [change, fieldErrors] of cases) {
      const result = await saveBuyerProfileAction(initial, form({ ...validProfile, name: "Nama Baru", sourcingKbli: code!, ...change }));
      expect(result.ok, JSON.stringify(change)).toBe(false);
      expect(result.fieldErrors, JSON.stringify(change)).toEqual(fieldErrors);
    }
    expect(await organizationRow(buyer.organization.id)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses a buyer account without an organisation and an SME, writing nothing", async () => {
    const loose = await db.user.create({ data: { email: uniqueEmail("lepas"), name: "Lepas", role: "BUYER" } });
    signInAs(asUser(loose));
    expect(await saveBuyerProfileAction(initial, form(validProfile))).toMatchObject({ ok: false, message: "BuyerProfile.errors.noOrganization" });
    const sme = await db.user.create({ data: { email: uniqueEmail("ikm"), name: "IKM", role: "SME" } });
    signInAs(asUser(sme));
    expect(await saveBuyerProfileAction(initial, form(validProfile))).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect(await db.auditLog.count()).toBe(0);
  });
});

describe("shortlist", () => {
  const shortlist = (fields: Record<string, string>) => updateShortlistAction(initial, form(fields));

  it("saves a product and a supplier once however often it is asked, lists them newest first, and removes them", async () => {
    const buyer = await seedBuyer("rajin");
    const other = await seedBuyer("lain");
    const supplier = await seedSupplier("kripik-a");
    signInAs(other.actor);
    expect(await shortlist({ intent: "add", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: true });

    signInAs(buyer.actor);
    expect(await shortlist({ intent: "add", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: true, message: "BuyerProfile.shortlist.added" });
    expect(await shortlist({ intent: "add", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: true });
    expect(await shortlist({ intent: "add", target: "supplier", slug: supplier.enterprise.slug })).toMatchObject({ ok: true });
    expect(await db.shortlistItem.count({ where: { buyerId: buyer.organization.id } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "shortlist.add", actorId: buyer.user.id } })).toBe(2);
    expect(await isShortlisted(buyer.organization.id, { productId: supplier.product.id })).toBe(true);

    const list = await listShortlist(buyer.organization.id, { page: 1 });
    expect(list.total).toBe(2);
    expect(list.items.map((item) => [item.kind, item.slug, item.available])).toEqual([
      ["supplier", supplier.enterprise.slug, true],
      ["product", supplier.product.slug, true],
    ]);
    expect((await listShortlist(buyer.organization.id, { page: 1, filter: "supplier" })).items.map((item) => item.kind)).toEqual(["supplier"]);

    expect(await shortlist({ intent: "remove", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: true, message: "BuyerProfile.shortlist.removed" });
    expect(await shortlist({ intent: "remove", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: true });
    expect(await isShortlisted(buyer.organization.id, { productId: supplier.product.id })).toBe(false);
    expect(await db.auditLog.count({ where: { action: "shortlist.remove", actorId: buyer.user.id } })).toBe(1);

    // The other organisation's list is as it was.
    const others = await db.shortlistItem.findMany({ where: { buyerId: other.organization.id } });
    expect(others.map((item) => item.productId)).toEqual([supplier.product.id]);
  });

  it("refuses drafts and unpublished suppliers, keeps items that left the catalog listed as unavailable, and lets them be removed", async () => {
    const buyer = await seedBuyer("cermat");
    const supplier = await seedSupplier("kripik-b");
    const hidden = await seedSupplier("kripik-c", "DRAFT");
    signInAs(buyer.actor);
    const refused = { ok: false, message: "BuyerProfile.errors.shortlistUnavailable" };
    expect(await shortlist({ intent: "add", target: "product", slug: supplier.draft.slug })).toMatchObject(refused);
    expect(await shortlist({ intent: "add", target: "product", slug: hidden.product.slug })).toMatchObject(refused);
    expect(await shortlist({ intent: "add", target: "supplier", slug: hidden.enterprise.slug })).toMatchObject(refused);
    expect(await shortlist({ intent: "add", target: "produk", slug: supplier.product.slug })).toMatchObject({ ok: false });
    expect(await db.shortlistItem.count()).toBe(0);

    await shortlist({ intent: "add", target: "product", slug: supplier.product.slug });
    await db.product.update({ where: { id: supplier.product.id }, data: { status: "REVISION_REQUESTED" } });
    const list = await listShortlist(buyer.organization.id, { page: 1 });
    expect(list.items.map((item) => [item.slug, item.available])).toEqual([[supplier.product.slug, false]]);
    expect(await shortlist({ intent: "remove", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: true });
    expect(await db.shortlistItem.count()).toBe(0);
  });

  it("refuses an SME and an anonymous visitor", async () => {
    const supplier = await seedSupplier("kripik-d");
    expect(await shortlist({ intent: "add", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: false, message: "Errors.signInRequired" });
    const sme = await db.user.create({ data: { email: uniqueEmail("ikm"), name: "IKM", role: "SME" } });
    signInAs(asUser(sme, { enterpriseId: supplier.enterprise.id }));
    expect(await shortlist({ intent: "add", target: "product", slug: supplier.product.slug })).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect(await db.shortlistItem.count()).toBe(0);
  });
});
