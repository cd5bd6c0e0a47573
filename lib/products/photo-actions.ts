"use server";

// Product photos: one upload per submit, judged by its content and re-encoded (lib/images),
// stored first, then recorded in a transaction; the files go again if the transaction fails.
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import type { PhotoRefusal } from "@/lib/images/check";
import { processPhoto } from "@/lib/images/process";
import { deletePhotoFiles, storePhoto } from "@/lib/images/store";
import { addProductPhoto as addPhotoRow, deleteProductPhoto as deletePhotoRow } from "./photo-mutations";
import { isEditable } from "./mutations";
import { ownProductStatus } from "./queries";
import { addProductPhotoSchema, productPhotoIdSchema } from "./schemas";

const refusals: Record<PhotoRefusal, string> = {
  empty: "Products.errors.photoEmpty",
  tooLarge: "Products.errors.photoTooLarge",
  unsupportedType: "Products.errors.photoType",
  unreadable: "Products.errors.photoUnreadable",
};

export const addProductPhotoAction = defineFormAction({
  name: "products.addPhoto",
  access: "product:manage-own",
  party: "sme",
  missingParty: "Products.errors.noEnterprise",
  schema: addProductPhotoSchema,
  run: async ({ productId, photo }, _actor, owner) => {
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
    revalidatePublicPages("catalog");
    return { ok: true, message: "Products.messages.photoAdded" };
  },
});

export const deleteProductPhotoAction = defineFormAction({
  name: "products.deletePhoto",
  access: "product:manage-own",
  party: "sme",
  missingParty: "Products.errors.noEnterprise",
  schema: productPhotoIdSchema,
  run: async ({ photoId }, _actor, owner) => {
    const deleted = await db.$transaction((tx) => deletePhotoRow(tx, owner, photoId));
    await deletePhotoFiles(deleted);
    revalidatePath(`/ikm/produk/${deleted.productId}`);
    revalidatePath("/ikm/produk");
    revalidatePublicPages("catalog");
    return { ok: true, message: "Products.messages.photoDeleted" };
  },
});
