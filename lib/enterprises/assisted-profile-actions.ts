"use server";

// Staff filling in the profile of an assisted enterprise on behalf of its owner: the same steps
// and mutations as the owner's (profile-actions.ts), the enterprise named by a hidden field and
// accepted only when it is assisted (checked in the mutation's `where`). Every save also records
// an "enterprise.assisted-edit" audit row.
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import type { ProfileTarget } from "./profile-mutations";
import { addProfilePhoto, deleteProfilePhoto, profileStepRuns, revalidateProfile } from "./profile-runs";
import { addressStepSchema, businessStepSchema, withEnterpriseId } from "./profile-schemas";
import { addPhotoSchema, deletePhotoSchema, marketStepSchema, sectorStepSchema } from "./profile-step-schemas";

function staffTarget(actor: SessionUser, enterpriseId: string): ProfileTarget {
  return { enterpriseId, actorId: actor.id, assisted: true };
}

const nextStep = (enterpriseId: string, step: number) => `/staf/ikm/${enterpriseId}/profil?langkah=${step}`;

export const saveAssistedBusinessStepAction = defineFormAction({
  name: "assistedProfile.saveBusiness",
  access: "enterprise:assist",
  schema: withEnterpriseId(businessStepSchema),
  run: async ({ enterpriseId, input }, actor) => {
    await profileStepRuns.business(staffTarget(actor, enterpriseId), input);
    revalidateProfile(enterpriseId);
    redirect(nextStep(enterpriseId, 2));
  },
});

export const saveAssistedAddressStepAction = defineFormAction({
  name: "assistedProfile.saveAddress",
  access: "enterprise:assist",
  schema: withEnterpriseId(addressStepSchema),
  run: async ({ enterpriseId, input }, actor) => {
    await profileStepRuns.address(staffTarget(actor, enterpriseId), input);
    revalidateProfile(enterpriseId);
    redirect(nextStep(enterpriseId, 3));
  },
});

export const saveAssistedSectorStepAction = defineFormAction({
  name: "assistedProfile.saveSector",
  access: "enterprise:assist",
  schema: withEnterpriseId(sectorStepSchema),
  run: async ({ enterpriseId, input }, actor) => {
    await profileStepRuns.sector(staffTarget(actor, enterpriseId), input);
    revalidateProfile(enterpriseId);
    redirect(nextStep(enterpriseId, 4));
  },
});

export const saveAssistedMarketStepAction = defineFormAction({
  name: "assistedProfile.saveMarket",
  access: "enterprise:assist",
  schema: withEnterpriseId(marketStepSchema),
  run: async ({ enterpriseId, input }, actor) => {
    await profileStepRuns.market(staffTarget(actor, enterpriseId), input);
    revalidateProfile(enterpriseId);
    redirect(nextStep(enterpriseId, 5));
  },
});

export const addAssistedEnterprisePhotoAction = defineFormAction({
  name: "assistedProfile.addPhoto",
  access: "enterprise:assist",
  schema: withEnterpriseId(addPhotoSchema),
  run: async ({ enterpriseId, input }, actor) => {
    await addProfilePhoto(staffTarget(actor, enterpriseId), input);
    revalidateProfile(enterpriseId);
    return { ok: true, message: input.kind === "LOGO" ? "EnterpriseProfile.photos.logoSaved" : "EnterpriseProfile.photos.photoSaved" };
  },
});

export const deleteAssistedEnterprisePhotoAction = defineFormAction({
  name: "assistedProfile.deletePhoto",
  access: "enterprise:assist",
  schema: withEnterpriseId(deletePhotoSchema),
  run: async ({ enterpriseId, input }, actor) => {
    await deleteProfilePhoto(staffTarget(actor, enterpriseId), input.photoId);
    revalidateProfile(enterpriseId);
    return { ok: true, message: "EnterpriseProfile.photos.deleted" };
  },
});
