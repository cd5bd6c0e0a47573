// The "takeover-email" queue: the takeover invitation of an owner whose enterprise staff
// registered in bulk (lib/imports). Queued with the key "takeover:<ownerId>", so each owner is
// written to at most once however often a file is imported; sent only while the account is still
// INVITED (an owner who took over meanwhile gets nothing). The link is made when it is sent.
// The handler is in takeover-send.ts, so the importer (and its command line) need not load the mail code.
import "server-only";
import { z } from "zod";
import type { NewJob } from "@/lib/jobs/queue";

export const takeoverQueue = "takeover-email";

export const takeoverPayloadSchema = z.object({ ownerId: z.string().min(1), staffName: z.string() });

export function takeoverJob(ownerId: string, staffName: string): NewJob {
  return { queue: takeoverQueue, key: `takeover:${ownerId}`, payload: takeoverPayloadSchema.parse({ ownerId, staffName }) };
}
