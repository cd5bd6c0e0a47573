// Every queue the app works, with its handler. Queues are worked in this order in each round:
// an import's run comes before the takeover emails it queues, so they go out in the same round.
import "server-only";
import { accountEmailQueue, sendAccountEmail } from "@/lib/account-lifecycle/email-job";
import { takeoverQueue } from "@/lib/assisted/takeover-job";
import { sendQueuedTakeoverEmail } from "@/lib/assisted/takeover-send";
import { discardExpiredUpload, discardUploadQueue, importRunQueue, runImportJob } from "@/lib/imports/job";
import { digestQueue, sendDigest } from "@/lib/notifications/digest";
import { emailQueue, sendNotificationEmail } from "@/lib/notifications/email-job";
import type { JobHandler } from "@/lib/jobs/queue";

export const jobHandlers: Record<string, JobHandler> = {
  [emailQueue]: sendNotificationEmail,
  [accountEmailQueue]: sendAccountEmail,
  [digestQueue]: sendDigest,
  [importRunQueue]: runImportJob,
  [discardUploadQueue]: discardExpiredUpload,
  [takeoverQueue]: sendQueuedTakeoverEmail,
};
