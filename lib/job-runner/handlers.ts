// Every queue the app works, with its handler.
import "server-only";
import { accountEmailQueue, sendAccountEmail } from "@/lib/account-lifecycle/email-job";
import { takeoverQueue } from "@/lib/assisted/takeover-job";
import { sendQueuedTakeoverEmail } from "@/lib/assisted/takeover-send";
import { digestQueue, sendDigest } from "@/lib/notifications/digest";
import { emailQueue, sendNotificationEmail } from "@/lib/notifications/email-job";
import type { JobHandler } from "@/lib/jobs/queue";

export const jobHandlers: Record<string, JobHandler> = {
  [emailQueue]: sendNotificationEmail,
  [accountEmailQueue]: sendAccountEmail,
  [digestQueue]: sendDigest,
  [takeoverQueue]: sendQueuedTakeoverEmail,
};
