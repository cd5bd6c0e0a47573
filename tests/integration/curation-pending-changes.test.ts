// Curation cannot be bypassed: an owner's (or assisted staff's) edit of a PUBLISHED enterprise's
// public or identity fields is held for staff, the published version staying live in the catalog
// meanwhile; a photo added to it is not served until approved; and a staff decision names the
// version it reviewed, refused when the SME changed the profile after the reviewer opened it.
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { getPublishedSupplier } from "@/lib/catalog/supplier-page";
import { reviewEnterpriseAction } from "@/lib/curation/actions";
import { decideEnterpriseChangesAction } from "@/lib/curation/change-actions";
import { getPendingChangeForCuration } from "@/lib/curation/change-queries";
import { listCurationQueue } from "@/lib/curation/queries";
import { db } from "@/lib/db";
import { findVisibleEnterprisePhoto } from "@/lib/enterprises/photo-queries";
import { addEnterprisePhotoAction, saveEnterpriseBusinessStepAction, saveEnterpriseMarketStepAction } from "@/lib/enterprises/profile-actions";
import { getOwnEnterpriseProfile } from "@/lib/enterprises/profile-queries";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const initial: FormState = { ok: false };

function actorOf(user: { id: string; email: string; name: string }, role: SessionUser["role"], enterpriseId: string | null): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role, locale: "id", enterpriseId, buyerOrganizationId: null, partnerOrganizationId: null };
}

async function seed(status: CurationStatus) {
  const user = await db.user.create({ data: { email: uniqueEmail("pemilik"), name: "Pemilik Bandeng", role: "SME", status: "ACTIVE" } });
  const enterprise = await db.enterprise.create({
    data: {
      slug: "bandeng-lama",
      ownerId: user.id,
      legalName: "UD Bandeng Lama",
      brandName: "Bandeng Lama",
      legalForm: "UD",
      nib: "1234567890123",
      yearFounded: 2012,
      kecamatanCode: "33.74.04",
      status,
      ...(status === "PUBLISHED" ? { curationGrade: "B" as const, verifiedAt: new Date() } : {}),
    },
  });
  const staffUser = await db.user.create({ data: { email: uniqueEmail("staf"), name: "Petugas Kurasi", role: "STAFF", status: "ACTIVE" } });
  return { enterprise, owner: actorOf(user, "SME", enterprise.id), staff: actorOf(staffUser, "STAFF", null) };
}

const business = {
  legalName: "UD Bandeng Baru",
  brandName: "Bandeng Baru",
  legalForm: "UD",
  nib: "1234567890123",
  npwp: "",
  yearFounded: "2012",
  workforce: "8",
  capitalRupiah: "",
  annualSalesRupiah: "",
};

/** Success of a step is a redirect to the next one. */
async function saveBusiness(fields: Record<string, string>): Promise<FormState> {
  const result = await submit(saveEnterpriseBusinessStepAction, fields);
  return "redirect" in result ? { ok: true } : result;
}

async function png(): Promise<File> {
  const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
  return new File([new Uint8Array(bytes)], "foto.png", { type: "image/png" });
}

const catalogName = async () => {
  const supplier = await getPublishedSupplier("bandeng-lama");
  return supplier && { legalName: supplier.legalName, brandName: supplier.brandName };
};

const versionOf = async (id: string) => String((await db.enterprise.findUniqueOrThrow({ where: { id }, select: { version: true } })).version);

describe("changes to a published enterprise wait for staff", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  it("keeps the published name in the catalog until staff approve the edit, showing staff the old and new name", async () => {
    const { enterprise, owner, staff } = await seed("PUBLISHED");
    signInAs(owner);
    expect(await saveBusiness(business)).toEqual({ ok: true });

    expect(await catalogName()).toEqual({ legalName: "UD Bandeng Lama", brandName: "Bandeng Lama" });
    expect((await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).status).toBe("PUBLISHED");
    // The owner's form shows what they proposed.
    expect(await getOwnEnterpriseProfile(enterprise.id)).toMatchObject({ legalName: "UD Bandeng Baru", brandName: "Bandeng Baru" });

    const queue = await listCurationQueue("open", 1);
    expect(queue.items.map((item) => ({ id: item.id, pending: item.hasPendingChange }))).toEqual([{ id: enterprise.id, pending: true }]);
    const pending = await getPendingChangeForCuration(enterprise.id);
    expect(pending?.fields).toEqual(
      expect.arrayContaining([
        { field: "legalName", before: "UD Bandeng Lama", after: "UD Bandeng Baru" },
        { field: "brandName", before: "Bandeng Lama", after: "Bandeng Baru" },
      ]),
    );
    expect(pending?.fields).toHaveLength(2);

    signInAs(staff);
    const decided = await decideEnterpriseChangesAction(initial, form({ enterpriseId: enterprise.id, version: String(pending?.version), decision: "APPROVE" }));
    expect(decided).toEqual({ ok: true, message: "CurationQueue.changes.approved" });
    expect(await catalogName()).toEqual({ legalName: "UD Bandeng Baru", brandName: "Bandeng Baru" });
    expect(await db.enterprisePendingChange.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "enterprise.approve-changes", entityId: enterprise.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: owner.id, kind: "CURATION_RESULT" } })).toBe(1);
  });

  it("keeps the published contacts when staff reject the edit, and the rejection needs a note", async () => {
    const { enterprise, owner, staff } = await seed("PUBLISHED");
    await db.enterprise.update({ where: { id: enterprise.id }, data: { whatsapp: "6281234567890", salesChannels: ["OWN_SHOP"] } });
    signInAs(owner);
    const market = { salesChannels: "OWN_SHOP", whatsapp: "0899-9999-0000", targetBuyerKinds: "RETAILER" };
    await submit(saveEnterpriseMarketStepAction, market);
    const live = await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } });
    expect(live.whatsapp).toBe("6281234567890");
    // Not shown publicly: buyer kinds the SME looks for are saved at once.
    expect(live.targetBuyerKinds).toEqual(["RETAILER"]);

    signInAs(staff);
    const version = await versionOf(enterprise.id);
    const noNote = await decideEnterpriseChangesAction(initial, form({ enterpriseId: enterprise.id, version, decision: "REJECT" }));
    expect(noNote.fieldErrors?.note).toEqual(["CurationQueue.validation.commentRequired"]);
    expect(await db.enterprisePendingChange.count()).toBe(1);

    const rejected = await decideEnterpriseChangesAction(initial, form({ enterpriseId: enterprise.id, version, decision: "REJECT", note: "Nomor WhatsApp tidak dapat dihubungi." }));
    expect(rejected).toEqual({ ok: true, message: "CurationQueue.changes.rejected" });
    expect((await getPublishedSupplier("bandeng-lama"))?.whatsapp).toBe("6281234567890");
    expect(await db.enterprisePendingChange.count()).toBe(0);
    expect(await db.curationComment.findMany({ select: { body: true, fromStaff: true } })).toEqual([
      { body: "Nomor WhatsApp tidak dapat dihubungi.", fromStaff: true },
    ]);
  });

  it("does not serve a photo added to a published enterprise until staff approve it", async () => {
    const { enterprise, owner, staff } = await seed("PUBLISHED");
    signInAs(owner);
    expect(await addEnterprisePhotoAction(initial, form({ kind: "PHOTO", photo: await png() }))).toMatchObject({ ok: true });
    const photo = await db.enterprisePhoto.findFirstOrThrow({ where: { enterpriseId: enterprise.id } });

    signInAs(null);
    expect(await findVisibleEnterprisePhoto(photo.id, "large")).toBeNull();
    expect((await getPublishedSupplier("bandeng-lama"))?.photos).toEqual([]);
    signInAs(owner);
    expect(await findVisibleEnterprisePhoto(photo.id, "small")).toMatchObject({ visibility: "private" });

    signInAs(staff);
    const pending = await getPendingChangeForCuration(enterprise.id);
    expect(pending?.photos.map((row) => row.id)).toEqual([photo.id]);
    const decided = await decideEnterpriseChangesAction(initial, form({ enterpriseId: enterprise.id, version: String(pending?.version), decision: "APPROVE" }));
    expect(decided.ok).toBe(true);

    signInAs(null);
    expect(await findVisibleEnterprisePhoto(photo.id, "large")).toMatchObject({ visibility: "public" });
    expect((await getPublishedSupplier("bandeng-lama"))?.photos.map((row) => row.id)).toEqual([photo.id]);
  });

  it("refuses a publication of a version the SME changed after the reviewer opened it, and changes nothing", async () => {
    const { enterprise, owner, staff } = await seed("SUBMITTED");
    const opened = await versionOf(enterprise.id);
    signInAs(owner);
    expect(await saveBusiness(business)).toEqual({ ok: true });

    signInAs(staff);
    const scores = { legality: "3", qualityCapacity: "2", marketReach: "3", competitiveAdvantage: "2" };
    const stale = await reviewEnterpriseAction(initial, form({ ...scores, enterpriseId: enterprise.id, version: opened, decision: "PUBLISH" }));
    expect(stale).toMatchObject({ ok: false, message: "CurationQueue.errors.changedSinceOpened" });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { status: true, verifiedAt: true } })).toEqual({
      status: "SUBMITTED",
      verifiedAt: null,
    });
    expect(await db.curationReview.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "enterprise.publish" } })).toBe(0);

    const current = await versionOf(enterprise.id);
    expect(await reviewEnterpriseAction(initial, form({ ...scores, enterpriseId: enterprise.id, version: current, decision: "PUBLISH" }))).toMatchObject({ ok: true });
    expect(await catalogName()).toEqual({ legalName: "UD Bandeng Baru", brandName: "Bandeng Baru" });
  });

  it("refuses to approve pending changes the SME edited again after the reviewer opened them", async () => {
    const { enterprise, owner, staff } = await seed("PUBLISHED");
    signInAs(owner);
    await saveBusiness(business);
    const opened = await versionOf(enterprise.id);
    await saveBusiness({ ...business, legalName: "UD Bandeng Palsu" });

    signInAs(staff);
    const stale = await decideEnterpriseChangesAction(initial, form({ enterpriseId: enterprise.id, version: opened, decision: "APPROVE" }));
    expect(stale).toMatchObject({ ok: false, message: "CurationQueue.errors.changedSinceOpened" });
    expect(await catalogName()).toEqual({ legalName: "UD Bandeng Lama", brandName: "Bandeng Lama" });
    expect(await db.enterprisePendingChange.count()).toBe(1);
  });

  it("applies a held change once the enterprise is no longer published, so nothing is lost or left waiting", async () => {
    const { enterprise, owner } = await seed("PUBLISHED");
    signInAs(owner);
    await saveBusiness(business);
    await db.enterprise.update({ where: { id: enterprise.id }, data: { status: "REVISION_REQUESTED" } });
    await submit(saveEnterpriseMarketStepAction, { salesChannels: "OWN_SHOP" });
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id }, select: { legalName: true, salesChannels: true } })).toEqual({
      legalName: "UD Bandeng Baru",
      salesChannels: ["OWN_SHOP"],
    });
    expect(await db.enterprisePendingChange.count()).toBe(0);
  });
});
