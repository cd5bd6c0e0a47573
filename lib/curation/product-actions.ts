"use server";

// Product curation: staff review a product with the rubric. The SME side (submitting and
// answering revision requests) lives with the products in lib/products.
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { reviewProduct as reviewProductRow } from "./product-mutations";
import { reviewProductSchema } from "./product-schemas";

const decisionMessages = {
  PUBLISHED: "ProductCuration.review.published",
  REVISION_REQUESTED: "ProductCuration.review.revisionRequested",
  REJECTED: "ProductCuration.review.rejected",
} as const;

export const reviewProductAction = defineFormAction({
  name: "curation.reviewProduct",
  access: "catalog:curate",
  schema: reviewProductSchema,
  run: async (input, actor) => {
    if (!actor) throw new Error("product review ran without a user");
    // Revalidated whatever the outcome: a reviewer refused for a stale version sees the new content.
    try {
      const { status } = await db.$transaction((tx) => reviewProductRow(tx, { userId: actor.id }, input));
      await processPendingJobs();
      return { ok: true, message: decisionMessages[status] };
    } finally {
      revalidatePath("/staf/kurasi");
      revalidatePath(`/staf/kurasi/produk/${input.productId}`);
      revalidatePath("/ikm/produk");
      revalidatePath(`/ikm/produk/${input.productId}`);
      revalidatePublicPages("catalog");
    }
  },
});
