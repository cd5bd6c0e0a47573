// Mail work done after the answer is on its way, for the public account forms (registration,
// verification resend, password reset) and the sign-in warning: whether an address has an account
// decides whether a message goes out, and the time that takes must not show in the answer.
// The emails themselves are queued (lib/account-lifecycle/email-job.ts) and retried while SMTP
// is down; a failure here (the database) is logged, and the person can ask again.
const pending = new Set<Promise<void>>();

export function sendInBackground(description: string, work: () => Promise<unknown>): void {
  const task: Promise<void> = new Promise((resolve) => setImmediate(resolve))
    .then(work)
    .then(
      () => undefined,
      (error: unknown) => console.error(`${description} failed`, { error }),
    )
    .finally(() => pending.delete(task));
  pending.add(task);
}

/** Resolves when the mail work started so far has finished (tests; a clean shutdown). */
export async function backgroundMailSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
