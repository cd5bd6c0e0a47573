// Inquiries below the browser: a buyer asks about a published product or supplier (nothing
// else), both sides reply in their own scope, staff follow up, a closed thread takes no
// replies, and every change is audited and announced by email after it is saved.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { closeAsBuyerAction, closeAsSmeAction, replyAsBuyerAction, replyAsSmeAction, replyAsStaffAction, startInquiryAction } from "@/lib/inquiries/actions";
import { getInquiryThread, listInquiries } from "@/lib/inquiries/queries";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { linkIn, mailTo, uniqueEmail } from "./support/accounts";

const initial: FormState = { ok: false };

function actor(
  user: { id: string; email: string; name: string; role: SessionUser["role"] },
  extra: Partial<Pick<SessionUser, "enterpriseId" | "buyerOrganizationId">> = {},
): SessionUser {
  return { ...user, locale: "id", enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null, ...extra };
}

async function seedSme(slug: string, locale: "id" | "en" = "id") {
  const owner = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pemilik ${slug}`, role: "SME", locale } });
  const enterprise = await db.enterprise.create({
    data: { slug, ownerId: owner.id, legalName: `UD ${slug}`, brandName: `Merek ${slug}`, legalForm: "UD", kecamatanCode: "33.74.04", status: "PUBLISHED" },
  });
  const product = await db.product.create({
    data: { slug: `${slug}-keripik`, enterpriseId: enterprise.id, nameId: `Keripik ${slug}`, nameEn: `Chips ${slug}`, descriptionId: "Keripik renyah khas Semarang.", unit: "pak", status: "PUBLISHED" },
  });
  const draft = await db.product.create({
    data: { slug: `${slug}-draf`, enterpriseId: enterprise.id, nameId: `Draf ${slug}`, descriptionId: "Produk yang belum terbit.", unit: "pak" },
  });
  return { owner, enterprise, product, draft, actor: actor(owner, { enterpriseId: enterprise.id }) };
}

async function seedBuyer(slug: string) {
  const organization = await db.buyerOrganization.create({ data: { slug, name: `PT ${slug}`, kind: "RETAILER", city: "Semarang" } });
  const user = await db.user.create({ data: { email: uniqueEmail(slug), name: `Pembeli ${slug}`, role: "BUYER", buyerOrganizationId: organization.id } });
  return { organization, user, actor: actor(user, { buyerOrganizationId: organization.id }) };
}

async function seedStaff(name: string) {
  const user = await db.user.create({ data: { email: uniqueEmail(name), name: `Petugas ${name}`, role: "STAFF" } });
  return { user, actor: actor(user) };
}

const validStart = { subject: "Harga untuk 500 pak", body: "Berapa harga untuk pesanan 500 pak per bulan, dan berapa lama pengirimannya?" };

/** Starting ends in a redirect to the thread: that is how success looks from outside. */
async function start(fields: Record<string, string>): Promise<FormState & { id?: string }> {
  const result = await submit(startInquiryAction, fields);
  if (!("redirect" in result)) return result;
  const id = /\/pembeli\/pertanyaan\/([a-z0-9]+)/.exec(result.redirect)?.[1];
  if (!id) throw new Error(`Starting redirected to ${result.redirect}`);
  return { ok: true, id };
}

async function counts() {
  return { inquiries: await db.inquiry.count(), messages: await db.inquiryMessage.count(), audits: await db.auditLog.count() };
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("starting an inquiry", () => {
  it("creates the thread and first message, audits it, and mails the SME owner and every active staff user", async () => {
    const sme = await seedSme("kripik-a", "en");
    const buyer = await seedBuyer("toko-a");
    const staff = await seedStaff("siti");
    const inactive = await db.user.create({ data: { email: uniqueEmail("nonaktif"), name: "Nonaktif", role: "STAFF", status: "DEACTIVATED" } });

    signInAs(buyer.actor);
    const result = await start({ target: "product", slug: sme.product.slug, ...validStart });
    expect(result.ok).toBe(true);

    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id: result.id }, include: { messages: true } });
    expect(inquiry).toMatchObject({ buyerId: buyer.organization.id, createdById: buyer.user.id, enterpriseId: sme.enterprise.id, productId: sme.product.id, status: "OPEN", subject: validStart.subject });
    expect(inquiry.messages).toEqual([expect.objectContaining({ side: "BUYER", authorId: buyer.user.id, body: validStart.body })]);
    const audit = await db.auditLog.findMany({ where: { entityId: inquiry.id } });
    expect(audit.map((row) => row.action)).toEqual(["inquiry.create"]);

    const [ownerMail] = await mailTo(sme.owner.email);
    expect(ownerMail?.subject).toContain("Chips kripik-a");
    expect(ownerMail?.text).toContain("> Berapa harga untuk pesanan 500 pak");
    expect(linkIn(ownerMail)).toMatch(new RegExp(`/ikm/pertanyaan/${inquiry.id}$`));
    const [staffMail] = await mailTo(staff.user.email);
    expect(staffMail?.subject).toContain("Keripik kripik-a");
    expect(linkIn(staffMail)).toMatch(new RegExp(`/staf/pertanyaan/${inquiry.id}$`));
    expect(await mailTo(inactive.email)).toEqual([]);
    expect(await mailTo(buyer.user.email)).toEqual([]);
  });

  it("asks about a published supplier as a whole", async () => {
    const sme = await seedSme("kripik-b");
    const buyer = await seedBuyer("toko-b");
    signInAs(buyer.actor);
    const result = await start({ target: "supplier", slug: sme.enterprise.slug, ...validStart });
    expect(result.ok).toBe(true);
    expect(await db.inquiry.findUniqueOrThrow({ where: { id: result.id } })).toMatchObject({ enterpriseId: sme.enterprise.id, productId: null });
  });

  it("refuses a draft product, an unpublished supplier and bad input, saving nothing", async () => {
    const sme = await seedSme("kripik-c");
    const hidden = await seedSme("kripik-d");
    await db.enterprise.update({ where: { id: hidden.enterprise.id }, data: { status: "DRAFT" } });
    const buyer = await seedBuyer("toko-c");
    signInAs(buyer.actor);
    const before = await counts();

    expect(await start({ target: "product", slug: sme.draft.slug, ...validStart })).toMatchObject({ ok: false, message: "Inquiries.errors.targetUnavailable" });
    expect(await start({ target: "product", slug: hidden.product.slug, ...validStart })).toMatchObject({ ok: false, message: "Inquiries.errors.targetUnavailable" });
    expect(await start({ target: "supplier", slug: hidden.enterprise.slug, ...validStart })).toMatchObject({ ok: false, message: "Inquiries.errors.targetUnavailable" });
    const bad = await start({ target: "product", slug: sme.product.slug, subject: "Hai", body: "pendek" });
    expect(bad.fieldErrors).toEqual({ subject: ["Inquiries.errors.subjectTooShort"], body: ["Inquiries.errors.bodyTooShort"] });
    const long = await start({ target: "product", slug: sme.product.slug, subject: validStart.subject, body: "a".repeat(4001) });
    expect(long.fieldErrors).toEqual({ body: ["Inquiries.errors.bodyTooLong"] });

    expect(await counts()).toEqual(before);
    expect(await mailTo(sme.owner.email)).toEqual([]);
  });

  it("refuses an SME, and a buyer account without an organisation", async () => {
    const sme = await seedSme("kripik-e");
    signInAs(sme.actor);
    expect(await start({ target: "product", slug: sme.product.slug, ...validStart })).toMatchObject({ ok: false, message: "Errors.forbidden" });
    const loose = await db.user.create({ data: { email: uniqueEmail("lepas"), name: "Lepas", role: "BUYER" } });
    signInAs(actor(loose));
    expect(await start({ target: "product", slug: sme.product.slug, ...validStart })).toMatchObject({ ok: false, message: "Inquiries.errors.noOrganization" });
    expect(await db.inquiry.count()).toBe(0);
  });
});

describe("replying and closing", () => {
  async function openThread() {
    const sme = await seedSme("kripik-f");
    const other = await seedSme("kripik-g");
    const buyer = await seedBuyer("toko-f");
    const staff = await seedStaff("budi");
    signInAs(buyer.actor);
    const { id } = await start({ target: "product", slug: sme.product.slug, ...validStart });
    if (!id) throw new Error("inquiry not started");
    return { sme, other, buyer, staff, id };
  }

  it("lets the SME reply (the buyer is mailed) and the buyer answer (the owner is mailed), newest activity first", async () => {
    const { sme, buyer, id } = await openThread();
    signInAs(sme.actor);
    expect(await replyAsSmeAction(initial, form({ inquiryId: id, body: "Harga Rp12.000 per pak, kirim 7 hari." }))).toMatchObject({ ok: true });
    const [buyerMail] = await mailTo(buyer.user.email);
    expect(buyerMail?.text).toContain("> Harga Rp12.000 per pak");
    expect(buyerMail?.text).toContain(`Keripik kripik-f`);
    expect(linkIn(buyerMail)).toMatch(new RegExp(`/pembeli/pertanyaan/${id}$`));

    const ownerBefore = (await mailTo(sme.owner.email)).length;
    signInAs(buyer.actor);
    expect(await replyAsBuyerAction(initial, form({ inquiryId: id, body: "Baik, kami pesan contoh dulu." }))).toMatchObject({ ok: true });
    expect((await mailTo(sme.owner.email)).length).toBe(ownerBefore + 1);

    const thread = await getInquiryThread({ side: "BUYER", buyerId: buyer.organization.id }, id);
    expect(thread?.messages.map((message) => message.side)).toEqual(["BUYER", "SME", "BUYER"]);
    const audit = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["inquiry.create", "inquiry.reply", "inquiry.reply"]);
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { id } });
    expect(inquiry.lastMessageAt.getTime()).toBeGreaterThan(inquiry.createdAt.getTime() - 1);
    const list = await listInquiries({ side: "SME", enterpriseId: sme.enterprise.id }, { page: 1 });
    expect(list.items.map((item) => [item.id, item.lastSide])).toEqual([[id, "BUYER"]]);
  });

  it("keeps another SME out: not readable, not answerable, nothing written", async () => {
    const { other, id } = await openThread();
    expect(await getInquiryThread({ side: "SME", enterpriseId: other.enterprise.id }, id)).toBeNull();
    expect((await listInquiries({ side: "SME", enterpriseId: other.enterprise.id }, { page: 1 })).total).toBe(0);
    const before = await counts();
    signInAs(other.actor);
    expect(await replyAsSmeAction(initial, form({ inquiryId: id, body: "Saya juga bisa menyediakan." }))).toMatchObject({ ok: false, message: "Inquiries.errors.notFound" });
    expect(await closeAsSmeAction(initial, form({ inquiryId: id }))).toMatchObject({ ok: false, message: "Inquiries.errors.notFound" });
    expect(await counts()).toEqual(before);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
  });

  it("closes a thread (audited) and then refuses replies from every side with a clear message", async () => {
    const { sme, buyer, staff, id } = await openThread();
    signInAs(buyer.actor);
    expect(await closeAsBuyerAction(initial, form({ inquiryId: id }))).toMatchObject({ ok: true });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
    expect(await db.auditLog.count({ where: { entityId: id, action: "inquiry.close" } })).toBe(1);

    const before = await counts();
    signInAs(sme.actor);
    expect(await replyAsSmeAction(initial, form({ inquiryId: id, body: "Maaf terlambat menjawab." }))).toMatchObject({ ok: false, message: "Inquiries.errors.closed" });
    signInAs(staff.actor);
    expect(await replyAsStaffAction(initial, form({ inquiryId: id, body: "Petugas menindaklanjuti." }))).toMatchObject({ ok: false, message: "Inquiries.errors.closed" });
    expect(await counts()).toEqual(before);
  });

  it("lets staff see every thread, flag unanswered ones after three days, and reply to both sides", async () => {
    const { sme, buyer, staff, id } = await openThread();
    const later = new Date(Date.now() + 4 * 24 * 60 * 60 * 1000);
    const followUp = await listInquiries({ side: "STAFF" }, { page: 1, filter: "follow-up", now: later });
    expect(followUp.items.map((item) => [item.id, item.needsFollowUp])).toEqual([[id, true]]);
    expect((await listInquiries({ side: "STAFF" }, { page: 1, filter: "follow-up" })).total).toBe(0);

    const buyerBefore = (await mailTo(buyer.user.email)).length;
    signInAs(staff.actor);
    expect(await replyAsStaffAction(initial, form({ inquiryId: id, body: "Kami bantu hubungkan, mohon ditunggu." }))).toMatchObject({ ok: true });
    expect((await mailTo(buyer.user.email)).length).toBe(buyerBefore + 1);
    expect((await mailTo(sme.owner.email))[0]?.text).toContain("> Kami bantu hubungkan");

    signInAs(sme.actor);
    await replyAsSmeAction(initial, form({ inquiryId: id, body: "Siap, kami kirim penawaran." }));
    expect((await listInquiries({ side: "STAFF" }, { page: 1, filter: "follow-up", now: later })).total).toBe(0);
  });

  it("refuses a reply that is too short, and a buyer of another organisation", async () => {
    const { id } = await openThread();
    const stranger = await seedBuyer("toko-lain");
    const before = await counts();
    signInAs(stranger.actor);
    expect(await replyAsBuyerAction(initial, form({ inquiryId: id, body: "Bolehkah kami ikut bertanya?" }))).toMatchObject({ ok: false, message: "Inquiries.errors.notFound" });
    expect((await replyAsBuyerAction(initial, form({ inquiryId: id, body: "ok" }))).fieldErrors).toEqual({ body: ["Inquiries.errors.bodyTooShort"] });
    expect(await replyAsBuyerAction(initial, form({ inquiryId: "../x", body: "Pertanyaan lanjutan kami." }))).toMatchObject({ ok: false });
    expect(await counts()).toEqual(before);
  });
});
