// Upload storage failing under the user (issue 15, faults): the local disk refusing writes
// (DATA_DIR/uploads/<area> points into sysfs, which refuses new files even to root: EACCES) and an
// S3 endpoint that is down (s3rver started, then stopped). Uploading a product photo, an
// enterprise photo or a certificate document then tells the user, in the form, that the file
// could not be stored, and leaves no row behind (so no row can point at a missing file).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { addCertificateAction } from "@/lib/certificates/actions";
import { db } from "@/lib/db";
import { addEnterprisePhotoAction } from "@/lib/enterprises/profile-actions";
import { env, resetEnvCache } from "@/lib/env";
import { createProductAction } from "@/lib/products/actions";
import { addProductPhotoAction } from "@/lib/products/photo-actions";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const initial: FormState = { ok: false };
const areas = ["product-photos", "enterprise-photos", "certificates"] as const;
const s3Vars = ["S3_BUCKET", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX"] as const;
const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const png = async () => new File([await sharp({ create: { width: 900, height: 600, channels: 3, background: "#c87828" } }).png().toBuffer()], "foto.png", { type: "image/png" });

function useS3(endpoint: string | null) {
  for (const name of s3Vars) delete process.env[name];
  if (endpoint) Object.assign(process.env, { S3_BUCKET: "temu-uploads", S3_ENDPOINT: endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" });
  resetEnvCache();
}

const areaDir = (area: string) => path.join(env().dataDir, "uploads", area);
const moved = (area: string) => `${areaDir(area)}.uji-asli`;
const filesIn = (area: string) => (fs.existsSync(areaDir(area)) ? fs.readdirSync(areaDir(area)).length : 0);

/** Every upload area on disk becomes a directory that refuses new files, even to root. */
function makeDiskUnwritable() {
  for (const area of areas) {
    fs.mkdirSync(path.dirname(areaDir(area)), { recursive: true });
    if (fs.existsSync(areaDir(area))) fs.renameSync(areaDir(area), moved(area));
    fs.symlinkSync("/sys/kernel", areaDir(area));
  }
}

function restoreDisk() {
  for (const area of areas) {
    if (fs.lstatSync(areaDir(area), { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(areaDir(area));
    if (fs.existsSync(moved(area))) fs.renameSync(moved(area), areaDir(area));
  }
}

async function seedOwner() {
  const user = await db.user.create({ data: { email: uniqueEmail("gangguan"), name: "Pemilik Gangguan", role: "SME" } });
  const kbli = await db.kbli.findFirstOrThrow({ where: { code: "10792", level: "SUBCLASS" }, select: { id: true } });
  const enterprise = await db.enterprise.create({
    data: { slug: "gangguan-simpan", ownerId: user.id, legalName: "UD Gangguan Simpan", legalForm: "UD", kecamatanCode: "33.74.04", primaryKbliId: kbli.id },
  });
  const actor: SessionUser = { ...user, name: user.name ?? "", locale: "id", enterpriseId: enterprise.id, buyerOrganizationId: null, partnerOrganizationId: null };
  signInAs(actor);
  const created = await submit(createProductAction, {
    nameId: "Kerupuk Ikan Tenggiri",
    nameEn: "",
    descriptionId: "Kerupuk ikan tenggiri asli Bandarharjo, digoreng kering, kemasan 250 gram.",
    descriptionEn: "",
    kbliCode: "10792",
    kbliOther: "",
    hsCode: "1905.90.90",
    priceMin: "15.000",
    priceMax: "20.000",
    unit: "pak",
    minOrder: "50",
    monthlyCapacity: "2000",
    leadTimeDays: "7",
  });
  const productId = "redirect" in created ? /\/ikm\/produk\/([a-z0-9]+)/.exec(created.redirect)?.[1] : undefined;
  if (!productId) throw new Error(`product not created: ${JSON.stringify(created)}`);
  return { enterprise, productId };
}

/** Each upload is refused with the storage message on its own field, and writes no row. */
async function expectEveryUploadRefused() {
  const { enterprise, productId } = await seedOwner();
  const refused = (field: string) => ({ ok: false, fieldErrors: { [field]: ["Errors.uploadFailed"] } });

  expect(await addProductPhotoAction(initial, form({ productId, photo: await png() }))).toMatchObject(refused("photo"));
  expect(await addEnterprisePhotoAction(initial, form({ kind: "PHOTO", photo: await png() }))).toMatchObject(refused("photo"));
  const certificate = { type: "HALAL", number: "ID33110000123450123", issuedAt: "2025-01-10", expiresAt: "", document: new File([pdf], "halal.pdf") };
  expect(await addCertificateAction(initial, form(certificate))).toMatchObject(refused("document"));

  expect(await db.productPhoto.count({ where: { productId } })).toBe(0);
  expect(await db.enterprisePhoto.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
  expect(await db.certificate.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("the local disk refuses writes", () => {
  afterEach(restoreDisk);

  it("tells the user the file could not be stored and records nothing", async () => {
    useS3(null);
    makeDiskUnwritable();
    await expectEveryUploadRefused();
  });
});

describe("the S3 endpoint is down", () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "temu-s3-down-"));
  let endpoint = "";

  beforeAll(async () => {
    // A real endpoint that answered once and is gone: its port now refuses connections.
    const server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory, configureBuckets: [{ name: "temu-uploads", configs: [] }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
    await server.close();
  });
  afterAll(() => {
    useS3(null);
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it("tells the user the file could not be stored, records nothing and writes nothing to disk", async () => {
    useS3(endpoint);
    const before = areas.map(filesIn);
    await expectEveryUploadRefused();
    expect(areas.map(filesIn)).toEqual(before);
  });
});
