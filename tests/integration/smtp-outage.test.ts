// SMTP down for a while (issue 15, faults): a registration and an invitation made while the mail
// server is stopped still succeed for the person who made them; their emails wait in the job
// queue with a backoff; once a real SMTP server listens again on the same port, working the queue
// delivers each email exactly once, with a link that works.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { inviteUserAction, registerSmeAction } from "@/lib/account-lifecycle/actions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { backgroundMailSettled } from "@/lib/mail/background";
import { setRequestHeaders } from "@/tests/support/next-headers";
import { resetData } from "./reset";
import { form, signInAs } from "./support/actions";
import { initial, uniqueEmail } from "./support/accounts";
import { type SlowSmtpServer, startSlowSmtpServer } from "./support/slow-smtp";

setRequestHeaders({ "x-temu-socket-address": "198.51.100.77" });

const password = "batik tulis kampung malon";
let smtp: SlowSmtpServer | undefined;

beforeEach(async () => {
  await resetData();
  signInAs(null);
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  resetEnvCache();
  await smtp?.close();
  smtp = undefined;
});

describe("SMTP down for a while", () => {
  it("lets registration and invitation succeed, keeps their emails queued, and delivers each once when SMTP returns", async () => {
    // A real SMTP server, then stopped: its port refuses connections during the outage.
    smtp = await startSlowSmtpServer(0);
    const port = Number(new URL(smtp.url).port);
    process.env.SMTP_URL = smtp.url;
    resetEnvCache();
    await smtp.close();
    smtp = undefined;

    const registered = uniqueEmail("daftar-saat-smtp-mati");
    const registration = await registerSmeAction(
      initial,
      form({
        name: "Sri Lestari",
        email: registered,
        phone: "0812 3456 7890",
        password,
        passwordConfirm: password,
        legalName: "UD Batik Lestari",
        legalForm: "UD",
        kecamatanCode: "33.74.04",
        consent: "on",
        locale: "id",
      }),
    );
    expect(registration).toMatchObject({ ok: true, message: "Registration.checkEmailHeading" });
    await backgroundMailSettled();

    const admin = await db.user.create({ data: { email: uniqueEmail("admin"), name: "Admin Dinas", role: "ADMIN", passwordHash: "hash", emailVerifiedAt: new Date() } });
    const adminSession: SessionUser = { ...admin, name: admin.name ?? "", locale: "id", enterpriseId: null, buyerOrganizationId: null, partnerOrganizationId: null };
    signInAs(adminSession);
    const invited = uniqueEmail("staf-saat-smtp-mati");
    const invitation = await inviteUserAction(initial, form({ email: invited, name: "Staf Baru", role: "STAFF", partnerOrganizationId: "", locale: "id" }));
    expect(invitation).toEqual({ ok: true, message: "Invitation.sent", values: { email: invited } });
    expect(await db.user.count({ where: { email: { in: [registered, invited] } } })).toBe(2);

    // Both emails wait in the queue: tried once, failed, due again after the backoff.
    const waiting = await db.job.findMany({ where: { doneAt: null, failedAt: null }, select: { attempts: true, runAt: true, lastError: true } });
    expect(waiting).toHaveLength(2);
    for (const job of waiting) {
      expect(job).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    }
    expect(await processPendingJobs()).toEqual({ done: 0, failed: 0 });

    // SMTP is back on the same port; the backoff has passed.
    smtp = await startSlowSmtpServer(0, port);
    await db.job.updateMany({ data: { runAt: new Date(Date.now() - 1_000) } });
    expect(await processPendingJobs()).toEqual({ done: 2, failed: 0 });
    expect(await processPendingJobs()).toEqual({ done: 0, failed: 0 });

    expect(smtp.received.map((message) => message.recipients).sort()).toEqual([[registered], [invited]].sort());
    expect(smtp.received.map((message) => message.subject).sort()).toEqual(
      [expect.stringMatching(/Undangan/), expect.stringMatching(/email|surel/i)].sort(),
    );
    expect(await db.job.count({ where: { doneAt: { not: null } } })).toBe(2);
  });
});
