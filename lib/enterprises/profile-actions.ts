"use server";

// The SME's enterprise profile, one step at a time: each step saves and moves on to the next.
// The enterprise is the session's, never the form's.
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/auth/action";
import type { SmeOwner } from "@/lib/auth/party";
import type { ProfileTarget } from "./profile-mutations";
import { addProfilePhoto, deleteProfilePhoto, profileStepRuns, revalidateProfile } from "./profile-runs";
import { addressStepSchema, businessStepSchema } from "./profile-schemas";
import { addPhotoSchema, deletePhotoSchema, marketStepSchema, sectorStepSchema } from "./profile-step-schemas";

function ownerTarget(owner: SmeOwner): ProfileTarget {
  return { enterpriseId: owner.enterpriseId, actorId: owner.userId, assisted: false };
}

const nextStep = (step: number) => `/ikm/profil?langkah=${step}`;

export const saveEnterpriseBusinessStepAction = defineFormAction({
  name: "enterpriseProfile.saveBusiness",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Errors.forbidden",
  schema: businessStepSchema,
  run: async (input, _actor, owner) => {
    const target = ownerTarget(owner);
    await profileStepRuns.business(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(2));
  },
});

export const saveEnterpriseAddressStepAction = defineFormAction({
  name: "enterpriseProfile.saveAddress",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Errors.forbidden",
  schema: addressStepSchema,
  run: async (input, _actor, owner) => {
    const target = ownerTarget(owner);
    await profileStepRuns.address(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(3));
  },
});

export const saveEnterpriseSectorStepAction = defineFormAction({
  name: "enterpriseProfile.saveSector",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Errors.forbidden",
  schema: sectorStepSchema,
  run: async (input, _actor, owner) => {
    const target = ownerTarget(owner);
    await profileStepRuns.sector(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(4));
  },
});

export const saveEnterpriseMarketStepAction = defineFormAction({
  name: "enterpriseProfile.saveMarket",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Errors.forbidden",
  schema: marketStepSchema,
  run: async (input, _actor, owner) => {
    const target = ownerTarget(owner);
    await profileStepRuns.market(target, input);
    revalidateProfile(target.enterpriseId);
    redirect(nextStep(5));
  },
});

export const addEnterprisePhotoAction = defineFormAction({
  name: "enterpriseProfile.addPhoto",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Errors.forbidden",
  schema: addPhotoSchema,
  run: async (input, _actor, owner) => {
    const target = ownerTarget(owner);
    await addProfilePhoto(target, input);
    revalidateProfile(target.enterpriseId);
    return { ok: true, message: input.kind === "LOGO" ? "EnterpriseProfile.photos.logoSaved" : "EnterpriseProfile.photos.photoSaved" };
  },
});

export const deleteEnterprisePhotoAction = defineFormAction({
  name: "enterpriseProfile.deletePhoto",
  access: "enterprise:manage-own",
  party: "sme",
  missingParty: "Errors.forbidden",
  schema: deletePhotoSchema,
  run: async ({ photoId }, _actor, owner) => {
    const target = ownerTarget(owner);
    await deleteProfilePhoto(target, photoId);
    revalidateProfile(target.enterpriseId);
    return { ok: true, message: "EnterpriseProfile.photos.deleted" };
  },
});
