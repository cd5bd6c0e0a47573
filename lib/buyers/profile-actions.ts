"use server";

// The buyer's organisation profile. The organisation is the session's, never the form's.
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { buyerActor } from "./actor";
import { saveBuyerProfile } from "./profile-mutations";
import { buyerProfileSchema } from "./schemas";

export const saveBuyerProfileAction = defineFormAction({
  name: "buyers.saveProfile",
  access: "buyer:manage-own",
  schema: buyerProfileSchema,
  run: async (input, user) => {
    const actor = buyerActor(user);
    await db.$transaction((tx) => saveBuyerProfile(tx, actor, input));
    revalidatePath("/pembeli");
    revalidatePath("/pembeli/profil");
    return { ok: true, message: "BuyerProfile.saved" };
  },
});
