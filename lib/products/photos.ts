"use server";

// Product photos: one upload per submit, judged by its content and re-encoded (lib/images),
// stored first, then recorded in a transaction; the files go again if the transaction fails.
import { revalidatePath } from "next/cache";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { PhotoRefusal } from "@/lib/images/check";
import { processPhoto } from "@/lib/images/process";
import { deletePhotoFiles, storePhoto } from "@/lib/images/store";
import { addProductPhoto as addPhotoRow, deleteProductPhoto as deletePhotoRow } from "./photo-mutations";
import { isEditable, type ProductOwner } from "./mutations";
import { ownProductStatus } from "./queries";
import { addProductPhotoSchema, productPhotoIdSchema } from "./schemas";

const refusals: Record<PhotoRefusal, string> = {
  empty: "Products.errors.photoEmpty",
  tooLarge: "Products.errors.photoTooLarge",
  unsupportedType: "Products.errors.photoType",
  unreadable: "Products.errors.photoUnreadable",
};

function ownerOf(actor: SessionUser | null): ProductOwner {
  if (!actor) throw new Error("product photo action ran without a user");
  if (!actor.enterpriseId) throw new UserFacingError("Products.errors.noEnterprise");
  return { userId: actor.id, enterpriseId: actor.enterpriseId };
}

export const addProductPhoto = defineFormAction({
  name: "products.addPhoto",
  access: "product:manage-own",
  schema: addProductPhotoSchema,
  run: async ({ productId, photo }, actor) => {
    const owner = ownerOf(actor);
    // Checked before decoding anything, and again inside the transaction.
    const status = await ownProductStatus(owner.enterpriseId, productId);
    if (!status) throw new UserFacingError("Products.errors.notFound");
    if (!isEditable(status)) throw new UserFacingError("Products.errors.readOnly");
    const result = await processPhoto(new Uint8Array(await photo.arrayBuffer()));
    if (!result.ok) throw new UserFacingError(refusals[result.reason], "photo");
    const stored = await storePhoto("product-photos", result.photo);
    try {
      await db.$transaction((tx) => addPhotoRow(tx, owner, productId, stored));
    } catch (error) {
      await deletePhotoFiles(stored);
      throw error;
    }
    revalidatePath(`/ikm/produk/${productId}`);
    revalidatePath("/ikm/produk");
    return { ok: true, message: "Products.messages.photoAdded" };
  },
});

export const deleteProductPhoto = defineFormAction({
  name: "products.deletePhoto",
  access: "product:manage-own",
  schema: productPhotoIdSchema,
  run: async ({ photoId }, actor) => {
    const owner = ownerOf(actor);
    const deleted = await db.$transaction((tx) => deletePhotoRow(tx, owner, photoId));
    await deletePhotoFiles(deleted);
    revalidatePath(`/ikm/produk/${deleted.productId}`);
    revalidatePath("/ikm/produk");
    return { ok: true, message: "Products.messages.photoDeleted" };
  },
});
