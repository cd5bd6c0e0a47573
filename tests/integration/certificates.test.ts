// Certificates end to end below the browser: adding (format checks, confirmation of warnings,
// duplicates, the stored document), ownership of deletes, staff verification, and the reminder
// job's promise to send each reminder once, even when two runs overlap.
import fs from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as staffDocument } from "@/app/(staff)/staf/sertifikat/[id]/dokumen/route";
import { GET as smeDocument } from "@/app/(sme)/ikm/sertifikat/[id]/dokumen/route";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { addCertificateAction, deleteCertificateAction, updateCertificateAction, verifyCertificateAction } from "@/lib/certificates/actions";
import { sendCertificateReminders } from "@/lib/certificates/reminders";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { mailTo, uniqueEmail } from "./support/accounts";

setRequestHeaders({});

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const initial: FormState = { ok: false };

function actorFor(user: { id: string; email: string; name: string; role: SessionUser["role"] }, enterpriseId: string | null): SessionUser {
  return { ...user, locale: "id", enterpriseId, buyerOrganizationId: null, partnerOrganizationId: null };
}

async function seedOwner(slug: string, locale: "id" | "en" = "id") {
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME", locale } });
  const enterprise = await db.enterprise.create({
    data: { slug, ownerId: user.id, legalName: `UD ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04" },
  });
  return { user, enterprise, actor: actorFor(user, enterprise.id) };
}

const uploadsDir = () => path.join(env().dataDir, "uploads", "certificates");
const listUploads = async () => fs.readdir(uploadsDir()).catch(() => [] as string[]);
const halal = { type: "HALAL", number: "ID33110000123450123", issuedAt: "2025-01-10", expiresAt: "" };

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("adding a certificate", () => {
  it("refuses a number with a format error and stores nothing", async () => {
    const { actor, enterprise } = await seedOwner("batik-a");
    signInAs(actor);
    const before = await listUploads();
    const result = await addCertificateAction(initial, form({ ...halal, number: "MUI-12345", document: new File([pdf], "halal.pdf") }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.number).toEqual(["Certificate.number.halal.format"]);
    expect(await db.certificate.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
    expect(await listUploads()).toEqual(before);
  });

  it("accepts a number with a warning only once it is confirmed", async () => {
    const { actor, enterprise } = await seedOwner("bandeng-b");
    signInAs(actor);
    const pirt = { type: "PIRT", number: "2103374010123", expiresAt: "2030-01-01" };
    const unconfirmed = await addCertificateAction(initial, form(pirt));
    expect(unconfirmed.fieldErrors?.confirmNumber).toEqual(["Certificates.form.confirmRequired"]);
    expect(await db.certificate.count({ where: { enterpriseId: enterprise.id } })).toBe(0);

    const confirmed = await addCertificateAction(initial, form({ ...pirt, confirmNumber: "on" }));
    expect(confirmed).toEqual({ ok: true, message: "Certificates.form.added" });
    const row = await db.certificate.findFirstOrThrow({ where: { enterpriseId: enterprise.id } });
    expect(row).toMatchObject({ type: "PIRT", number: "2103374010123", verifiedAt: null });
    expect(row.expiresAt?.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(await db.auditLog.count({ where: { action: "certificate.create", entityId: row.id } })).toBe(1);
  });

  it("requires an expiry date where the type expires, and refuses a duplicate", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-c");
    signInAs(actor);
    const noExpiry = await addCertificateAction(initial, form({ type: "BPOM_MD", number: "MD 235602169254", expiresAt: "" }));
    expect(noExpiry.fieldErrors?.expiresAt).toEqual(["Certificate.validation.expiryRequired"]);

    expect((await addCertificateAction(initial, form({ ...halal, document: new File([pdf], "halal.pdf") }))).ok).toBe(true);
    const duplicate = await addCertificateAction(initial, form({ ...halal, number: "id 3311 0000 1234 50123", document: new File([pdf], "lagi.pdf") }));
    expect(duplicate.fieldErrors?.number).toEqual(["Certificates.form.duplicate"]);
    expect(await db.certificate.count({ where: { enterpriseId: enterprise.id } })).toBe(1);
    // The second upload was removed again: only the first certificate's file stays.
    const row = await db.certificate.findFirstOrThrow({ where: { enterpriseId: enterprise.id } });
    const keys = (await listUploads()).filter((name) => !name.endsWith(".type"));
    expect(keys).toContain(row.documentKey?.split("/")[1]);
  });

  it("refuses a document that is not a PDF or an image, whatever its name", async () => {
    const { actor, enterprise } = await seedOwner("tahu-d");
    signInAs(actor);
    const fake = new File([new TextEncoder().encode("<html><script>alert(1)</script>")], "sertifikat.pdf", { type: "application/pdf" });
    const result = await addCertificateAction(initial, form({ ...halal, document: fake }));
    expect(result.fieldErrors?.document).toEqual(["Certificates.form.documentType"]);
    expect(await db.certificate.count({ where: { enterpriseId: enterprise.id } })).toBe(0);
  });
});

describe("documents, deletes and verification", () => {
  it("serves the document to its owner and staff only, and an SME cannot delete another's certificate", async () => {
    const owner = await seedOwner("batik-e");
    const other = await seedOwner("jamu-f");
    signInAs(owner.actor);
    expect((await addCertificateAction(initial, form({ ...halal, document: new File([pdf], "halal.pdf") }))).ok).toBe(true);
    const certificate = await db.certificate.findFirstOrThrow({ where: { enterpriseId: owner.enterprise.id } });
    const params = { params: Promise.resolve({ id: certificate.id }) };

    const own = await smeDocument(new Request("http://localhost/"), params);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    expect(own.headers.get("content-disposition")).toMatch(/^inline/);
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(pdf);

    signInAs(other.actor);
    expect((await smeDocument(new Request("http://localhost/"), params)).status).toBe(404);
    const refused = await deleteCertificateAction(initial, form({ certificateId: certificate.id }));
    expect(refused).toMatchObject({ ok: false, message: "Certificates.notFound" });
    expect(await db.certificate.findUnique({ where: { id: certificate.id }, select: { id: true } })).not.toBeNull();

    const staffUser = await db.user.create({ data: { email: uniqueEmail("staf"), name: "Petugas", role: "STAFF" } });
    signInAs(actorFor(staffUser, null));
    expect((await staffDocument(new Request("http://localhost/"), params)).status).toBe(200);
    expect(await verifyCertificateAction(initial, form({ certificateId: certificate.id, reviewedVersion: certificate.updatedAt.toISOString() }))).toEqual({
      ok: true,
      message: "Certificates.staff.verified",
    });
    const verified = await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(verified.verifiedById).toBe(staffUser.id);
    expect(verified.verifiedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "certificate.verify", entityId: certificate.id } })).toBe(1);

    signInAs(owner.actor);
    expect((await deleteCertificateAction(initial, form({ certificateId: certificate.id }))).ok).toBe(true);
    expect(await db.certificate.count({ where: { id: certificate.id } })).toBe(0);
    expect(await listUploads()).not.toContain(certificate.documentKey?.split("/")[1]);
  });

  it("verifies only the version staff reviewed: a number the SME changed after the list was opened is refused", async () => {
    const owner = await seedOwner("kopi-versi");
    const opened = await db.certificate.create({ data: { enterpriseId: owner.enterprise.id, type: "HALAL", number: "ID33110000123450777" } });
    // The SME edits the number while the reviewer still has the old one on screen.
    signInAs(owner.actor);
    expect((await updateCertificateAction(initial, form({ certificateId: opened.id, type: "HALAL", number: "ID33110000999990777" }))).ok).toBe(true);

    const staffUser = await db.user.create({ data: { email: uniqueEmail("staf"), name: "Petugas", role: "STAFF" } });
    signInAs(actorFor(staffUser, null));
    const stale = await verifyCertificateAction(initial, form({ certificateId: opened.id, reviewedVersion: opened.updatedAt.toISOString() }));
    expect(stale).toMatchObject({ ok: false, message: "Certificates.staff.changedSinceOpened" });
    const after = await db.certificate.findUniqueOrThrow({ where: { id: opened.id } });
    expect(after).toMatchObject({ number: "ID33110000999990777", verifiedAt: null, verifiedById: null });
    expect(await db.auditLog.count({ where: { action: "certificate.verify", entityId: opened.id } })).toBe(0);

    // With the content now on screen, the verification goes through.
    expect(await verifyCertificateAction(initial, form({ certificateId: opened.id, reviewedVersion: after.updatedAt.toISOString() }))).toMatchObject({ ok: true });
    expect((await db.certificate.findUniqueOrThrow({ where: { id: opened.id } })).verifiedById).toBe(staffUser.id);
  });

  it("an SME cannot verify certificates", async () => {
    const owner = await seedOwner("kopi-g");
    const certificate = await db.certificate.create({ data: { enterpriseId: owner.enterprise.id, type: "HALAL", number: "ID33110000123450123" } });
    signInAs(owner.actor);
    expect(await verifyCertificateAction(initial, form({ certificateId: certificate.id }))).toMatchObject({ ok: false, message: "Errors.forbidden" });
    expect((await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } })).verifiedAt).toBeNull();
  });
});

describe("editing a certificate", () => {
  async function verifiedCertificate(enterpriseId: string) {
    const staffUser = await db.user.create({ data: { email: uniqueEmail("staf"), name: "Petugas", role: "STAFF" } });
    return db.certificate.create({
      data: {
        enterpriseId,
        type: "BPOM_MD",
        number: "MD235602169254",
        issuedAt: new Date("2024-05-01T00:00:00Z"),
        expiresAt: new Date("2029-05-01T00:00:00Z"),
        verifiedAt: new Date("2025-01-01T00:00:00Z"),
        verifiedById: staffUser.id,
      },
    });
  }
  const bpom = { type: "BPOM_MD", number: "MD 235602169254", issuedAt: "2024-05-01", expiresAt: "2029-05-01", name: "" };
  const stateOf = (id: string) =>
    db.certificate.findUniqueOrThrow({ where: { id }, select: { type: true, number: true, name: true, expiresAt: true, verifiedAt: true, verifiedById: true } });

  it("clears the verification when the number changes, and records what changed", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-j");
    const certificate = await verifiedCertificate(enterprise.id);
    signInAs(actor);

    const result = await updateCertificateAction(initial, form({ ...bpom, certificateId: certificate.id, number: "MD 235602169999" }));
    expect(result).toEqual({ ok: true, message: "Certificates.edit.savedNeedsVerification" });
    expect(await stateOf(certificate.id)).toMatchObject({ number: "MD235602169999", verifiedAt: null, verifiedById: null });
    const audit = await db.auditLog.findMany({ where: { action: "certificate.update" }, select: { actorId: true, entityId: true, data: true } });
    expect(audit).toEqual([
      {
        actorId: actor.id,
        entityId: certificate.id,
        data: expect.objectContaining({ changed: ["number"], verificationCleared: true }),
      },
    ]);
  });

  it("keeps the verification when only the name changes", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-k");
    const certificate = await verifiedCertificate(enterprise.id);
    signInAs(actor);

    const result = await updateCertificateAction(initial, form({ ...bpom, certificateId: certificate.id, name: "Izin edar lumpia beku" }));
    expect(result).toEqual({ ok: true, message: "Certificates.edit.saved" });
    const after = await stateOf(certificate.id);
    expect(after).toMatchObject({ name: "Izin edar lumpia beku", number: "MD235602169254" });
    expect(after.verifiedAt).toEqual(certificate.verifiedAt);
    expect(after.verifiedById).toBe(certificate.verifiedById);
  });

  it("cannot edit another SME's certificate", async () => {
    const owner = await seedOwner("lumpia-l");
    const other = await seedOwner("jamu-m");
    const certificate = await verifiedCertificate(owner.enterprise.id);
    const before = await stateOf(certificate.id);
    signInAs(other.actor);

    const result = await updateCertificateAction(initial, form({ ...bpom, certificateId: certificate.id, number: "MD 235602160000" }));
    expect(result).toMatchObject({ ok: false, message: "Certificates.notFound" });
    expect(await stateOf(certificate.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "certificate.update" } })).toBe(0);
  });

  it("refuses a badly formatted number and a duplicate, changing nothing", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-n");
    const certificate = await verifiedCertificate(enterprise.id);
    await db.certificate.create({ data: { enterpriseId: enterprise.id, type: "HALAL", number: "ID33110000123450123" } });
    const before = await stateOf(certificate.id);
    signInAs(actor);

    const bad = await updateCertificateAction(initial, form({ ...bpom, certificateId: certificate.id, number: "ML 123" }));
    expect(bad.fieldErrors?.number).toEqual(["Certificates.form.numberNotMd"]);
    const duplicate = await updateCertificateAction(initial, form({ ...halal, certificateId: certificate.id, number: "ID 3311 0000 1234 50123" }));
    expect(duplicate.fieldErrors?.number).toEqual(["Certificates.form.duplicate"]);
    expect(await stateOf(certificate.id)).toEqual(before);
    expect(await db.auditLog.count({ where: { action: "certificate.update" } })).toBe(0);
  });

  it("a new expiry date resets the sent reminders; an unchanged one keeps them", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-o");
    const certificate = await verifiedCertificate(enterprise.id);
    await db.certificateReminder.createMany({ data: [{ certificateId: certificate.id, daysBefore: 60 }, { certificateId: certificate.id, daysBefore: 30 }] });
    signInAs(actor);

    expect((await updateCertificateAction(initial, form({ ...bpom, certificateId: certificate.id, name: "Lumpia" }))).ok).toBe(true);
    expect(await db.certificateReminder.count({ where: { certificateId: certificate.id } })).toBe(2);

    const result = await updateCertificateAction(initial, form({ ...bpom, certificateId: certificate.id, expiresAt: "2031-05-01" }));
    expect(result).toEqual({ ok: true, message: "Certificates.edit.savedNeedsVerification" });
    expect(await db.certificateReminder.count({ where: { certificateId: certificate.id } })).toBe(0);
    expect((await stateOf(certificate.id)).expiresAt?.toISOString()).toBe("2031-05-01T00:00:00.000Z");
  });

  it("replaces the document and removes the old file", async () => {
    const { actor, enterprise } = await seedOwner("lumpia-p");
    signInAs(actor);
    expect((await addCertificateAction(initial, form({ ...halal, document: new File([pdf], "lama.pdf") }))).ok).toBe(true);
    const certificate = await db.certificate.findFirstOrThrow({ where: { enterpriseId: enterprise.id } });
    const oldFile = certificate.documentKey?.split("/")[1];

    const result = await updateCertificateAction(initial, form({ ...halal, certificateId: certificate.id, document: new File([pdf], "baru.pdf") }));
    expect(result).toEqual({ ok: true, message: "Certificates.edit.saved" });
    const after = await db.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(after.documentName).toBe("baru.pdf");
    expect(after.documentKey).not.toBe(certificate.documentKey);
    const files = await listUploads();
    expect(files).toContain(after.documentKey?.split("/")[1]);
    expect(files).not.toContain(oldFile);
  });
});

describe("the reminder job", () => {
  const today = new Date("2026-03-01T03:00:00Z");
  const inDays = (days: number) => new Date(Date.UTC(2026, 2, 1 + days));

  it("sends each reminder once, however often it runs", async () => {
    const owner = await seedOwner("batik-h", "en");
    await db.certificate.createMany({
      data: [
        { enterpriseId: owner.enterprise.id, type: "SNI", number: "SPPT-1", expiresAt: inDays(30) },
        { enterpriseId: owner.enterprise.id, type: "PIRT", number: "210337401012327", expiresAt: inDays(200) },
        { enterpriseId: owner.enterprise.id, type: "HALAL", number: "ID33110000123450123" },
      ],
    });
    const first = await sendCertificateReminders(today);
    const second = await sendCertificateReminders(today);
    expect(first.sent).toBe(1);
    expect(second.sent).toBe(0);
    expect(await db.certificateReminder.findMany({ select: { daysBefore: true } })).toEqual([{ daysBefore: 30 }]);
    const mail = await mailTo(owner.user.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain("30 days");
  });

  it("sends once when two runs overlap", async () => {
    const owner = await seedOwner("lumpia-i");
    await db.certificate.create({ data: { enterpriseId: owner.enterprise.id, type: "BPOM_MD", number: "MD235602169254", expiresAt: inDays(7) } });
    const results = await Promise.all([sendCertificateReminders(today), sendCertificateReminders(today)]);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
    expect(await db.certificateReminder.count()).toBe(1);
    const mail = await mailTo(owner.user.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain("7 hari");
  });
});
