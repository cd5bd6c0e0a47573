// Who may see a product photo: everyone when the product and its enterprise are published;
// otherwise only the owning enterprise and curation staff.
import "server-only";
import { db } from "@/lib/db";

export async function findProductPhotoForServing(photoId: string) {
  return db.productPhoto.findUnique({
    where: { id: photoId },
    select: {
      largeKey: true,
      smallKey: true,
      product: { select: { status: true, enterpriseId: true, enterprise: { select: { status: true } } } },
    },
  });
}
