// The SME's products below the browser: create/update with every field checked (nothing saved
// on bad input), photos judged by content and stored with their rows, the status workflow with
// race-safe transitions, one SME never touching another's product, and who may see a photo.
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as photoRoute } from "@/app/foto/produk/[id]/[size]/route";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { answerProductRevisionAction, createProductAction, deleteProductAction, submitProductAction, updateProductAction } from "@/lib/products/actions";
import { addProductPhotoAction, deleteProductPhotoAction } from "@/lib/products/photo-actions";
import { getOwnProduct, listOwnProducts } from "@/lib/products/queries";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const initial: FormState = { ok: false };

function actorFor(user: { id: string; email: string; name: string; role: SessionUser["role"] }, enterpriseId: string | null): SessionUser {
  return { ...user, locale: "id", enterpriseId, buyerOrganizationId: null, partnerOrganizationId: null };
}

async function kbliId(code: string): Promise<number> {
  return (await db.kbli.findFirstOrThrow({ where: { code, level: "SUBCLASS" }, select: { id: true } })).id;
}

async function seedOwner(slug: string) {
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME" } });
  const enterprise = await db.enterprise.create({
    data: { slug, ownerId: user.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", primaryKbliId: await kbliId("10792") },
  });
  return { user, enterprise, actor: actorFor(user, enterprise.id) };
}

const valid = {
  nameId: "Kerupuk Ikan Tenggiri",
  nameEn: "Mackerel Fish Crackers",
  descriptionId: "Kerupuk ikan tenggiri asli Bandarharjo, digoreng kering, kemasan 250 gram.",
  descriptionEn: "",
  kbliCode: "10792",
  kbliOther: "",
  hsCode: "1905.90.90",
  priceMin: "15.000",
  priceMax: "Rp 1.500.000",
  unit: "pak",
  minOrder: "50",
  monthlyCapacity: "2000",
  leadTimeDays: "7",
};

/** Creating ends in a redirect to the new product's page: that is how success looks from outside. */
async function create(fields: Record<string, string | string[]>): Promise<FormState & { id?: string }> {
  const result = await submit(createProductAction, fields);
  if (!("redirect" in result)) return result;
  const id = /\/ikm\/produk\/([a-z0-9]+)/.exec(result.redirect)?.[1];
  if (!id) throw new Error(`Creating redirected to ${result.redirect}`);
  return { ok: true, id };
}

async function createOwn(actor: SessionUser, fields: Record<string, string | string[]> = valid): Promise<string> {
  signInAs(actor);
  const result = await create(fields);
  if (!result.id) throw new Error(`product not created: ${JSON.stringify(result)}`);
  return result.id;
}

const productDir = () => path.join(env().dataDir, "uploads", "product-photos");
const listUploads = async () => fs.readdir(productDir()).catch(() => [] as string[]);
const pngFile = async (name = "kerupuk.png") =>
  new File([await sharp({ create: { width: 900, height: 600, channels: 3, background: "#c87828" } }).png().toBuffer()], name, { type: "image/png" });
const textAsJpg = () => new File([new TextEncoder().encode("ini hanya catatan, bukan foto")], "foto.jpg", { type: "image/jpeg" });

async function upload(productId: string, photo: File) {
  return addProductPhotoAction(initial, form({ productId, photo }));
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("creating and changing a product", () => {
  it("saves every field, normalises HS code and rupiah, links own certificates, and reads back", async () => {
    const { actor, enterprise } = await seedOwner("kerupuk-a");
    const certificate = await db.certificate.create({ data: { enterpriseId: enterprise.id, type: "PIRT", number: "2063374010123-29" } });
    const id = await createOwn(actor, { ...valid, certificateIds: [certificate.id], exportReady: "on" });

    const row = await db.product.findUniqueOrThrow({ where: { id }, include: { certificates: true, kbli: true } });
    expect(row).toMatchObject({
      enterpriseId: enterprise.id,
      status: "DRAFT",
      hsCode: "19059090",
      priceMinRupiah: 15_000n,
      priceMaxRupiah: 1_500_000n,
      unit: "pak",
      minOrder: 50,
      monthlyCapacity: 2000,
      leadTimeDays: 7,
      exportReady: true,
      descriptionEn: null,
    });
    expect(row.kbli?.code).toBe("10792");
    expect(row.slug).toMatch(/^kerupuk-ikan-tenggiri-[a-z0-9]{6}$/);
    expect(row.certificates.map((link) => link.certificateId)).toEqual([certificate.id]);
    expect(await db.auditLog.count({ where: { action: "product.create", entityId: id } })).toBe(1);

    const result = await updateProductAction(initial, form({ ...valid, productId: id, hsCode: "09021010", kbliCode: "other", kbliOther: "10213", priceMax: "" }));
    expect(result).toMatchObject({ ok: true, message: "Products.messages.saved" });
    const read = await getOwnProduct(enterprise.id, id);
    expect(read).toMatchObject({ hsCode: "09021010", priceMaxRupiah: null, exportReady: false, certificateIds: [], status: "DRAFT" });
    expect(read?.kbli?.code).toBe("10213");
    expect(await db.auditLog.count({ where: { action: "product.update", entityId: id } })).toBe(1);
  });

  it.each([
    ["hsCode", "0902.1", "Products.errors.hsLength"],
    ["hsCode", "abcd1234", "Products.errors.hsDigitsOnly"],
    ["monthlyCapacity", "-5", "Products.errors.capacityInvalid"],
    ["priceMax", "10.000", "Products.errors.priceOrder"],
    ["priceMin", "-1000", "Products.errors.priceNegative"],
    ["minOrder", "0", "Products.errors.minOrderInvalid"],
    ["leadTimeDays", "400", "Products.errors.leadTimeInvalid"],
    ["nameId", "ab", "Products.errors.nameLength"],
    ["descriptionId", "terlalu pendek", "Products.errors.descriptionLength"],
  ])("refuses %s = %j with a field error and saves nothing", async (field, value, message) => {
    const { actor } = await seedOwner("kerupuk-b");
    signInAs(actor);
    const result = await create({ ...valid, [field]: value });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]).toEqual([message]);
    expect(await db.product.count()).toBe(0);
  });

  it("refuses an unknown KBLI and someone else's certificate, on create and on update, changing nothing", async () => {
    const { actor } = await seedOwner("kerupuk-c");
    const other = await seedOwner("sambal-c");
    const foreign = await db.certificate.create({ data: { enterpriseId: other.enterprise.id, type: "PIRT", number: "2063374010999-29" } });
    signInAs(actor);

    expect((await create({ ...valid, kbliCode: "other", kbliOther: "99999" })).fieldErrors).toEqual({ kbliOther: ["Products.errors.kbliUnknown"] });
    expect((await create({ ...valid, kbliCode: "1079" })).fieldErrors).toEqual({ kbliCode: ["Products.errors.kbliFormat"] });
    expect((await create({ ...valid, certificateIds: [foreign.id] })).fieldErrors).toEqual({ certificateIds: ["Products.errors.certificateNotOwn"] });
    expect(await db.product.count()).toBe(0);
    expect(await db.productCertificate.count()).toBe(0);

    const id = await createOwn(actor);
    const before = await db.product.findUniqueOrThrow({ where: { id } });
    const refused = await updateProductAction(initial, form({ ...valid, productId: id, nameId: "Nama Baru", certificateIds: [foreign.id] }));
    expect(refused.fieldErrors).toEqual({ certificateIds: ["Products.errors.certificateNotOwn"] });
    expect(await db.product.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.productCertificate.count()).toBe(0);
  });
});

describe("photos", () => {
  it("stores a real PNG as two WebP files with a row; refuses a text file renamed .jpg and 20 MB with no row and no file", async () => {
    const { actor } = await seedOwner("kerupuk-d");
    const id = await createOwn(actor);
    const filesBefore = await listUploads();

    expect(await upload(id, await pngFile())).toEqual({ ok: true, message: "Products.messages.photoAdded" });
    const photo = await db.productPhoto.findFirstOrThrow({ where: { productId: id } });
    expect(photo).toMatchObject({ width: 900, height: 600, sortOrder: 0 });
    for (const key of [photo.largeKey, photo.smallKey]) {
      const stored = path.join(env().dataDir, "uploads", key);
      await expect(fs.stat(stored)).resolves.toBeTruthy();
    }
    expect((await listUploads()).filter((name) => !filesBefore.includes(name) && !name.endsWith(".type"))).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "product.photo-add", entityId: id } })).toBe(1);

    const filesAfterOne = await listUploads();
    const fake = await upload(id, textAsJpg());
    expect(fake.fieldErrors).toEqual({ photo: ["Products.errors.photoType"] });
    const huge = new Uint8Array(20 * 1024 * 1024);
    huge.set([0xff, 0xd8, 0xff]);
    expect((await upload(id, new File([huge], "besar.jpg"))).fieldErrors).toEqual({ photo: ["Products.errors.photoTooLarge"] });
    expect((await upload(id, new File([], "kosong.jpg"))).fieldErrors).toEqual({ photo: ["Products.errors.photoEmpty"] });
    expect(await db.productPhoto.count()).toBe(1);
    expect(await listUploads()).toEqual(filesAfterOne);

    expect(await deleteProductPhotoAction(initial, form({ photoId: photo.id }))).toEqual({ ok: true, message: "Products.messages.photoDeleted" });
    expect(await db.productPhoto.count()).toBe(0);
    await expect(fs.stat(path.join(env().dataDir, "uploads", photo.largeKey))).rejects.toThrow();
  });

  it("stops at 8 photos", async () => {
    const { actor } = await seedOwner("kerupuk-e");
    const id = await createOwn(actor);
    const png = await pngFile();
    for (let index = 0; index < 8; index += 1) expect((await upload(id, png)).ok).toBe(true);
    expect((await upload(id, png)).fieldErrors).toEqual({ photo: ["Products.errors.photoLimit"] });
    expect(await db.productPhoto.count({ where: { productId: id } })).toBe(8);
  });
});

describe("status workflow", () => {
  it("submits a draft only with a photo, answers a revision only when asked, and resubmits an edited published product", async () => {
    const { actor, user } = await seedOwner("kerupuk-f");
    const id = await createOwn(actor);
    const status = async () => (await db.product.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

    expect(await submitProductAction(initial, form({ productId: id }))).toMatchObject({ ok: false, message: "Products.errors.photoRequired" });
    expect(await status()).toBe("DRAFT");
    expect(await answerProductRevisionAction(initial, form({ productId: id, body: "Sudah diperbaiki" }))).toMatchObject({
      ok: false,
      message: "Products.errors.notAwaitingRevision",
    });
    expect(await db.curationComment.count()).toBe(0);

    expect((await upload(id, await pngFile())).ok).toBe(true);
    expect(await submitProductAction(initial, form({ productId: id }))).toEqual({ ok: true, message: "Products.messages.submitted" });
    expect(await status()).toBe("SUBMITTED");
    expect(await submitProductAction(initial, form({ productId: id }))).toMatchObject({ ok: false, message: "Products.errors.notDraft" });
    expect(await db.auditLog.count({ where: { action: "product.submit", entityId: id } })).toBe(1);

    await db.product.update({ where: { id }, data: { status: "REVISION_REQUESTED" } });
    await db.curationComment.create({ data: { productId: id, fromStaff: true, body: "Foto kemasan kurang jelas." } });
    expect((await answerProductRevisionAction(initial, form({ productId: id, body: "  " }))).fieldErrors).toEqual({ body: ["Products.errors.answerRequired"] });
    expect(await answerProductRevisionAction(initial, form({ productId: id, body: "Foto baru sudah diunggah." }))).toEqual({
      ok: true,
      message: "Products.messages.resubmitted",
    });
    expect(await status()).toBe("SUBMITTED");
    const answer = await db.curationComment.findFirstOrThrow({ where: { productId: id, fromStaff: false } });
    expect(answer).toMatchObject({ authorId: user.id, body: "Foto baru sudah diunggah.", enterpriseId: null });
    expect((await getOwnProduct(actor.enterpriseId ?? "", id))?.thread.map((entry) => entry.fromStaff)).toEqual([true, false]);

    await db.product.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    expect(await updateProductAction(initial, form({ ...valid, productId: id, nameId: "Kerupuk Tenggiri Super" }))).toEqual({
      ok: true,
      message: "Products.messages.savedResubmitted",
    });
    expect(await status()).toBe("SUBMITTED");

    await db.product.update({ where: { id }, data: { status: "REJECTED" } });
    expect(await updateProductAction(initial, form({ ...valid, productId: id }))).toMatchObject({ ok: false, message: "Products.errors.readOnly" });
    expect(await upload(id, await pngFile())).toMatchObject({ ok: false, message: "Products.errors.readOnly" });
    const keys = await db.productPhoto.findMany({ where: { productId: id }, select: { largeKey: true } });
    // Success ends in a redirect back to the list.
    expect(await submit(deleteProductAction, { productId: id })).toEqual({ redirect: expect.stringContaining("/ikm/produk?dihapus=1") });
    expect(await db.product.count()).toBe(0);
    for (const key of keys) await expect(fs.stat(path.join(env().dataDir, "uploads", key.largeKey))).rejects.toThrow();
    expect(await db.auditLog.count({ where: { action: "product.delete", entityId: id } })).toBe(1);
  });
});

describe("one SME, one set of products", () => {
  it("refuses SME B every change to SME A's product and gives B's queries nothing", async () => {
    const a = await seedOwner("kerupuk-g");
    const b = await seedOwner("sambal-g");
    const id = await createOwn(a.actor);
    expect((await upload(id, await pngFile())).ok).toBe(true);
    const photo = await db.productPhoto.findFirstOrThrow({ where: { productId: id } });
    const before = await db.product.findUniqueOrThrow({ where: { id } });
    const filesBefore = await listUploads();

    signInAs(b.actor);
    expect(await updateProductAction(initial, form({ ...valid, productId: id, nameId: "Punya B" }))).toMatchObject({ ok: false, message: "Products.errors.notFound" });
    expect(await submitProductAction(initial, form({ productId: id }))).toMatchObject({ ok: false, message: "Products.errors.notFound" });
    expect(await upload(id, await pngFile())).toMatchObject({ ok: false, message: "Products.errors.notFound" });
    expect(await deleteProductPhotoAction(initial, form({ photoId: photo.id }))).toMatchObject({ ok: false, message: "Products.errors.photoNotFound" });
    expect(await deleteProductAction(initial, form({ productId: id }))).toMatchObject({ ok: false, message: "Products.errors.notFound" });

    expect(await db.product.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.productPhoto.count({ where: { productId: id } })).toBe(1);
    expect(await listUploads()).toEqual(filesBefore);
    expect(await getOwnProduct(b.enterprise.id, id)).toBeNull();
    expect((await listOwnProducts(b.enterprise.id, 1)).items).toEqual([]);
    expect((await listOwnProducts(a.enterprise.id, 1)).items.map((item) => item.id)).toEqual([id]);
  });

  it("refuses a buyer and a signed-out visitor before anything runs", async () => {
    const a = await seedOwner("kerupuk-h");
    signInAs(null);
    expect(await create(valid)).toMatchObject({ ok: false, message: "Errors.signInRequired" });
    const buyer = await db.user.create({ data: { email: uniqueEmail("pembeli"), name: "Pembeli", role: "BUYER" } });
    signInAs(actorFor(buyer, null));
    expect(await create(valid)).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect(await db.product.count({ where: { enterpriseId: a.enterprise.id } })).toBe(0);
  });
});

describe("photo route", () => {
  const get = (id: string, size = "small") => photoRoute(new Request(`http://localhost/foto/produk/${id}/${size}`), { params: Promise.resolve({ id, size }) });

  it("serves a draft's photo only to its owner and staff; a published one to everyone", async () => {
    const a = await seedOwner("kerupuk-i");
    const b = await seedOwner("sambal-i");
    const staffUser = await db.user.create({ data: { email: uniqueEmail("staf"), name: "Staf", role: "STAFF" } });
    const id = await createOwn(a.actor);
    expect((await upload(id, await pngFile())).ok).toBe(true);
    const photo = await db.productPhoto.findFirstOrThrow({ where: { productId: id } });

    signInAs(null);
    expect((await get(photo.id)).status).toBe(404);
    signInAs(b.actor);
    expect((await get(photo.id, "large")).status).toBe(404);
    signInAs(a.actor);
    const own = await get(photo.id);
    expect(own.status).toBe(200);
    expect(own.headers.get("Content-Type")).toBe("image/webp");
    expect(own.headers.get("Cache-Control")).toBe("private, no-store");
    signInAs(actorFor(staffUser, null));
    expect((await get(photo.id, "large")).status).toBe(200);

    // A published product of a draft enterprise is still not public.
    await db.product.update({ where: { id }, data: { status: "PUBLISHED" } });
    signInAs(null);
    expect((await get(photo.id)).status).toBe(404);
    await db.enterprise.update({ where: { id: a.enterprise.id }, data: { status: "PUBLISHED" } });
    const open = await get(photo.id);
    expect(open.status).toBe(200);
    expect(open.headers.get("Cache-Control")).toContain("public");

    expect((await get(photo.id, "original")).status).toBe(404);
    expect((await get("../etc", "small")).status).toBe(404);
    expect((await get("tidakada123", "small")).status).toBe(404);
  });
});
