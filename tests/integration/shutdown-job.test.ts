// Graceful shutdown and the in-process job worker (issue 15, point 5): a SIGTERM while the loop
// is sending an email lets that job finish (the SMTP server has the message and the job is done
// when shutDown resolves, which is when the process exits), starts no further job, and stays
// well inside the 10 s before a supervisor's SIGKILL.
import { describe, expect, it } from "vitest";
import { shutDown } from "@/lib/database/shutdown";
import { db } from "@/lib/db";
import { startJobLoop } from "@/lib/job-runner/background";
import { notify } from "@/lib/notifications/notify";
import { uniqueEmail } from "./support/accounts";
import { slowSmtpForEachTest } from "./support/slow-smtp-each-test";

const sendMs = 1_500;
const slowSmtp = slowSmtpForEachTest(sendMs);

describe("SIGTERM while the job worker sends an email", () => {
  it("finishes the current job before closing, and starts no other", async () => {
    const users = await Promise.all(
      [1, 2].map((index) => db.user.create({ data: { email: uniqueEmail(`berhenti-${index}`), name: `Pengguna ${index}`, role: "SME" } })),
    );
    await notify(db, {
      recipients: users.map((user) => ({ id: user.id, email: user.email, name: user.name ?? "", locale: "id" as const })),
      kind: "CURATION_RESULT",
      link: "/ikm/kurasi",
      dedupeKey: "shutdown-job",
      render: (recipient) => ({ title: "Hasil kurasi", body: "Isi", email: { subject: `Hasil kurasi untuk ${recipient.name}`, text: "Isi", html: "<p>Isi</p>" } }),
    });

    expect(startJobLoop({ intervalMs: 50 })).toBe(true);
    // The loop has claimed the first job and is waiting for the SMTP server's 250.
    await expect.poll(() => db.job.count({ where: { attempts: 1 } }), { timeout: 10_000, interval: 20 }).toBe(1);

    const log: string[] = [];
    const started = Date.now();
    const code = await shutDown("SIGTERM", (line) => log.push(line.trim()));
    // What is true when shutDown resolves is what a process that exits now leaves behind.
    const deliveredAtExit = slowSmtp().received.length;
    const elapsed = Date.now() - started;

    expect(code).toBe(0);
    expect(deliveredAtExit).toBe(1);
    expect(elapsed).toBeLessThan(10_000);
    expect(log).toContain("Waiting for the job worker's current job");
    const jobs = await db.job.findMany({ orderBy: { id: "asc" }, select: { attempts: true, doneAt: true } });
    expect(jobs.filter((job) => job.doneAt !== null)).toHaveLength(1);
    // The other job was never started: it waits for the next start, untouched.
    expect(jobs.filter((job) => job.attempts === 0 && job.doneAt === null)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slowSmtp().received).toHaveLength(1);
  });
});
