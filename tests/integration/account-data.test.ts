// UU PDP access, portability and deletion (issue 3's acceptance): the export holds the user's
// rows from every table that holds them, and deletion leaves no personal data about the user
// anywhere in the database, while the programme's records (the business, its event history,
// the audit trail) stay.
import { beforeEach, describe, expect, it } from "vitest";
import { GET as downloadData } from "@/app/(account)/akun/unduh-data/route";
import { changePasswordAction, deleteMyAccountAction, saveContactDetailsAction, saveLanguageAction } from "@/lib/my-account/actions";
import { deletedUserEmail } from "@/lib/my-account/delete";
import { exportedTables } from "@/lib/my-account/export";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { clearCookieWrites, cookieWrites, setRequestCookie, setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs, submit } from "./support/actions";

setRequestHeaders({ "x-temu-socket-address": "203.0.113.9" });

const person = { email: "kartika.pramesti@contoh.test", name: "Raden Ayu Kartika Pramesti", phone: "+6281299887766" };
const password = "Bandeng presto 2026!";

/** A user with rows in every table that can hold a user's data, and a bystander with their own. */
async function seedPerson() {
  const [batik, bandeng] = await Promise.all([
    db.kbli.findFirstOrThrow({ where: { version: "2020", code: "13134" }, select: { id: true } }),
    db.kbli.findFirstOrThrow({ where: { version: "2020", level: "SUBCLASS", code: { startsWith: "102" } }, select: { id: true } }),
  ]);
  const buyer = await db.buyerOrganization.create({ data: { slug: "toko-uji", name: "PT Toko Uji", kind: "RETAILER", city: "Jakarta" } });
  const partner = await db.partnerOrganization.create({ data: { slug: "bank-uji", name: "Bank Uji", kind: "HIMBARA_BANK" } });
  const user = await db.user.create({
    data: {
      ...person,
      passwordHash: await hashPassword(password),
      role: "SME",
      emailVerifiedAt: new Date(),
      lastSignInAt: new Date(),
      buyerOrganizationId: buyer.id,
      partnerOrganizationId: partner.id,
    },
  });
  const bystander = await db.user.create({ data: { email: "admin@contoh.test", name: "Admin Uji", role: "ADMIN" } });
  const enterprise = await db.enterprise.create({
    data: {
      slug: "batik-uji",
      ownerId: user.id,
      legalName: "UD Batik Uji",
      legalForm: "UD",
      kecamatanCode: "33.74.04",
      primaryKbliId: batik.id,
      phone: person.phone,
      whatsapp: person.phone,
      email: person.email,
      capitalRupiah: 250_000_000n,
      additionalKbli: { create: { kbliId: bandeng.id } },
      certificates: { create: { type: "HALAL", number: "ID33110000123450926" } },
      products: { create: { slug: "kain-batik-uji", nameId: "Kain batik tulis", descriptionId: "Batik tulis", unit: "lembar", priceMinRupiah: 350_000n } },
    },
  });
  const event = await db.event.create({
    data: {
      slug: "temu-uji",
      title: "Temu Usaha Uji",
      kind: "BUSINESS_MATCHING",
      quarter: "2026-Q3",
      description: "Uji",
      venue: "Balai Kota",
      startsAt: new Date("2026-09-16T08:00:00+07:00"),
      endsAt: new Date("2026-09-16T16:00:00+07:00"),
      status: "COMPLETED",
      createdById: user.id,
    },
  });
  const sme = await db.eventParticipant.create({ data: { eventId: event.id, kind: "SME", enterpriseId: enterprise.id, status: "APPROVED" } });
  const buyerSeat = await db.eventParticipant.create({ data: { eventId: event.id, kind: "BUYER", buyerId: buyer.id, status: "APPROVED" } });
  const request = await db.sourcingRequest.create({
    data: { buyerId: buyer.id, createdById: user.id, title: "Batik seragam", description: "500 lembar", quantityPerMonth: 500, unit: "lembar" },
  });
  const match = await db.match.create({
    data: { eventId: event.id, enterpriseId: enterprise.id, buyerId: buyer.id, sourcingRequestId: request.id, score: 82, components: { kbli: 40 }, status: "APPROVED" },
  });
  await db.meeting.create({
    data: {
      eventId: event.id,
      matchId: match.id,
      smeParticipantId: sme.id,
      buyerParticipantId: buyerSeat.id,
      status: "HELD",
      smeOutcome: "DEAL",
      smeValueRupiah: 175_000_000n,
      outcome: "DEAL",
      dealValueRupiah: 175_000_000n,
      startsAt: new Date("2026-09-16T09:00:00+07:00"),
      endsAt: new Date("2026-09-16T09:20:00+07:00"),
      tableNumber: 1,
    },
  });
  await db.partnerConsent.create({
    data: { enterpriseId: enterprise.id, partnerOrganizationId: partner.id, purpose: "KUR_FINANCING", outcomes: { create: { kind: "KUR_APPROVED", amountRupiah: 50_000_000n } } },
  });
  await db.enterprisePendingChange.create({ data: { enterpriseId: enterprise.id, fields: { brandName: "Batik Uji Baru" }, submittedById: user.id } });
  await db.exportReadinessAssessment.create({ data: { enterpriseId: enterprise.id, answers: { q1: "a" }, score: 40, tier: "BELUM_SIAP", submittedById: user.id } });
  await db.sourcingOffer.create({ data: { requestId: request.id, enterpriseId: enterprise.id, createdById: user.id, priceRupiah: 300_000n, unit: "lembar", minOrder: 20, leadTimeDays: 14 } });
  await db.inquiry.create({
    data: { buyerId: buyer.id, createdById: user.id, enterpriseId: enterprise.id, subject: "Tanya batik", messages: { create: { authorId: user.id, side: "BUYER", body: "Ada stok?" } } },
  });
  await db.notification.create({ data: { userId: user.id, kind: "NEW_MATCH", title: "Pasangan baru", body: "PT Toko Uji", dedupeKey: `uji:${user.id}` } });
  await db.notification.create({ data: { userId: bystander.id, kind: "NEW_MATCH", title: "Bukan miliknya", body: "-", dedupeKey: `uji:${bystander.id}` } });
  await db.auditLog.createMany({
    data: [
      { actorId: user.id, action: "auth.sign-in", entityType: "User", entityId: user.id, ip: "198.51.100.4", data: { email: person.email } },
      { actorId: bystander.id, action: "user.role-change", entityType: "User", entityId: user.id, ip: "198.51.100.5", data: { name: person.name } },
      { actorId: null, action: "auth.sign-in-failed", entityType: "User", ip: "198.51.100.6", data: { email: person.email } },
      { actorId: bystander.id, action: "auth.sign-in", entityType: "User", entityId: bystander.id, ip: "198.51.100.7" },
    ],
  });
  await db.signInAttempt.createMany({
    data: [
      { email: person.email, ip: "198.51.100.4", succeeded: true },
      { email: person.email, ip: "198.51.100.6", succeeded: false },
      { email: "admin@contoh.test", ip: "198.51.100.7", succeeded: true },
    ],
  });
  signInAs(user);
  return { user, bystander, enterprise, event };
}

/** Every table and column that holds text (text, varchar, char, json, text[]) in the app's schema. */
async function textColumns() {
  return db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema()
       AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR udt_name IN ('_text', '_varchar', '_bpchar'))
     ORDER BY table_name, column_name`;
}

/** "Table.column" for every column holding `needle` (case-insensitive) in any row. */
async function columnsContaining(needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of await textColumns()) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), $1) > 0`,
      needle.toLowerCase(),
    );
    if ((row?.n ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

const initial = { ok: false };

describe("my data: export and deletion", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
    setRequestCookie("NEXT_LOCALE", "id");
    clearCookieWrites();
  });

  it("exports the user's rows from every table that holds them, as a JSON attachment", async () => {
    const { user, bystander } = await seedPerson();
    const response = await downloadData();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="temu-usaha-data-\d{4}-\d{2}-\d{2}\.json"$/);

    const body = (await response.json()) as { format: string; tables: Record<string, Record<string, unknown>[]> };
    expect(body.format).toBe("temu-usaha.account-export");
    expect(Object.keys(body.tables)).toEqual([...exportedTables]);
    for (const table of exportedTables) expect(body.tables[table]?.length, table).toBeGreaterThan(0);

    const [exportedUser] = body.tables.User ?? [];
    expect(exportedUser).toMatchObject({ id: user.id, email: person.email, name: person.name, phone: person.phone });
    expect(exportedUser).not.toHaveProperty("passwordHash");
    expect(body.tables.Enterprise?.[0]).toMatchObject({ slug: "batik-uji", capitalRupiah: "250000000" });
    expect(body.tables.Meeting?.[0]).toMatchObject({ side: "SME", ownOutcome: "DEAL", ownValueRupiah: "175000000" });
    expect(body.tables.PartnerConsent?.[0]).toMatchObject({ purpose: "KUR_FINANCING", revokedAt: null, partnerOrganization: { name: "Bank Uji" }, outcomes: [{ kind: "KUR_APPROVED", amountRupiah: "50000000" }] });
    expect((body.tables.Notification ?? []).map((row) => row.title)).toEqual(["Pasangan baru"]);
    // Their own audit entries and the ones about them, including this export; not the bystander's.
    const actions = (body.tables.AuditLog ?? []).map((row) => row.action);
    expect(actions).toEqual(["auth.sign-in", "user.role-change", "user.export-data"]);
    expect(typeof body.tables.AuditLog?.[0]?.id).toBe("string");
    expect((body.tables.SignInAttempt ?? []).map((row) => row.succeeded)).toEqual([true, false]);
    expect(JSON.stringify(body)).not.toContain(bystander.email);

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.export-data" } });
    expect(audit).toMatchObject({ actorId: user.id, entityId: user.id, ip: "203.0.113.9" });
  });

  it("refuses to delete without the right password, and stops guessing at the sign-in limit", async () => {
    const { user } = await seedPerson();
    await db.signInAttempt.deleteMany();
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await deleteMyAccountAction(initial, form({ password: "bukan kata sandinya" }));
      expect(result.fieldErrors).toEqual({ password: ["MyAccount.currentPasswordWrong"] });
    }
    // Five wrong guesses: even the right password waits now, as at the sign-in form.
    expect((await deleteMyAccountAction(initial, form({ password }))).fieldErrors).toEqual({ password: ["MyAccount.tooManyAttempts"] });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, deletedAt: true } })).toEqual({
      email: person.email,
      deletedAt: null,
    });
  });

  it("deletes: no personal data left in any table, the programme's records kept, the session ended", async () => {
    const { user, bystander, enterprise, event } = await seedPerson();
    const auditRowsBefore = await db.auditLog.count();
    // The scan below finds the person's data where it is (so its empty results mean something).
    expect(await columnsContaining(person.email)).toEqual(["AuditLog.data", "Enterprise.email", "SignInAttempt.email", "User.email"]);
    expect(await columnsContaining(person.phone)).toEqual(["Enterprise.phone", "Enterprise.whatsapp", "User.phone"]);

    expect(await submit(deleteMyAccountAction, { password })).toEqual({ redirect: "/" });
    expect(cookieWrites()).toEqual([{ name: "next-auth.session-token", value: "", maxAge: 0 }]);

    // Nothing personal anywhere: every text and JSON column of every table is scanned.
    expect(await columnsContaining(person.email)).toEqual([]);
    expect(await columnsContaining(person.name)).toEqual([]);
    expect(await columnsContaining(person.phone)).toEqual([]);
    expect(await columnsContaining("kartika")).toEqual([]);

    const anonymised = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(anonymised).toMatchObject({
      email: deletedUserEmail(user.id),
      name: "Pengguna dihapus",
      phone: null,
      passwordHash: null,
      status: "DEACTIVATED",
      emailVerifiedAt: null,
      buyerOrganizationId: null,
      partnerOrganizationId: null,
    });
    expect(anonymised.deletedAt).toBeInstanceOf(Date);

    // Kept: the business and its event history (statistics), without the owner or contacts.
    expect(await db.enterprise.findUniqueOrThrow({ where: { id: enterprise.id } })).toMatchObject({
      ownerId: null,
      phone: null,
      whatsapp: null,
      email: null,
      legalName: "UD Batik Uji",
    });
    expect(await db.eventParticipant.count({ where: { eventId: event.id } })).toBe(2);
    expect(await db.meeting.count({ where: { eventId: event.id, outcome: "DEAL" } })).toBe(1);
    expect(await db.match.count()).toBe(1);
    expect(await db.sourcingRequest.count()).toBe(1);

    // Kept: the audit trail's rows (plus the deletion and what it closed: the partner consent, and
    // the open inquiry, the offer, and the open request of the organisation the person was the
    // only member of), without the user's IPs or personal details.
    expect(await db.auditLog.count()).toBe(auditRowsBefore + 5);
    const userRows = await db.auditLog.findMany({ where: { OR: [{ actorId: user.id }, { entityId: user.id }] }, orderBy: { id: "asc" } });
    const closure = ["consent.revoke", "inquiry.close", "sourcing-offer.withdraw", "sourcing-request.close"];
    for (const row of userRows) expect(row).toMatchObject({ ip: null, ...(closure.includes(row.action) ? { data: expect.objectContaining({ reason: "account-deleted" }) } : { data: null }) });
    expect(userRows.map((row) => row.action).slice(-5)).toEqual([...closure, "user.delete"]);
    expect(await db.auditLog.count({ where: { actorId: bystander.id, entityId: bystander.id, ip: "198.51.100.7" } })).toBe(1);
    expect(await db.signInAttempt.findMany({ select: { email: true } })).toEqual([{ email: "admin@contoh.test" }]);
    // The person's notifications go; the bystander's stay.
    expect(await db.notification.findMany({ select: { title: true } })).toEqual([{ title: "Bukan miliknya" }]);
  });
});

describe("my account: contact details, language, password", () => {
  beforeEach(async () => {
    await resetData();
    clearCookieWrites();
  });

  it("changes only the signed-in user's own contact details and language, whatever the form says", async () => {
    const { user, bystander } = await seedPerson();
    const saved = await saveContactDetailsAction(initial, form({ name: "  Kartika P. ", phone: "+62 811 222 3333", userId: bystander.id }));
    expect(saved).toEqual({ ok: true, message: "MyAccount.contactSaved" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, phone: true } })).toEqual({ name: "Kartika P.", phone: "+62 811 222 3333" });
    expect(await db.user.findUniqueOrThrow({ where: { id: bystander.id }, select: { name: true } })).toEqual({ name: "Admin Uji" });
    expect(await db.auditLog.findFirst({ where: { action: "user.update-profile" }, select: { actorId: true, data: true } })).toEqual({
      actorId: user.id,
      data: { fields: ["name", "phone"] },
    });
    const invalid = await saveContactDetailsAction(initial, form({ name: "K", phone: "12ab" }));
    expect(invalid.fieldErrors).toEqual({ name: ["MyAccount.nameRequired"], phone: ["MyAccount.phoneInvalid"] });

    expect(await saveLanguageAction(initial, form({ locale: "en" }))).toEqual({ ok: true, message: "MyAccount.languageSaved" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).toEqual({ locale: "en" });
    expect(cookieWrites()).toEqual([{ name: "NEXT_LOCALE", value: "en", maxAge: 31_536_000 }]);
  });

  it("changes the password only with the current one and only to one the policy accepts", async () => {
    const { user } = await seedPerson();
    const attempt = (fields: Record<string, string>) => changePasswordAction(initial, form({ confirmPassword: fields.newPassword ?? "", ...fields }));
    expect((await attempt({ currentPassword: "salah sekali", newPassword: "Lumpia semarang enak" })).fieldErrors).toEqual({ currentPassword: ["MyAccount.currentPasswordWrong"] });
    expect((await attempt({ currentPassword: password, newPassword: "pendek" })).fieldErrors).toEqual({ newPassword: ["Validation.passwordTooShort"] });
    expect((await attempt({ currentPassword: password, newPassword: "Password123!" })).fieldErrors).toEqual({ newPassword: ["Validation.passwordCommon"] });
    expect((await attempt({ currentPassword: password, newPassword: person.email })).fieldErrors).toEqual({ newPassword: ["Validation.passwordLikeEmail"] });
    expect((await attempt({ currentPassword: password, newPassword: password })).fieldErrors).toEqual({ newPassword: ["MyAccount.passwordUnchanged"] });
    expect((await changePasswordAction(initial, form({ currentPassword: password, newPassword: "Lumpia semarang enak", confirmPassword: "x" }))).fieldErrors).toEqual({
      confirmPassword: ["MyAccount.passwordMismatch"],
    });
    expect(await db.auditLog.count({ where: { action: "user.password-change" } })).toBe(0);

    // Success ends every session, this one too, and sends the user to sign in again.
    clearCookieWrites();
    await expect(attempt({ currentPassword: password, newPassword: "Lumpia semarang enak" })).rejects.toThrow("NEXT_REDIRECT");
    const { passwordHash, sessionsValidFrom } = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, sessionsValidFrom: true },
    });
    expect(await verifyPassword(passwordHash ?? "", "Lumpia semarang enak")).toBe(true);
    expect(sessionsValidFrom).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.password-change", actorId: user.id, ip: "203.0.113.9" } })).toBe(1);
  });
});
