"use server";

// The buyer's organisation profile. The organisation is the session's, never the form's.
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { saveBuyerProfile } from "./profile-mutations";
import { buyerProfileSchema } from "./schemas";

export const saveBuyerProfileAction = defineFormAction({
  name: "buyers.saveProfile",
  access: "buyer:manage-own",
  party: "buyer",
  missingParty: "BuyerProfile.errors.noOrganization",
  schema: buyerProfileSchema,
  run: async (input, _actor, owner) => {
    await db.$transaction((tx) => saveBuyerProfile(tx, owner, input));
    revalidatePath("/pembeli");
    revalidatePath("/pembeli/profil");
    return { ok: true, message: "BuyerProfile.saved" };
  },
});
