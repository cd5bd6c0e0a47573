// Staff's decision on the pending changes of a published enterprise (lib/enterprises/
// pending-changes.ts). Approving applies the proposed values and photos in one transaction;
// rejecting drops them with a note to the SME. Both are conditional on the version the reviewer
// saw: if the SME edited again after the reviewer opened the page, nothing changes.
import { isUniqueViolation } from "@/lib/db-errors";
import { recordAudit } from "@/lib/audit/log";
import { UserFacingError } from "@/lib/auth/action";
import type { DbClient } from "@/lib/db";
import { decodePendingFields } from "@/lib/enterprises/pending-changes";
import type { PhotoKeys } from "@/lib/enterprises/profile-photo-mutations";
import { notifyChangesDecision } from "./notify";
import type { DecideChangesInput } from "./schemas";

/** Returns the photo files to remove once the transaction commits (replaced logos, rejected photos). */
export async function decideEnterpriseChanges(
  tx: DbClient,
  reviewer: { userId: string },
  input: DecideChangesInput,
  now: Date = new Date(),
): Promise<{ filesToDelete: PhotoKeys[] }> {
  const pending = await tx.enterprisePendingChange.findUnique({ where: { enterpriseId: input.enterpriseId }, select: { id: true, fields: true } });
  if (!pending) throw new UserFacingError("CurationQueue.changes.nothingPending");
  const approve = input.decision === "APPROVE";
  const { columns, additionalKbliIds } = decodePendingFields(pending.fields);
  let updated;
  try {
    // Status and version in the where: the published profile the reviewer saw, or nothing.
    updated = await tx.enterprise.updateMany({
      where: { id: input.enterpriseId, status: "PUBLISHED", version: input.version },
      data: { ...(approve ? columns : {}), updatedAt: now },
    });
  } catch (error) {
    if (isUniqueViolation(error, "nib")) throw new UserFacingError("CurationQueue.changes.nibTaken");
    throw error;
  }
  if (updated.count === 0) throw new UserFacingError("CurationQueue.errors.changedSinceOpened");

  const waiting = await tx.enterprisePhoto.findMany({
    where: { enterpriseId: input.enterpriseId, pendingReview: true },
    select: { id: true, kind: true, largeKey: true, smallKey: true },
  });
  let removed: { id: string; largeKey: string; smallKey: string }[];
  if (approve) {
    if (additionalKbliIds) {
      await tx.enterpriseKbli.deleteMany({ where: { enterpriseId: input.enterpriseId } });
      await tx.enterpriseKbli.createMany({ data: additionalKbliIds.map((kbliId) => ({ enterpriseId: input.enterpriseId, kbliId })) });
    }
    // An approved logo takes the place of the published one.
    removed = waiting.some((photo) => photo.kind === "LOGO")
      ? await tx.enterprisePhoto.findMany({
          where: { enterpriseId: input.enterpriseId, kind: "LOGO", pendingReview: false },
          select: { id: true, largeKey: true, smallKey: true },
        })
      : [];
    await tx.enterprisePhoto.updateMany({ where: { id: { in: waiting.map((photo) => photo.id) } }, data: { pendingReview: false } });
  } else {
    removed = waiting;
    await tx.curationComment.create({
      data: { enterpriseId: input.enterpriseId, authorId: reviewer.userId, fromStaff: true, body: input.note ?? "", createdAt: now },
      select: { id: true },
    });
  }
  if (removed.length > 0) await tx.enterprisePhoto.deleteMany({ where: { id: { in: removed.map((photo) => photo.id) } } });
  await tx.enterprisePendingChange.delete({ where: { id: pending.id } });
  await recordAudit(tx, {
    actorId: reviewer.userId,
    action: approve ? "enterprise.approve-changes" : "enterprise.reject-changes",
    entityType: "Enterprise",
    entityId: input.enterpriseId,
    data: { fields: Object.keys(columns), additionalKbli: additionalKbliIds !== null, photos: waiting.map((photo) => photo.id) },
  });
  await notifyChangesDecision(tx, { enterpriseId: input.enterpriseId, changeId: pending.id, approved: approve, note: input.note ?? null });
  return { filesToDelete: removed.map(({ largeKey, smallKey }) => ({ largeKey, smallKey })) };
}
