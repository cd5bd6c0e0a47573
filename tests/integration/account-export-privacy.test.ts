// The personal-data download (UU PDP right of access) holds the person's own data and none of
// anyone else's: an SME's and a buyer's download give what their own pages show them (the matches
// shown to them, their own answers, their own side of a meeting's result) and the record of
// processing about them by role, never staff's notes, the other side's records, other people's
// identities or addresses.
import { beforeEach, describe, expect, it } from "vitest";
import { buildAccountExport, exportVersion } from "@/lib/my-account/export";
import { db } from "@/lib/db";
import { resetData } from "./reset";
import { seedBuyer, seedSme } from "./support/sourcing";

const secret = {
  staffNote: "CATATAN-STAF-RAHASIA",
  buyerNote: "CATATAN-PEMBELI-RAHASIA",
  smeNote: "catatan ikm sendiri",
  partnerNote: "CATATAN-MITRA-RAHASIA",
  staffIp: "192.0.2.77",
  strangerIp: "203.0.113.66",
  smeIp: "198.51.100.20",
  buyerIp: "198.51.100.30",
  colleagueRequest: "Permintaan rekan kerja",
};

async function seedScene() {
  const sme = await seedSme("batik-privasi", ["13134"]);
  const otherSme = await seedSme("tenun-lain", ["13134"]);
  const buyer = await seedBuyer("toko-privasi");
  const colleague = await db.user.create({
    data: { email: "rekan.kerja@contoh.test", name: "Rekan Kerja Pembeli", role: "BUYER", buyerOrganizationId: buyer.organization.id },
  });
  const vetoedBuyer = await seedBuyer("ditolak-staf");
  const undecidedBuyer = await seedBuyer("belum-diputuskan");
  const staff = await db.user.create({ data: { email: "petugas.rahasia@contoh.test", name: "Petugas Rahasia", role: "STAFF" } });
  const partnerOrganization = await db.partnerOrganization.create({ data: { slug: "bank-privasi", name: "Bank Privasi", kind: "HIMBARA_BANK" } });
  const partnerUser = await db.user.create({
    data: { email: "mitra.bank@contoh.test", name: "Mitra Bank", role: "PARTNER", partnerOrganizationId: partnerOrganization.id },
  });

  const event = await db.event.create({
    data: {
      slug: "temu-privasi",
      title: "Temu Usaha Privasi",
      kind: "BUSINESS_MATCHING",
      quarter: "2026-Q3",
      description: "Uji",
      venue: "Balai Kota",
      startsAt: new Date("2026-09-16T08:00:00+07:00"),
      endsAt: new Date("2026-09-16T16:00:00+07:00"),
      status: "COMPLETED",
      schedulePublishedAt: new Date("2026-09-10T08:00:00+07:00"),
      createdById: staff.id,
    },
  });
  const smeSeat = await db.eventParticipant.create({
    data: { eventId: event.id, kind: "SME", enterpriseId: sme.enterprise.id, status: "APPROVED", applicationNote: "Batik tulis untuk hotel", checkInCode: "KODE-SME" },
  });
  const buyerSeat = await db.eventParticipant.create({
    data: { eventId: event.id, kind: "BUYER", buyerId: buyer.organization.id, status: "APPROVED", applicationNote: "Mencari batik seragam", checkInCode: "KODE-BUYER" },
  });
  const components = [["kbli", 1, 40, 40, true, "same", { code: "13134" }]];
  const shown = await db.match.create({
    data: {
      eventId: event.id,
      enterpriseId: sme.enterprise.id,
      buyerId: buyer.organization.id,
      score: 82,
      components,
      status: "APPROVED",
      smeResponse: "ACCEPTED",
      buyerResponse: "DECLINED",
      staffNote: secret.staffNote,
    },
  });
  await db.match.create({ data: { eventId: event.id, enterpriseId: sme.enterprise.id, buyerId: vetoedBuyer.organization.id, score: 51, components, status: "VETOED" } });
  await db.match.create({ data: { eventId: event.id, enterpriseId: sme.enterprise.id, buyerId: undecidedBuyer.organization.id, score: 64, components, status: "SUGGESTED" } });
  // The buyer's organisation's matches with another SME that staff have not shown anyone.
  await db.match.create({ data: { eventId: event.id, enterpriseId: otherSme.enterprise.id, buyerId: buyer.organization.id, score: 70, components, status: "SUGGESTED" } });
  // A city-wide run outside any event: nobody's page shows it.
  await db.match.create({ data: { enterpriseId: sme.enterprise.id, buyerId: buyer.organization.id, score: 77, components, status: "APPROVED" } });

  const meeting = await db.meeting.create({
    data: {
      eventId: event.id,
      matchId: shown.id,
      smeParticipantId: smeSeat.id,
      buyerParticipantId: buyerSeat.id,
      requestedById: buyerSeat.id,
      status: "HELD",
      mustHappen: true,
      placedByStaff: true,
      smeOutcome: "SAMPLE",
      smeValueRupiah: 5_000_000n,
      buyerOutcome: "DEAL",
      buyerValueRupiah: 987_654_321n,
      outcome: "DEAL",
      dealValueRupiah: 987_654_321n,
      outcomeAt: new Date("2026-09-17T10:00:00+07:00"),
      notes: `IKM: ${secret.smeNote}\nPembeli: ${secret.buyerNote}`,
      startsAt: new Date("2026-09-16T09:00:00+07:00"),
      endsAt: new Date("2026-09-16T09:20:00+07:00"),
      tableNumber: 4,
    },
  });

  const request = await db.sourcingRequest.create({
    data: { buyerId: buyer.organization.id, createdById: buyer.user.id, title: "Batik seragam", description: "500 lembar", quantityPerMonth: 500, unit: "lembar" },
  });
  await db.sourcingRequest.create({
    data: { buyerId: buyer.organization.id, createdById: colleague.id, title: secret.colleagueRequest, description: "-", quantityPerMonth: 5, unit: "pak" },
  });
  await db.sourcingOffer.create({
    data: { requestId: request.id, enterpriseId: otherSme.enterprise.id, createdById: otherSme.owner.id, priceRupiah: 123_456n, unit: "lembar", minOrder: 10, leadTimeDays: 7 },
  });
  await db.partnerConsent.create({
    data: {
      enterpriseId: sme.enterprise.id,
      partnerOrganizationId: partnerOrganization.id,
      purpose: "KUR_FINANCING",
      outcomes: { create: { kind: "KUR_APPROVED", amountRupiah: 50_000_000n, note: secret.partnerNote, recordedById: partnerUser.id } },
    },
  });
  await db.certificate.create({
    data: { enterpriseId: sme.enterprise.id, type: "HALAL", number: "ID33110000999", verifiedAt: new Date(), verifiedById: staff.id },
  });
  await db.enterprise.update({ where: { id: sme.enterprise.id }, data: { assistedById: staff.id, assistedAt: new Date() } });

  await db.auditLog.createMany({
    data: [
      // What staff did to the SME's records and account, from the staff's address.
      { actorId: staff.id, action: "curation.publish", entityType: "Enterprise", entityId: sme.enterprise.id, ip: secret.staffIp, data: { reviewer: staff.email } },
      { actorId: staff.id, action: "user.deactivate", entityType: "User", entityId: sme.owner.id, ip: secret.staffIp, data: { by: staff.name } },
      { actorId: staff.id, action: "match.note", entityType: "Match", entityId: shown.id, ip: secret.staffIp, data: { note: secret.staffNote } },
      // The SME's and the buyer's own actions, from their own addresses.
      { actorId: sme.owner.id, action: "match.respond", entityType: "Match", entityId: shown.id, ip: secret.smeIp, data: { answer: "ACCEPTED" } },
      { actorId: buyer.user.id, action: "meeting.outcome", entityType: "Meeting", entityId: meeting.id, ip: secret.buyerIp, data: { side: "BUYER" } },
      // The colleague's action on the organisation, and a stranger's guess at the SME's email.
      { actorId: colleague.id, action: "buyer.update-profile", entityType: "BuyerOrganization", entityId: buyer.organization.id, ip: "198.51.100.99" },
      { actorId: null, action: "auth.sign-in-failed", entityType: "User", entityId: sme.owner.id, ip: secret.strangerIp, data: { email: sme.owner.email } },
    ],
  });
  await db.signInAttempt.createMany({
    data: [
      { email: sme.owner.email, ip: secret.smeIp, succeeded: true },
      { email: sme.owner.email, ip: secret.strangerIp, succeeded: false },
      { email: buyer.user.email, ip: secret.buyerIp, succeeded: true },
    ],
  });
  return { sme, otherSme, buyer, colleague, vetoedBuyer, undecidedBuyer, staff, partnerUser, event, shown, meeting };
}

type Row = Record<string, unknown>;
const rowsOf = (body: { tables: Record<string, readonly object[]> }, table: string) => (body.tables[table] ?? []) as Row[];

/** What is nobody's own to read: staff's and partners' identities and words, addresses of others. */
function expectNoneOfOthers(text: string, scene: Awaited<ReturnType<typeof seedScene>>) {
  for (const value of [secret.staffNote, secret.partnerNote, secret.staffIp, secret.strangerIp, "198.51.100.99", "KODE-"]) expect(text).not.toContain(value);
  for (const person of [scene.staff, scene.partnerUser, scene.colleague]) {
    expect(text).not.toContain(person.id);
    expect(text).not.toContain(person.email);
    expect(text).not.toContain(person.name);
  }
  expect(text).not.toContain(scene.vetoedBuyer.organization.name);
  expect(text).not.toContain(scene.undecidedBuyer.organization.name);
}

describe("personal-data download: only the person's own data", () => {
  beforeEach(resetData);

  it("gives the SME its shown matches, its own answers and outcome, and no one else's records", async () => {
    const scene = await seedScene();
    const body = await buildAccountExport(db, scene.sme.owner.id);
    const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    expectNoneOfOthers(text, scene);
    // The buyer's side of the meeting: never in the SME's file.
    expect(text).not.toContain(secret.buyerNote);
    expect(text).not.toContain("987654321");
    expect(text).not.toContain(scene.otherSme.enterprise.legalName);
    expect(text).not.toContain(scene.buyer.user.email);

    const matches = rowsOf(body, "Match");
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: scene.shown.id, score: 82, ownResponse: "ACCEPTED", otherParty: scene.buyer.organization.name, event: { slug: "temu-privasi" } });
    for (const key of ["staffNote", "buyerResponse", "status", "pinned", "manual", "components"]) expect(matches[0]).not.toHaveProperty(key);

    const meetings = rowsOf(body, "Meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ id: scene.meeting.id, side: "SME", status: "HELD", ownOutcome: "SAMPLE", ownValueRupiah: 5_000_000n, tableNumber: 4, otherParty: scene.buyer.organization.name });
    for (const key of ["notes", "buyerOutcome", "buyerValueRupiah", "outcome", "dealValueRupiah", "requestedById", "mustHappen", "placedByStaff", "smeParticipantId", "buyerParticipantId"]) {
      expect(meetings[0]).not.toHaveProperty(key);
    }

    const [enterprise] = rowsOf(body, "Enterprise");
    expect(enterprise).toMatchObject({ slug: "batik-privasi", legalName: scene.sme.enterprise.legalName });
    expect(enterprise).not.toHaveProperty("assistedById");
    expect(rowsOf(body, "Certificate")[0]).not.toHaveProperty("verifiedById");
    expect(rowsOf(body, "EventParticipant")).toEqual([expect.objectContaining({ kind: "SME", applicationNote: "Batik tulis untuk hotel" })]);
    expect(rowsOf(body, "EventParticipant")[0]).not.toHaveProperty("checkInCode");
    expect(rowsOf(body, "PartnerConsent")[0]).toMatchObject({ purpose: "KUR_FINANCING", partnerOrganization: { name: "Bank Privasi" }, outcomes: [{ kind: "KUR_APPROVED", amountRupiah: 50_000_000n }] });
    // The event staff created is staff's record, not the SME's.
    expect(rowsOf(body, "Event")).toEqual([]);

    // The record of processing: what was done, when, by which role; an address only on its own rows.
    const audit = rowsOf(body, "AuditLog");
    expect(audit.map((row) => [row.action, row.by])).toEqual([
      ["curation.publish", "STAFF"],
      ["user.deactivate", "STAFF"],
      ["match.respond", "self"],
      ["auth.sign-in-failed", "system"],
    ]);
    expect(audit.find((row) => row.action === "match.respond")).toMatchObject({ ip: secret.smeIp });
    for (const row of audit) {
      expect(row).not.toHaveProperty("actorId");
      expect(row).not.toHaveProperty("data");
      if (row.by !== "self") expect(row).not.toHaveProperty("ip");
    }
    // Sign-in attempts for the email: the owner's own address only on the ones that succeeded.
    expect(rowsOf(body, "SignInAttempt").map((row) => [row.succeeded, row.ip ?? null])).toEqual([
      [true, secret.smeIp],
      [false, null],
    ]);
    // A new shape of the file: a new version number.
    expect(body.version).toBe(exportVersion);
    expect(exportVersion).toBe(2);
  });

  it("gives the buyer the organisation's shown matches, its own outcome, and no colleague's or SME's records", async () => {
    const scene = await seedScene();
    const body = await buildAccountExport(db, scene.buyer.user.id);
    const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    expectNoneOfOthers(text, scene);
    expect(text).not.toContain(secret.smeNote);
    expect(text).not.toContain(secret.colleagueRequest);
    expect(text).not.toContain("5000000\"");
    expect(text).not.toContain("SAMPLE");
    expect(text).not.toContain(scene.otherSme.enterprise.legalName);
    expect(text).not.toContain(scene.otherSme.enterprise.brandName ?? "-");
    expect(text).not.toContain("123456");
    expect(text).not.toContain(scene.sme.owner.email);

    const matches = rowsOf(body, "Match");
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: scene.shown.id, ownResponse: "DECLINED", otherParty: scene.sme.enterprise.brandName });
    expect(matches[0]).not.toHaveProperty("smeResponse");
    expect(matches[0]).not.toHaveProperty("staffNote");

    const meetings = rowsOf(body, "Meeting");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ side: "BUYER", ownOutcome: "DEAL", ownValueRupiah: 987_654_321n });
    expect(meetings[0]).not.toHaveProperty("notes");

    expect(rowsOf(body, "EventParticipant")).toEqual([expect.objectContaining({ kind: "BUYER", applicationNote: "Mencari batik seragam" })]);
    expect(rowsOf(body, "SourcingRequest").map((row) => row.title)).toEqual(["Batik seragam"]);
    expect(rowsOf(body, "SourcingRequest")[0]).not.toHaveProperty("offers");
    expect(rowsOf(body, "BuyerOrganization")).toEqual([expect.objectContaining({ name: scene.buyer.organization.name })]);
    expect(rowsOf(body, "BuyerOrganization")[0]).not.toHaveProperty("users");
    expect(rowsOf(body, "AuditLog").map((row) => [row.action, row.by, row.ip])).toEqual([["meeting.outcome", "self", secret.buyerIp]]);
  });
});
