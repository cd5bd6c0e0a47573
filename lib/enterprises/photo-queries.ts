// Who may see an enterprise's photo: anyone once the enterprise is published and the photo is
// not waiting for staff (one added to a published enterprise is held until approved); before
// that only its owner and staff who curate the catalog. Anyone else learns nothing (not found).
import "server-only";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { PhotoSize } from "@/lib/images/check";

export type VisiblePhoto = { key: string; visibility: "public" | "private" };

export async function findVisibleEnterprisePhoto(photoId: string, size: PhotoSize): Promise<VisiblePhoto | null> {
  const photo = await db.enterprisePhoto.findUnique({
    where: { id: photoId },
    select: { largeKey: true, smallKey: true, pendingReview: true, enterprise: { select: { id: true, status: true } } },
  });
  if (!photo) return null;
  const key = size === "large" ? photo.largeKey : photo.smallKey;
  if (photo.enterprise.status === "PUBLISHED" && !photo.pendingReview) return { key, visibility: "public" };
  const user = await getSessionUser();
  if (!user) return null;
  if (user.enterpriseId === photo.enterprise.id || can(user.role, "catalog:curate")) return { key, visibility: "private" };
  return null;
}
