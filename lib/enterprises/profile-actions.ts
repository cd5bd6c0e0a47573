"use server";

// The SME's enterprise profile, one step at a time: each step saves and moves on to the next.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type ProfileOwner, saveAddressStep, saveBusinessStep } from "./profile-mutations";
import { addressStepSchema, businessStepSchema } from "./profile-schemas";

function ownerOf(actor: SessionUser | null): ProfileOwner {
  if (!actor) throw new Error("enterprise profile action ran without a user");
  if (!actor.enterpriseId) throw new UserFacingError("Errors.forbidden");
  return { userId: actor.id, enterpriseId: actor.enterpriseId };
}

function revalidateProfile() {
  revalidatePath("/ikm/profil");
  revalidatePath("/ikm");
}

export const saveEnterpriseBusinessStep = defineFormAction({
  name: "enterpriseProfile.saveBusiness",
  access: "enterprise:manage-own",
  schema: businessStepSchema,
  run: async (input, actor) => {
    const owner = ownerOf(actor);
    await db.$transaction((tx) => saveBusinessStep(tx, owner, input));
    revalidateProfile();
    redirect("/ikm/profil?langkah=2");
  },
});

export const saveEnterpriseAddressStep = defineFormAction({
  name: "enterpriseProfile.saveAddress",
  access: "enterprise:manage-own",
  schema: addressStepSchema,
  run: async (input, actor) => {
    const owner = ownerOf(actor);
    await db.$transaction((tx) => saveAddressStep(tx, owner, input));
    revalidateProfile();
    // The last step built so far: it stays on the page and says so.
    return { ok: true, message: "EnterpriseProfile.address.saved" };
  },
});
