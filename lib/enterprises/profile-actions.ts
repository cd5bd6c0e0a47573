"use server";

// The SME's enterprise profile, one step at a time: each step saves and moves on to the next.
// The enterprise is the session's, never the form's.
import { redirect } from "next/navigation";
import { defineFormAction, UserFacingError } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import type { ProfileTarget } from "./profile-mutations";
import { addProfilePhoto, deleteProfilePhoto, profileStepRuns, revalidateProfile } from "./profile-runs";
import { addressStepSchema, businessStepSchema } from "./profile-schemas";
import { addPhotoSchema, deletePhotoSchema, marketStepSchema, sectorStepSchema } from "./profile-step-schemas";

function ownerTarget(actor: SessionUser | null): ProfileTarget {
  if (!actor) throw new Error("enterprise profile action ran without a user");
  if (!actor.enterpriseId) throw new UserFacingError("Errors.forbidden");
  return { enterpriseId: actor.enterpriseId, actorId: actor.id, assisted: false };
}

const nextStep = (step: number) => `/ikm/profil?langkah=${step}`;

export const saveEnterpriseBusinessStep = defineFormAction({
  name: "enterpriseProfile.saveBusiness",
  access: "enterprise:manage-own",
  schema: businessStepSchema,
  run: async (input, actor) => {
    const target = ownerTarget(actor);
    await profileStepRuns.business(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(2));
  },
});

export const saveEnterpriseAddressStep = defineFormAction({
  name: "enterpriseProfile.saveAddress",
  access: "enterprise:manage-own",
  schema: addressStepSchema,
  run: async (input, actor) => {
    const target = ownerTarget(actor);
    await profileStepRuns.address(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(3));
  },
});

export const saveEnterpriseSectorStep = defineFormAction({
  name: "enterpriseProfile.saveSector",
  access: "enterprise:manage-own",
  schema: sectorStepSchema,
  run: async (input, actor) => {
    const target = ownerTarget(actor);
    await profileStepRuns.sector(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(4));
  },
});

export const saveEnterpriseMarketStep = defineFormAction({
  name: "enterpriseProfile.saveMarket",
  access: "enterprise:manage-own",
  schema: marketStepSchema,
  run: async (input, actor) => {
    const target = ownerTarget(actor);
    await profileStepRuns.market(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(5));
  },
});

export const addEnterprisePhoto = defineFormAction({
  name: "enterpriseProfile.addPhoto",
  access: "enterprise:manage-own",
  schema: addPhotoSchema,
  run: async (input, actor) => {
    const target = ownerTarget(actor);
    await addProfilePhoto(target, input);
    revalidateProfile(target.enterpriseId);
    return { ok: true, message: input.kind === "LOGO" ? "EnterpriseProfile.photos.logoSaved" : "EnterpriseProfile.photos.photoSaved" };
  },
});

export const deleteEnterprisePhoto = defineFormAction({
  name: "enterpriseProfile.deletePhoto",
  access: "enterprise:manage-own",
  schema: deletePhotoSchema,
  run: async ({ photoId }, actor) => {
    const target = ownerTarget(actor);
    await deleteProfilePhoto(target, photoId);
    revalidateProfile(target.enterpriseId);
    return { ok: true, message: "EnterpriseProfile.photos.deleted" };
  },
});
