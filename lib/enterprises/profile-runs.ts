// What each profile step does once the caller is known, shared by the owner's actions
// (profile-actions.ts) and staff's assisted ones (assisted-profile-actions.ts): one transaction
// per step, photo files stored before their row and removed again when the row is not written.
import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { UserFacingError } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { processPhoto } from "@/lib/images/process";
import { deletePhotoFiles, storePhoto } from "@/lib/images/store";
import { addPhotoRow, deletePhotoRow } from "./profile-photo-mutations";
import { type ProfileTarget, saveAddressStep, saveBusinessStep, saveMarketStep, saveSectorStep } from "./profile-mutations";
import type { AddressStepInput, BusinessStepInput } from "./profile-schemas";
import { type AddPhotoInput, type MarketStepInput, photoRefusalMessages, type SectorStepInput } from "./profile-step-schemas";

export const profileStepRuns = {
  business: (target: ProfileTarget, input: BusinessStepInput) => db.$transaction((tx) => saveBusinessStep(tx, target, input)),
  address: (target: ProfileTarget, input: AddressStepInput) => db.$transaction((tx) => saveAddressStep(tx, target, input)),
  sector: (target: ProfileTarget, input: SectorStepInput) => db.$transaction((tx) => saveSectorStep(tx, target, input)),
  market: (target: ProfileTarget, input: MarketStepInput) => db.$transaction((tx) => saveMarketStep(tx, target, input)),
};

/** Checks the upload by its content, re-encodes it, stores both sizes, then writes the row. */
export async function addProfilePhoto(target: ProfileTarget, input: AddPhotoInput): Promise<void> {
  const processed = await processPhoto(new Uint8Array(await input.photo.arrayBuffer()));
  if (!processed.ok) throw new UserFacingError(photoRefusalMessages[processed.reason], "photo");
  const stored = await storePhoto("enterprise-photos", processed.photo);
  let replaced;
  try {
    replaced = await db.$transaction((tx) => addPhotoRow(tx, target, input.kind, stored));
  } catch (error) {
    await deletePhotoFiles(stored);
    throw error;
  }
  await Promise.all(replaced.map((photo) => deletePhotoFiles(photo)));
}

/** The row first; its files once the delete has committed. */
export async function deleteProfilePhoto(target: ProfileTarget, photoId: string): Promise<void> {
  const files = await db.$transaction((tx) => deletePhotoRow(tx, target, photoId));
  await deletePhotoFiles(files);
}

/** The pages that show the profile: the owner's, staff's assisted copy, and the public ones. */
export function revalidateProfile(enterpriseId: string): void {
  revalidatePath("/ikm/profil");
  revalidatePath("/ikm");
  revalidatePath(`/staf/ikm/${enterpriseId}/profil`);
  revalidatePath("/staf/ikm");
  // A published enterprise's profile (photos, contacts) shows on its public pages.
  revalidatePublicPages("catalog");
}
