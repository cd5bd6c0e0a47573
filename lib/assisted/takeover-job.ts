// The "takeover-email" queue: the takeover invitation of an owner whose enterprise staff
// registered in bulk (lib/imports). Queued with the key "takeover:<ownerId>", so each owner is
// written to at most once however often a file is imported; sent only while the account is still
// INVITED (an owner who took over meanwhile gets nothing). The link is made when it is sent.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NewJob } from "@/lib/jobs/queue";
import { sendTakeoverEmail } from "./emails";

export const takeoverQueue = "takeover-email";

const payloadSchema = z.object({ ownerId: z.string().min(1), staffName: z.string() });

export function takeoverJob(ownerId: string, staffName: string): NewJob {
  return { queue: takeoverQueue, key: `takeover:${ownerId}`, payload: payloadSchema.parse({ ownerId, staffName }) };
}

/** The queue's handler: a delivery error is thrown on, so the queue retries the job later. */
export async function sendQueuedTakeoverEmail(payload: Prisma.JsonValue): Promise<void> {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) throw new Error("Malformed takeover email job payload");
  const enterprise = await db.enterprise.findFirst({
    where: { ownerId: parsed.data.ownerId, owner: { status: "INVITED" } },
    select: {
      id: true,
      legalName: true,
      brandName: true,
      legalForm: true,
      kecamatan: { select: { name: true } },
      owner: { select: { id: true, email: true, name: true, locale: true } },
    },
  });
  if (!enterprise?.owner) return;
  const { owner, kecamatan, ...facts } = enterprise;
  await sendTakeoverEmail({ owner, staffName: parsed.data.staffName, enterprise: { ...facts, kecamatanName: kecamatan.name } });
}
