"use server";

// Save and unsave a product or supplier from its public page or the shortlist page. The
// organisation is the session's; the item is named by its public slug.
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import { productHref, supplierHref } from "@/lib/catalog/paths";
import { db } from "@/lib/db";
import { shortlistTargetSchema } from "./schemas";
import { addToShortlist, removeFromShortlist } from "./shortlist-mutations";

export const updateShortlistAction = defineFormAction({
  name: "buyers.updateShortlist",
  access: "buyer:manage-own",
  party: "buyer",
  missingParty: "BuyerProfile.errors.noOrganization",
  schema: shortlistTargetSchema,
  run: async (input, _actor, owner) => {
    await db.$transaction((tx) => (input.intent === "add" ? addToShortlist(tx, owner, input) : removeFromShortlist(tx, owner, input)));
    revalidatePath("/pembeli/simpanan");
    revalidatePath(input.target === "product" ? productHref(input.slug) : supplierHref(input.slug));
    return { ok: true, message: input.intent === "add" ? "BuyerProfile.shortlist.added" : "BuyerProfile.shortlist.removed" };
  },
});
