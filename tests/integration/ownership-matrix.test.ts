// The permissions matrix, ownership half: the role table (permissions-matrix.test.ts) lets every
// SME call the SME actions, so each of them must also keep to the caller's own enterprise. Every
// server action an SME may call is called by another SME with the first SME's record ids and
// otherwise valid values; the first SME's drafts (profile, products, photos, certificates,
// assessments) stay byte for byte the same. The control run shows the same form does change them
// when their owner sends it. Reading: the SME-side queries and the photo and document routes give
// nothing of another SME's drafts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as certificateDocumentRoute } from "@/app/(sme)/ikm/sertifikat/[id]/dokumen/route";
import { GET as productPhotoRoute } from "@/app/foto/produk/[id]/[size]/route";
import { registeredAction } from "@/lib/auth/action";
import { initialFormState } from "@/lib/auth/form-state";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { findCertificateDocument } from "@/lib/certificates/queries";
import { db } from "@/lib/db";
import { getOwnEnterpriseProfile } from "@/lib/enterprises/profile-queries";
import { getOwnProduct, listOwnProducts, ownProductStatus } from "@/lib/products/queries";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { signInAs } from "./support/actions";
import { uniqueEmail } from "./support/accounts";
import { type ActionUnderTest, loadServerActions } from "./support/server-actions";

setRequestHeaders({ "x-temu-socket-address": "192.0.2.11" });

type Seeded = Awaited<ReturnType<typeof seedOwner>>;
let actions: ActionUnderTest[] = [];
let owner: Seeded;
let intruder: Seeded;

async function seedOwner(slug: string) {
  const kbli = await db.kbli.findFirstOrThrow({ where: { code: "13134", level: "SUBCLASS" }, select: { id: true } });
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME", emailVerifiedAt: new Date() } });
  const enterprise = await db.enterprise.create({
    data: { slug, ownerId: user.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", primaryKbliId: kbli.id, status: "DRAFT" },
  });
  const product = await db.product.create({
    data: {
      enterpriseId: enterprise.id,
      slug: `${slug}-kain`,
      nameId: `Kain batik ${slug}`,
      descriptionId: "Kain batik tulis pewarna alam, ukuran 2 x 1,15 meter.",
      kbliId: kbli.id,
      unit: "lembar",
      status: "DRAFT",
    },
  });
  const photo = await db.productPhoto.create({
    data: { productId: product.id, largeKey: `products/${slug}/large.webp`, smallKey: `products/${slug}/small.webp`, width: 1200, height: 900 },
  });
  const logo = await db.enterprisePhoto.create({
    data: { enterpriseId: enterprise.id, kind: "LOGO", largeKey: `enterprises/${slug}/l.webp`, smallKey: `enterprises/${slug}/s.webp`, width: 400, height: 400 },
  });
  const certificate = await db.certificate.create({
    data: { enterpriseId: enterprise.id, type: "PIRT", number: "2063374010999-29", documentKey: `certificates/${slug}.pdf`, documentName: "pirt.pdf", documentType: "application/pdf" },
  });
  await db.productCertificate.create({ data: { productId: product.id, certificateId: certificate.id } });
  const assessment = await db.exportReadinessAssessment.create({ data: { enterpriseId: enterprise.id, answers: {}, score: 40, tier: "SIAP_DENGAN_PENDAMPINGAN" } });
  const actor: SessionUser = {
    id: user.id, email: user.email, name: user.name, role: "SME", locale: "id",
    enterpriseId: enterprise.id, buyerOrganizationId: null, partnerOrganizationId: null,
  };
  return { actor, enterprise, product, photo, logo, certificate, assessment };
}

/** Every row that belongs to one enterprise: its own row and those of its products and certificates. */
async function ownedRows(seeded: Seeded): Promise<string> {
  const id = seeded.enterprise.id;
  const digest = async (sql: string) => (await db.$queryRawUnsafe<{ d: string | null }[]>(sql, id))[0]?.d ?? "";
  return [
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "Enterprise" t WHERE id = $1`),
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "Product" t WHERE "enterpriseId" = $1`),
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "ProductPhoto" t WHERE "productId" IN (SELECT id FROM "Product" WHERE "enterpriseId" = $1)`),
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "ProductCertificate" t WHERE "productId" IN (SELECT id FROM "Product" WHERE "enterpriseId" = $1)`),
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "EnterprisePhoto" t WHERE "enterpriseId" = $1`),
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "Certificate" t WHERE "enterpriseId" = $1`),
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "ExportReadinessAssessment" t WHERE "enterpriseId" = $1`),
    await digest(`SELECT string_agg(t::text, '|' ORDER BY t::text) AS d FROM "EnterpriseKbli" t WHERE "enterpriseId" = $1`),
  ].join("\n");
}

/** A complete, valid submission for any SME form, aimed at the records of `target`. */
function formAimedAt(target: Seeded, photoId: string): FormData {
  const fields: Record<string, string> = {
    // ids of the target's records
    enterpriseId: target.enterprise.id, id: target.enterprise.id, productId: target.product.id,
    certificateId: target.certificate.id, assessmentId: target.assessment.id, photoId,
    // product
    nameId: "Kain batik diubah penyusup", descriptionId: "Deskripsi yang ditulis oleh IKM lain, bukan pemiliknya.",
    kbliCode: "13134", hsCode: "5208.52.90", priceMin: "100.000", priceMax: "200.000", unit: "lembar",
    minOrder: "5", monthlyCapacity: "100", leadTimeDays: "10", answer: "Jawaban dari IKM lain.", comment: "Komentar penyusup.",
    // certificate
    type: "PIRT", number: "2063374010998-29", issuedAt: "2025-01-10", expiresAt: "2030-01-10", confirmNumber: "on",
    // profile steps
    legalName: "UD Penyusup", legalForm: "CV", nib: "9120001234567", capital: "10.000.000", annualSales: "50.000.000",
    kecamatanCode: "33.74.04", address: "Jl. Penyusup 1", primaryKbli: "13134", monthlyCapacity2: "1", capacityUnit: "kg",
    salesChannels: "RESELLER", whatsapp: "081234567890", confirm: "on", confirmation: "on",
  };
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

async function callAs(actor: SessionUser, entry: ActionUnderTest, form: FormData): Promise<void> {
  signInAs(actor);
  try {
    await entry.action(initialFormState, form);
  } catch {
    // redirect() and notFound() end an action the usual way.
  }
}

beforeAll(async () => {
  await resetData();
  owner = await seedOwner("batik-pemilik");
  intruder = await seedOwner("batik-penyusup");
  ({ actions } = await loadServerActions());
});

afterAll(() => {
  signInAs(null);
});

describe("permissions matrix: an SME never changes or reads another SME's drafts", () => {
  it("every action an SME may call leaves another SME's records unchanged", async () => {
    const smeActions = actions.filter((entry) => can("SME", registeredAction(entry.action)!.access));
    expect(smeActions.map((entry) => entry.exportName)).toEqual(
      expect.arrayContaining(["updateProductAction", "deleteProductAction", "submitProductAction", "deleteProductPhotoAction", "deleteCertificateAction", "updateCertificateAction"]),
    );
    const before = await ownedRows(owner);
    for (const entry of smeActions) {
      for (const photoId of [owner.photo.id, owner.logo.id]) {
        await callAs(intruder.actor, entry, formAimedAt(owner, photoId));
        const after = await ownedRows(owner);
        expect(after, `${entry.file}: ${entry.exportName} changed another SME's records`).toBe(before);
      }
    }
  });

  it("control: the same submission from the owner does change the records", async () => {
    const update = actions.find((entry) => entry.exportName === "updateProductAction");
    expect(update).toBeDefined();
    const before = await ownedRows(owner);
    await callAs(owner.actor, update!, formAimedAt(owner, owner.photo.id));
    expect(await ownedRows(owner)).not.toBe(before);
    expect((await db.product.findUniqueOrThrow({ where: { id: owner.product.id } })).nameId).toBe("Kain batik diubah penyusup");
  });

  it("the SME-side reads give nothing of another SME's drafts", async () => {
    const mine = intruder.enterprise.id;
    expect(await getOwnProduct(mine, owner.product.id)).toBeNull();
    expect(await ownProductStatus(mine, owner.product.id)).toBeNull();
    expect((await listOwnProducts(mine, 1)).items.map((item) => item.id)).not.toContain(owner.product.id);
    expect(await findCertificateDocument(owner.certificate.id, mine)).toBeNull();
    // The sweep's profile form was valid: it went to the caller's own enterprise, never the other.
    expect((await getOwnEnterpriseProfile(mine))?.legalName).toBe("UD Penyusup");
    expect((await getOwnEnterpriseProfile(owner.enterprise.id))?.legalName).toBe(owner.enterprise.legalName);

    signInAs(intruder.actor);
    const photo = await productPhotoRoute(new Request("http://localhost/"), { params: Promise.resolve({ id: owner.photo.id, size: "small" }) });
    expect(photo.status).toBe(404);
    const document = await certificateDocumentRoute(new Request("http://localhost/"), { params: Promise.resolve({ id: owner.certificate.id }) });
    expect(document.status).toBe(404);
  });
});
