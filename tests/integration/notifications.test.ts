// Notifications over the job queue (lib/notifications, lib/jobs): each kind of happening makes one
// notification per recipient and, once the queue has run, one email; repeating the happening or
// the queue adds nothing. A failed send is retried; two workers never take the same job; digest
// users get one daily email; the centre shows and changes only the user's own notifications.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sendCertificateReminders } from "@/lib/certificates/reminders";
import { reviewEnterprise } from "@/lib/curation/mutations";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { notifyDecision } from "@/lib/events/notify";
import { decideParticipants } from "@/lib/events/mutations";
import { notifyInquiry } from "@/lib/inquiries/notify";
import { enqueue, runJobs } from "@/lib/jobs/queue";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { decideMatch } from "@/lib/matching/curation";
import { notifyMeetingRequest, notifySchedulePublished } from "@/lib/meetings/notify";
import { markAllNotificationsReadAction, markNotificationReadAction, saveEmailDigestAction } from "@/lib/notifications/actions";
import { enqueueDigests } from "@/lib/notifications/digest";
import { notify } from "@/lib/notifications/notify";
import { listNotifications, unreadCount } from "@/lib/notifications/queries";
import { notifyOffer } from "@/lib/sourcing/notify";
import { initial, mailTo } from "./support/accounts";
import { addParticipant, placeMeeting, seedEvent } from "./support/event-day";
import { daysFromToday, seedBuyer, seedRequest, seedSme, seedStaff } from "./support/sourcing";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";

setRequestHeaders({});

async function notificationsOf(userId: string) {
  return db.notification.findMany({ where: { userId }, select: { kind: true, title: true, link: true, emailedAt: true }, orderBy: { createdAt: "asc" } });
}

/** The happening twice and the queue twice: still one notification and one email per recipient. */
async function expectOnce(happening: () => Promise<unknown>, recipients: { id: string; email: string }[], kind: string) {
  await happening();
  await happening();
  await processPendingJobs();
  await processPendingJobs();
  for (const recipient of recipients) {
    const rows = await notificationsOf(recipient.id);
    expect(rows, recipient.email).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind, emailedAt: expect.any(Date) });
    const mails = await mailTo(recipient.email);
    expect(mails, recipient.email).toHaveLength(1);
    expect(mails[0]?.subject).toBe(rows[0]?.title);
  }
  expect(await db.job.count({ where: { doneAt: null } })).toBe(0);
}

const scores = { legality: 3, qualityCapacity: 2, marketReach: 3, competitiveAdvantage: 2 };

describe("notifications over the job queue", () => {
  beforeEach(async () => {
    await resetData();
    signInAs(null);
  });

  afterEach(() => {
    delete process.env.SMTP_URL;
    resetEnvCache();
  });

  it("registration decisions: the SME owner and every buyer user, once each, with the calendar file", async () => {
    const event = await seedEvent("temu-notif", { startsAt: new Date(Date.now() + 7 * 86_400_000) });
    const sme = await seedSme("notif-ikm", ["10794"]);
    const buyer = await seedBuyer("notif-pembeli");
    const colleague = await db.user.create({ data: { email: `rekan.${buyer.user.email}`, name: "Rekan", role: "BUYER", buyerOrganizationId: buyer.organization.id } });
    const staff = await seedStaff("notif");
    const smeParticipant = await addParticipant(event.id, { enterpriseId: sme.enterprise.id }, "APPLIED");
    const buyerParticipant = await addParticipant(event.id, { buyerId: buyer.organization.id }, "APPLIED");
    const result = await db.$transaction((tx) =>
      decideParticipants(tx, staff.user.id, { eventId: event.id, decision: "approve", participantIds: [smeParticipant.id, buyerParticipant.id], seenStatus: { [smeParticipant.id]: "APPLIED", [buyerParticipant.id]: "APPLIED" } }),
    );
    await expectOnce(() => notifyDecision(result), [sme.owner, buyer.user, colleague], "REGISTRATION_DECISION");
    const [mail] = await mailTo(sme.owner.email);
    expect(mail?.attachments[0]).toMatchObject({ filename: `${event.slug}.ics`, contentType: "text/calendar" });
  });

  it("curation results: each review is one notification and one email to the owner, with the staff note", async () => {
    const sme = await seedSme("notif-kurasi", ["10794"], "SUBMITTED");
    const staff = await seedStaff("kurator");
    const review = () =>
      db.$transaction((tx) => reviewEnterprise(tx, { userId: staff.user.id }, { ...scores, enterpriseId: sme.enterprise.id, version: 0, decision: "REQUEST_REVISION", comment: "Lengkapi foto produksi." }));
    await review();
    await processPendingJobs();
    await processPendingJobs();
    expect(await mailTo(sme.owner.email)).toHaveLength(1);
    // Staff may review a profile waiting for the owner again: a second decision, a second notification.
    await review();
    await processPendingJobs();
    const rows = await notificationsOf(sme.owner.id);
    expect(rows.map((row) => row.kind)).toEqual(["CURATION_RESULT", "CURATION_RESULT"]);
    expect(rows[0]?.link).toBe("/ikm/kurasi");
    const mails = await mailTo(sme.owner.email);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text).toContain("Lengkapi foto produksi.");
  });

  it("new matches: staff approval tells the SME owner and the buyer's users", async () => {
    const event = await seedEvent("temu-cocok", { startsAt: new Date(Date.now() + 7 * 86_400_000) });
    const sme = await seedSme("cocok-ikm", ["10794"]);
    const buyer = await seedBuyer("cocok-pembeli");
    const staff = await seedStaff("cocok");
    const match = await db.match.create({ data: { eventId: event.id, enterpriseId: sme.enterprise.id, buyerId: buyer.organization.id, score: 70, components: [] } });
    await expectOnce(
      async () => {
        await db.$transaction((tx) => decideMatch(tx, staff.user.id, match.id, "approve"));
        await db.$transaction((tx) => decideMatch(tx, staff.user.id, match.id, "veto"));
      },
      [sme.owner, buyer.user],
      "NEW_MATCH",
    );
  });

  it("meeting requests and published schedules reach the other side once", async () => {
    const event = await seedEvent("temu-jadwal", { startsAt: new Date(Date.now() + 7 * 86_400_000) });
    const sme = await seedSme("jadwal-ikm", ["10794"]);
    const buyer = await seedBuyer("jadwal-pembeli");
    const pSme = await addParticipant(event.id, { enterpriseId: sme.enterprise.id });
    const pBuyer = await addParticipant(event.id, { buyerId: buyer.organization.id });
    const request = await db.meeting.create({ data: { eventId: event.id, smeParticipantId: pSme.id, buyerParticipantId: pBuyer.id, requestedById: pSme.id } });
    await expectOnce(() => notifyMeetingRequest(request.id, "request"), [buyer.user], "MEETING_REQUEST");
    expect(await notificationsOf(sme.owner.id)).toEqual([]);

    await db.meeting.delete({ where: { id: request.id } });
    await placeMeeting(event, pSme.id, pBuyer.id, 0, 1);
    await notifySchedulePublished(event.id);
    await notifySchedulePublished(event.id);
    await processPendingJobs();
    for (const user of [sme.owner, buyer.user]) {
      expect((await notificationsOf(user.id)).filter((row) => row.kind === "SCHEDULE_PUBLISHED")).toHaveLength(1);
    }
    expect(await mailTo(sme.owner.email)).toHaveLength(1);
    expect(await mailTo(buyer.user.email)).toHaveLength(2);
  });

  it("certificate expiry: one reminder per certificate and reminder day", async () => {
    const sme = await seedSme("sertifikat-ikm", ["10794"]);
    await db.certificate.create({ data: { enterpriseId: sme.enterprise.id, type: "HALAL", number: "ID-12345", expiresAt: daysFromToday(30) } });
    await expectOnce(() => sendCertificateReminders(new Date()), [sme.owner], "CERTIFICATE_EXPIRY");
  });

  it("inquiry messages: the SME owner and every active staff user", async () => {
    const sme = await seedSme("tanya-ikm", ["10794"]);
    const buyer = await seedBuyer("tanya-pembeli");
    const staff = await seedStaff("tanya");
    const inquiry = await db.inquiry.create({
      data: { buyerId: buyer.organization.id, createdById: buyer.user.id, enterpriseId: sme.enterprise.id, subject: "Harga grosir", messages: { create: { authorId: buyer.user.id, side: "BUYER", body: "Berapa harga untuk 500 pak?" } } },
    });
    const event = { inquiryId: inquiry.id, side: "BUYER" as const, authorId: buyer.user.id, body: "Berapa harga untuk 500 pak?" };
    await expectOnce(() => notifyInquiry(event, "new"), [sme.owner, staff.user], "INQUIRY_MESSAGE");
    expect(await notificationsOf(buyer.user.id)).toEqual([]);
  });

  it("sourcing offers: every user of the buyer's organisation", async () => {
    const sme = await seedSme("tawar-ikm", ["10794"]);
    const buyer = await seedBuyer("tawar-pembeli");
    const request = await seedRequest(buyer.organization.id, "10794");
    const offer = await db.sourcingOffer.create({
      data: { requestId: request.id, enterpriseId: sme.enterprise.id, createdById: sme.owner.id, priceRupiah: 12_500n, unit: "pak", minOrder: 100, leadTimeDays: 7 },
    });
    await expectOnce(() => notifyOffer({ requestId: request.id, offerId: offer.id, enterpriseId: sme.enterprise.id, revised: false }), [buyer.user], "SOURCING_OFFER");
  });

  it("retries a send that failed (SMTP unreachable) and delivers it once, on attempt 2", async () => {
    const sme = await seedSme("gagal-ikm", ["10794"]);
    const render = () => ({ title: "Judul", body: "Isi", email: { subject: "Percobaan kirim ulang", text: "Isi", html: "<p>Isi</p>" } });
    await notify(db, { recipients: [{ ...sme.owner, locale: "id" }], kind: "CURATION_RESULT", link: "/ikm/kurasi", dedupeKey: "retry-test", render });
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    resetEnvCache();
    expect(await processPendingJobs()).toEqual({ done: 0, failed: 1 });
    const failed = await db.job.findFirstOrThrow({ select: { attempts: true, runAt: true, lastError: true, doneAt: true } });
    expect(failed).toMatchObject({ attempts: 1, doneAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
    expect(failed.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    // Not due yet: running the queue again changes nothing.
    expect(await processPendingJobs()).toEqual({ done: 0, failed: 0 });

    delete process.env.SMTP_URL;
    resetEnvCache();
    await db.job.updateMany({ data: { runAt: new Date(Date.now() - 1000) } });
    expect(await processPendingJobs()).toEqual({ done: 1, failed: 0 });
    await processPendingJobs();
    expect(await db.job.findFirstOrThrow({ select: { attempts: true, doneAt: true } })).toMatchObject({ attempts: 2, doneAt: expect.any(Date) });
    expect(await mailTo(sme.owner.email)).toHaveLength(1);
    expect((await notificationsOf(sme.owner.id))[0]?.emailedAt).toBeInstanceOf(Date);
  });

  it("gives up after maxAttempts and marks the job failed", async () => {
    await enqueue(db, { queue: "test-fails", payload: {}, key: "always-fails" });
    await db.job.updateMany({ data: { maxAttempts: 2 } });
    const handler = { "test-fails": async () => Promise.reject(new Error("boom")) };
    await runJobs(db, handler);
    await db.job.updateMany({ data: { runAt: new Date(Date.now() - 1000) } });
    await runJobs(db, handler);
    expect(await db.job.findFirstOrThrow({ select: { attempts: true, failedAt: true, lastError: true } })).toMatchObject({ attempts: 2, failedAt: expect.any(Date), lastError: "boom" });
    await db.job.updateMany({ data: { runAt: new Date(Date.now() - 1000) } });
    expect(await runJobs(db, handler)).toEqual({ done: 0, failed: 0 });
  });

  it("two workers claiming at once never process a job twice", async () => {
    await enqueue(db, Array.from({ length: 30 }, (_, index) => ({ queue: "test-parallel", payload: { index }, key: `parallel:${index}` })));
    const seen: number[] = [];
    const handler = {
      "test-parallel": async (payload: unknown) => {
        seen.push((payload as { index: number }).index);
        await new Promise((resolve) => setTimeout(resolve, 2));
      },
    };
    const results = await Promise.all([runJobs(db, handler), runJobs(db, handler), runJobs(db, handler)]);
    expect(results.reduce((sum, result) => sum + result.done, 0)).toBe(30);
    expect(seen.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, index) => index));
    expect(await db.job.count({ where: { attempts: 1, doneAt: { not: null } } })).toBe(30);
  });

  it("a digest user gets no immediate email and one digest listing both notifications", async () => {
    const sme = await seedSme("ringkas-ikm", ["10794"]);
    signInAs({ ...sme.session });
    expect(await saveEmailDigestAction(initial, form({ emailMode: "digest" }))).toEqual({ ok: true, message: "Notifications.digestSaved" });
    const recipient = { ...sme.owner, locale: "id" as const };
    for (const title of ["Pertama", "Kedua"]) {
      await notify(db, { recipients: [recipient], kind: "NEW_MATCH", link: null, dedupeKey: title, render: () => ({ title, body: `Isi ${title}`, email: { subject: title, text: title, html: title } }) });
    }
    await processPendingJobs();
    expect(await mailTo(sme.owner.email)).toEqual([]);

    expect(await enqueueDigests()).toBe(1);
    expect(await enqueueDigests()).toBe(0);
    await processPendingJobs();
    const mails = await mailTo(sme.owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain("Pertama");
    expect(mails[0]?.text).toContain("Kedua");
    expect((await notificationsOf(sme.owner.id)).every((row) => row.emailedAt)).toBe(true);
    // Nothing left to tell: tomorrow's run finds no one.
    expect(await enqueueDigests(db, new Date(Date.now() + 86_400_000))).toBe(0);
  });

  it("the centre lists and marks only the user's own notifications", async () => {
    const mine = await seedSme("pusat-ikm", ["10794"]);
    const other = await seedSme("pusat-lain", ["10794"]);
    const make = (user: { id: string; email: string; name: string }, key: string) =>
      notify(db, { recipients: [{ ...user, locale: "id" }], kind: "NEW_MATCH", link: "/ikm/pasangan", dedupeKey: key, render: () => ({ title: key, body: key }) });
    await make(mine.owner, "satu");
    await make(mine.owner, "dua");
    await make(other.owner, "tiga");
    const list = await listNotifications(mine.owner.id, 1);
    expect(list.total).toBe(2);
    expect(list.items.map((item) => item.title).toSorted()).toEqual(["dua", "satu"]);

    const theirs = await db.notification.findFirstOrThrow({ where: { userId: other.owner.id }, select: { id: true } });
    signInAs(mine.session);
    await markNotificationReadAction(initial, form({ notificationId: theirs.id }));
    expect(await unreadCount(other.owner.id)).toBe(1);

    await markNotificationReadAction(initial, form({ notificationId: list.items[0]!.id }));
    expect(await unreadCount(mine.owner.id)).toBe(1);
    await markAllNotificationsReadAction(initial, form({ scope: "all" }));
    expect(await unreadCount(mine.owner.id)).toBe(0);
    expect(await unreadCount(other.owner.id)).toBe(1);
  });
});
