// Sourcing requests and offers below the browser: a buyer posts a request (bad input saves
// nothing), SMEs whose sectors fit (or that staff forwarded it to) answer with one offer each,
// revise or withdraw it, closed or expired requests refuse offers, and nobody touches another
// party's rows. Every change is audited; the buyer is emailed when an offer arrives.
import { beforeEach, describe, expect, it } from "vitest";
import type { FormState } from "@/lib/auth/form-state";
import { db } from "@/lib/db";
import { closeRequestAction, createRequestAction, reopenRequestAction, submitOfferAction, withdrawOfferAction } from "@/lib/sourcing/actions";
import { getBuyerRequest, getRequestForSme, getSmeSourcingContext, listRequestsForSme } from "@/lib/sourcing/queries";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";
import { linkIn, mailTo } from "./support/accounts";
import { dateField, daysFromToday, seedBuyer, seedRequest, seedSme } from "./support/sourcing";

const initial: FormState = { ok: false };

const validRequest = {
  title: "Keripik tempe kemasan 100 g",
  description: "Keripik tempe renyah untuk rak oleh-oleh kami, kemasan standing pouch berlabel.",
  kbliCode: "10794",
  quantityPerMonth: "2.000",
  unit: "pak",
  targetPriceMin: "12.000",
  targetPriceMax: "Rp 15.000",
  requiredCertificates: "PIRT",
  exportDestination: "",
  deadline: "",
};

/** Creating ends in a redirect to the request: that is how success looks from outside. */
async function create(fields: Record<string, string>): Promise<FormState & { id?: string }> {
  const result = await submit(createRequestAction, fields);
  if (!("redirect" in result)) return result;
  const id = /\/pembeli\/permintaan\/([a-z0-9]+)\?baru=1/.exec(result.redirect)?.[1];
  if (!id) throw new Error(`Creating redirected to ${result.redirect}`);
  return { ok: true, id };
}

const offer = (requestId: string, extra: Record<string, string> = {}) =>
  form({ requestId, price: "13.500", unit: "pak", minOrder: "500", monthlyCapacity: "3000", leadTimeDays: "7", sampleAvailable: "on", message: "Bisa kirim sampel minggu ini.", ...extra });

async function counts() {
  return { requests: await db.sourcingRequest.count(), offers: await db.sourcingOffer.count(), audits: await db.auditLog.count() };
}

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

describe("posting a sourcing request", () => {
  it("saves the request for the session's organisation, with the KBLI, rupiah and certificates read right, and audits it", async () => {
    const buyer = await seedBuyer("toko-a");
    signInAs(buyer.session);
    const result = await create({ ...validRequest, exportDestination: "sg", deadline: dateField(daysFromToday(30)) });
    expect(result.ok).toBe(true);
    const saved = await db.sourcingRequest.findUniqueOrThrow({ where: { id: result.id }, include: { kbli: true } });
    expect(saved).toMatchObject({
      buyerId: buyer.organization.id,
      createdById: buyer.user.id,
      status: "OPEN",
      quantityPerMonth: 2000,
      targetPriceMinRupiah: 12_000n,
      targetPriceMaxRupiah: 15_000n,
      requiredCertificates: ["PIRT"],
      exportDestination: "SG",
      deadline: daysFromToday(30),
    });
    expect(saved.kbli?.code).toBe("10794");
    expect((await db.auditLog.findMany({ where: { entityId: saved.id } })).map((row) => row.action)).toEqual(["sourcing-request.create"]);
  });

  it("answers bad input with field errors and saves nothing", async () => {
    const buyer = await seedBuyer("toko-b");
    signInAs(buyer.session);
    const before = await counts();

    const bad = await create({ ...validRequest, title: "Kue", quantityPerMonth: "nol", kbliCode: "1079", targetPriceMin: "20.000", targetPriceMax: "15.000", deadline: dateField(daysFromToday(-3)) });
    expect(bad.ok).toBe(false);
    expect(bad.fieldErrors).toMatchObject({
      title: ["Sourcing.errors.titleLength"],
      quantityPerMonth: ["Sourcing.errors.quantityInvalid"],
      kbliCode: ["Sourcing.errors.kbliFormat"],
      deadline: ["Sourcing.errors.deadlinePast"],
    });
    // The price order is checked once every field parses.
    const order = await create({ ...validRequest, targetPriceMin: "20.000", targetPriceMax: "15.000" });
    expect(order.fieldErrors).toEqual({ targetPriceMax: ["Sourcing.errors.priceOrder"] });
    expect(await create({ ...validRequest, kbliCode: "99999" })).toMatchObject({ ok: false, fieldErrors: { kbliCode: ["Sourcing.errors.kbliUnknown"] } });
    expect(await create({ ...validRequest, exportDestination: "ID" })).toMatchObject({ ok: false, fieldErrors: { exportDestination: ["Sourcing.errors.destinationInvalid"] } });
    expect(await create({ ...validRequest, requiredCertificates: "SVLK" })).toMatchObject({ ok: false, fieldErrors: { requiredCertificates: ["Sourcing.errors.certificateInvalid"] } });
    expect(await counts()).toEqual(before);
  });

  it("is for buyers only: an SME or a signed-out visitor saves nothing", async () => {
    const sme = await seedSme("batik-a", ["13134"]);
    signInAs(sme.session);
    expect(await create(validRequest)).toEqual({ ok: false, message: "Errors.forbidden" });
    signInAs(null);
    expect(await create(validRequest)).toEqual({ ok: false, message: "Errors.signInRequired" });
    expect(await db.sourcingRequest.count()).toBe(0);
  });

  it("closes and reopens only the organisation's own request", async () => {
    const buyer = await seedBuyer("toko-c");
    const other = await seedBuyer("toko-d");
    const request = await seedRequest(buyer.organization.id, "10794");

    signInAs(other.session);
    expect(await closeRequestAction(initial, form({ requestId: request.id }))).toMatchObject({ ok: false, message: "Sourcing.errors.notFound" });
    expect((await db.sourcingRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("OPEN");

    signInAs(buyer.session);
    expect(await closeRequestAction(initial, form({ requestId: request.id }))).toMatchObject({ ok: true });
    const closed = await db.sourcingRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(await closeRequestAction(initial, form({ requestId: request.id }))).toMatchObject({ ok: false, message: "Sourcing.errors.alreadyClosed" });

    expect(await reopenRequestAction(initial, form({ requestId: request.id }))).toMatchObject({ ok: true });
    expect(await db.sourcingRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: "OPEN", closedAt: null });
    const audit = await db.auditLog.findMany({ where: { entityId: request.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["sourcing-request.close", "sourcing-request.update"]);

    const expired = await seedRequest(buyer.organization.id, "10794", { status: "CLOSED", deadline: daysFromToday(-3) });
    expect(await reopenRequestAction(initial, form({ requestId: expired.id }))).toMatchObject({ ok: false, message: "Sourcing.errors.reopenPastDeadline" });
    expect((await db.sourcingRequest.findUniqueOrThrow({ where: { id: expired.id } })).status).toBe("CLOSED");
  });
});

describe("answering a request", () => {
  it("lets an SME in the same KBLI group offer, revise and withdraw; the buyer sees and is emailed about it", async () => {
    const buyer = await seedBuyer("toko-e");
    const request = await seedRequest(buyer.organization.id, "10392", { title: "Tahu putih harian" });
    const sme = await seedSme("tempe-a", ["10391"]);
    signInAs(sme.session);

    expect(await submitOfferAction(initial, offer(request.id))).toEqual({ ok: true, message: "Sourcing.sme.offerSent" });
    const saved = await db.sourcingOffer.findFirstOrThrow({ where: { requestId: request.id } });
    expect(saved).toMatchObject({ enterpriseId: sme.enterprise.id, createdById: sme.owner.id, priceRupiah: 13_500n, minOrder: 500, monthlyCapacity: 3000, leadTimeDays: 7, sampleAvailable: true, status: "SUBMITTED" });
    const [mail] = await mailTo(buyer.user.email);
    expect(mail?.subject).toBe('Penawaran baru dari Merek tempe-a untuk "Tahu putih harian"');
    expect(mail?.text).toMatch(/Rp\s13\.500 \/ pak/);
    expect(linkIn(mail)).toMatch(new RegExp(`/pembeli/permintaan/${request.id}$`));

    const revision = offer(request.id, { price: "12.000" });
    revision.delete("sampleAvailable"); // an unticked checkbox sends nothing
    expect(await submitOfferAction(initial, revision)).toEqual({ ok: true, message: "Sourcing.sme.offerRevised" });
    expect(await db.sourcingOffer.count()).toBe(1);
    expect(await db.sourcingOffer.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ priceRupiah: 12_000n, sampleAvailable: false });
    expect((await mailTo(buyer.user.email))[0]?.subject).toContain("memperbarui penawaran");

    const shown = await getBuyerRequest(buyer.organization.id, request.id);
    expect(shown?.offers.map((row) => row.enterprise.slug)).toEqual(["tempe-a"]);

    expect(await withdrawOfferAction(initial, form({ requestId: request.id }))).toEqual({ ok: true, message: "Sourcing.sme.offerWithdrawn" });
    expect((await db.sourcingOffer.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("WITHDRAWN");
    expect((await getBuyerRequest(buyer.organization.id, request.id))?.offers).toEqual([]);
    expect(await withdrawOfferAction(initial, form({ requestId: request.id }))).toMatchObject({ ok: false, message: "Sourcing.errors.noOffer" });

    const audit = await db.auditLog.findMany({ where: { entityId: saved.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["sourcing-offer.submit", "sourcing-offer.submit", "sourcing-offer.withdraw"]);
  });

  it("refuses SMEs outside the sector (unless forwarded), unpublished SMEs, bad input, and closed or expired requests", async () => {
    const buyer = await seedBuyer("toko-f");
    const request = await seedRequest(buyer.organization.id, "10794");
    const outside = await seedSme("mebel-a", ["31001"]);
    const unpublished = await seedSme("keripik-draf", ["10794"], "SUBMITTED");
    const fits = await seedSme("keripik-a", ["10794"]);
    const before = await counts();

    signInAs(outside.session);
    expect(await submitOfferAction(initial, offer(request.id))).toMatchObject({ ok: false, message: "Sourcing.errors.notFound" });
    signInAs(unpublished.session);
    expect(await submitOfferAction(initial, offer(request.id))).toMatchObject({ ok: false, message: "Sourcing.errors.enterpriseNotPublished" });
    signInAs(fits.session);
    const bad = await submitOfferAction(initial, offer(request.id, { price: "0", minOrder: "", leadTimeDays: "400" }));
    expect(bad.fieldErrors).toMatchObject({ price: ["Sourcing.errors.offerPriceRequired"], minOrder: ["Sourcing.errors.minOrderInvalid"], leadTimeDays: ["Sourcing.errors.leadTimeInvalid"] });
    signInAs(buyer.session);
    expect(await submitOfferAction(initial, offer(request.id))).toEqual({ ok: false, message: "Errors.forbidden" });
    expect(await counts()).toEqual(before);

    const closed = await seedRequest(buyer.organization.id, "10794", { status: "CLOSED" });
    const expired = await seedRequest(buyer.organization.id, "10794", { deadline: daysFromToday(-3) });
    signInAs(fits.session);
    expect(await submitOfferAction(initial, offer(closed.id))).toMatchObject({ ok: false, message: "Sourcing.errors.closed" });
    expect(await submitOfferAction(initial, offer(expired.id))).toMatchObject({ ok: false, message: "Sourcing.errors.deadlinePassed" });
    expect(await db.sourcingOffer.count()).toBe(0);

    // Forwarded by staff: the SME outside the sector may answer.
    await db.sourcingRequestForward.create({ data: { requestId: request.id, enterpriseId: outside.enterprise.id } });
    signInAs(outside.session);
    expect(await submitOfferAction(initial, offer(request.id))).toMatchObject({ ok: true });
  });

  it("never touches another SME's offer, and the buyer compares offers cheapest first", async () => {
    const buyer = await seedBuyer("toko-g");
    const request = await seedRequest(buyer.organization.id, "10794");
    const first = await seedSme("keripik-b", ["10794"]);
    const second = await seedSme("keripik-c", ["10793"]);

    signInAs(first.session);
    await submitOfferAction(initial, offer(request.id, { price: "15.000" }));
    signInAs(second.session);
    await submitOfferAction(initial, offer(request.id, { price: "11.000" }));
    const before = await db.sourcingOffer.findFirstOrThrow({ where: { enterpriseId: first.enterprise.id } });

    // The second SME revising and withdrawing changes only its own row.
    await submitOfferAction(initial, offer(request.id, { price: "10.500" }));
    await withdrawOfferAction(initial, form({ requestId: request.id }));
    expect(await db.sourcingOffer.findUniqueOrThrow({ where: { id: before.id } })).toEqual(before);

    signInAs(second.session);
    await submitOfferAction(initial, offer(request.id, { price: "10.000" }));
    const shown = await getBuyerRequest(buyer.organization.id, request.id);
    expect(shown?.offers.map((row) => [row.enterprise.slug, row.priceRupiah])).toEqual([
      ["keripik-c", 10_000n],
      ["keripik-b", 15_000n],
    ]);
    const other = await seedBuyer("toko-h");
    expect(await getBuyerRequest(other.organization.id, request.id)).toBeNull();
  });
});

describe("what an SME sees", () => {
  it("lists open, unexpired requests in its KBLI group or forwarded to it, and nothing for an unpublished SME", async () => {
    const buyer = await seedBuyer("toko-i");
    const exact = await seedRequest(buyer.organization.id, "10391", { title: "Tempe", deadline: daysFromToday(10) });
    const group = await seedRequest(buyer.organization.id, "10392", { title: "Tahu" });
    const forwarded = await seedRequest(buyer.organization.id, "31001", { title: "Mebel diteruskan" });
    await seedRequest(buyer.organization.id, "31001", { title: "Mebel lain" });
    await seedRequest(buyer.organization.id, "10411", { title: "Minyak, golongan lain" });
    await seedRequest(buyer.organization.id, "10391", { title: "Tempe ditutup", status: "CLOSED" });
    await seedRequest(buyer.organization.id, "10391", { title: "Tempe kedaluwarsa", deadline: daysFromToday(-3) });
    await seedRequest(buyer.organization.id, null, { title: "Tanpa KBLI" });
    const sme = await seedSme("tempe-b", ["10794", "10391"]);
    await db.sourcingRequestForward.create({ data: { requestId: forwarded.id, enterpriseId: sme.enterprise.id } });

    const context = await getSmeSourcingContext(sme.enterprise.id);
    const list = await listRequestsForSme(context!, { page: 1 });
    // Soonest deadline first, then requests without a deadline, newest first.
    expect(list.items.map((item) => [item.title, item.fit, item.forwarded])).toEqual([
      ["Tempe", "exact", false],
      ["Mebel diteruskan", null, true],
      ["Tahu", "group", false],
    ]);
    expect(new Set(list.items.map((item) => item.id))).toEqual(new Set([exact.id, group.id, forwarded.id]));
    expect(list.total).toBe(3);

    const detail = await getRequestForSme(context!, group.id);
    expect(detail).toMatchObject({ id: group.id, fit: "group", forwarded: false, ownOffer: null });
    expect(detail).not.toHaveProperty("createdBy");
    const other = (await db.sourcingRequest.findFirstOrThrow({ where: { title: "Mebel lain" } })).id;
    expect(await getRequestForSme(context!, other)).toBeNull();

    await db.enterprise.update({ where: { id: sme.enterprise.id }, data: { status: "REVISION_REQUESTED" } });
    const hidden = await getSmeSourcingContext(sme.enterprise.id);
    expect((await listRequestsForSme(hidden!, { page: 1 })).items).toEqual([]);
    expect(await getRequestForSme(hidden!, exact.id)).toBeNull();
  });
});
