// The "takeover-email" queue's handler (the job itself: takeover-job.ts).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sendTakeoverEmail } from "./emails";
import { takeoverPayloadSchema } from "./takeover-job";

/** The queue's handler: a delivery error is thrown on, so the queue retries the job later. */
export async function sendQueuedTakeoverEmail(payload: Prisma.JsonValue): Promise<void> {
  const parsed = takeoverPayloadSchema.safeParse(payload);
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
