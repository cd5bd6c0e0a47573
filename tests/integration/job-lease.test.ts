// Each queued email is sent once, also when sending takes longer than a job's lease: two workers
// work the queue against a real, slow SMTP server in the test process, with a two-second lease
// and 3 s per message. A worker keeps its lease while it sends, and a worker whose lease was
// taken over neither marks the job done nor fails it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jobHandlers } from "@/lib/job-runner/handlers";
import { claim, complete, enqueue, fail, runJobs } from "@/lib/jobs/queue";
import { notify } from "@/lib/notifications/notify";
import { uniqueEmail } from "./support/accounts";
import { slowSmtpForEachTest } from "./support/slow-smtp-each-test";

const leaseMs = 2_000;
const sendMs = 3_000;

/** A worker as `npm run jobs:work` runs it: works what is due, pauses briefly, until the queue is empty. */
async function worker(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    await runJobs(db, jobHandlers, { lockMs: leaseMs });
    if ((await db.job.count({ where: { doneAt: null, failedAt: null } })) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const slowSmtp = slowSmtpForEachTest(sendMs);

describe("the job queue and a slow SMTP server", () => {
  it("delivers every queued email exactly once with two workers and sends slower than the lease", { timeout: 60_000 }, async () => {
    const users = await Promise.all(
      Array.from({ length: 4 }, (_, index) => db.user.create({ data: { email: uniqueEmail(`lambat-${index}`), name: `Pengguna ${index}`, role: "SME" } })),
    );
    await notify(db, {
      recipients: users.map((user) => ({ id: user.id, email: user.email, name: user.name ?? "", locale: "id" as const })),
      kind: "CURATION_RESULT",
      link: "/ikm/kurasi",
      dedupeKey: "slow-smtp",
      render: (recipient) => ({ title: "Hasil kurasi", body: "Isi", email: { subject: `Hasil kurasi untuk ${recipient.name}`, text: "Isi", html: "<p>Isi</p>" } }),
    });
    expect(await db.job.count()).toBe(4);

    const deadline = Date.now() + 40_000;
    await Promise.all([worker(deadline), worker(deadline)]);

    const perRecipient = new Map<string, number>();
    for (const message of slowSmtp().received) for (const to of message.recipients) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(Object.fromEntries(perRecipient)).toEqual(Object.fromEntries(users.map((user) => [user.email, 1])));
    expect(new Set(slowSmtp().received.map((message) => message.messageId)).size).toBe(4);
    expect(await db.job.count({ where: { doneAt: { not: null } } })).toBe(4);
    expect(await db.notification.count({ where: { emailedAt: { not: null } } })).toBe(4);
  });

  it("lets only the worker holding the lease complete or fail a job", async () => {
    await enqueue(db, { queue: "test-lease", payload: {}, key: "lease" });
    const [first] = await claim(db, "test-lease", 1, leaseMs);
    // The first worker stalls past its lease; a second one takes the job over.
    await db.job.updateMany({ data: { lockedUntil: new Date(Date.now() - 1_000) } });
    const [second] = await claim(db, "test-lease", 1, leaseMs);
    expect(second).toMatchObject({ id: first!.id, attempts: 2 });

    expect(await complete(db, first!)).toBe(false);
    expect(await fail(db, first!, new Error("late"))).toBe(false);
    expect(await db.job.findFirstOrThrow({ select: { doneAt: true, lastError: true, lockedUntil: true } })).toMatchObject({ doneAt: null, lastError: null, lockedUntil: expect.any(Date) });
    expect(await complete(db, second!)).toBe(true);
    expect(await db.job.findFirstOrThrow({ select: { doneAt: true } })).toMatchObject({ doneAt: expect.any(Date) });
  });
});
