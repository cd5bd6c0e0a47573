"use server";

// The SME's products: create, change, delete, submit for curation and answer a revision
// request. The enterprise always comes from the session, never from the form.
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { deletePhotoFiles } from "@/lib/images/store";
import * as mutations from "./mutations";
import { answerProductRevisionSchema, createProductSchema, productIdSchema, updateProductSchema } from "./schemas";

/**
 * `publicChange`: the write may change what the public catalog shows (a published product's edit
 * or deletion). A new draft, its submission and an answer to a revision request never do (the
 * product is not public before or after), so they leave the cached public pages alone.
 */
function revalidateProduct(productId: string | undefined, publicChange: boolean) {
  revalidatePath("/ikm/produk");
  revalidatePath("/ikm");
  if (productId) revalidatePath(`/ikm/produk/${productId}`);
  if (publicChange) revalidatePublicPages("catalog");
}

export const createProductAction = defineFormAction({
  name: "products.create",
  access: "product:manage-own",
  party: "sme",
  missingParty: "Products.errors.noEnterprise",
  schema: createProductSchema,
  run: async (input, _actor, owner) => {
    const product = await db.$transaction((tx) => mutations.createProduct(tx, owner, input));
    revalidateProduct(undefined, false);
    redirect(`/ikm/produk/${product.id}?baru=1`);
  },
});

export const updateProductAction = defineFormAction({
  name: "products.update",
  access: "product:manage-own",
  party: "sme",
  missingParty: "Products.errors.noEnterprise",
  schema: updateProductSchema,
  run: async (input, _actor, owner) => {
    const { status } = await db.$transaction((tx) => mutations.updateProduct(tx, owner, input));
    revalidateProduct(input.productId, true);
    return { ok: true, message: status === "SUBMITTED" ? "Products.messages.savedResubmitted" : "Products.messages.saved" };
  },
});

export const deleteProductAction = defineFormAction({
  name: "products.delete",
  access: "product:manage-own",
  party: "sme",
  missingParty: "Products.errors.noEnterprise",
  schema: productIdSchema,
  run: async ({ productId }, _actor, owner) => {
    const photos = await db.$transaction((tx) => mutations.deleteProduct(tx, owner, productId));
    // The rows are gone once the transaction commits; the files follow them.
    await Promise.all(photos.map((photo) => deletePhotoFiles(photo)));
    revalidateProduct(undefined, true);
    redirect("/ikm/produk?dihapus=1");
  },
});

export const submitProductAction = defineFormAction({
  name: "products.submit",
  access: "product:manage-own",
  party: "sme",
  missingParty: "Products.errors.noEnterprise",
  schema: productIdSchema,
  run: async ({ productId }, _actor, owner) => {
    await db.$transaction((tx) => mutations.submitProduct(tx, owner, productId));
    revalidateProduct(productId, false);
    revalidatePath("/staf/kurasi");
    return { ok: true, message: "Products.messages.submitted" };
  },
});

export const answerProductRevisionAction = defineFormAction({
  name: "products.answerRevision",
  access: "product:manage-own",
  party: "sme",
  missingParty: "Products.errors.noEnterprise",
  schema: answerProductRevisionSchema,
  run: async ({ productId, body }, _actor, owner) => {
    await db.$transaction((tx) => mutations.answerProductRevision(tx, owner, productId, body));
    revalidateProduct(productId, false);
    revalidatePath("/staf/kurasi");
    return { ok: true, message: "Products.messages.resubmitted" };
  },
});
