"use server";
// Staff approve or reject the pending changes of a published enterprise. The page is
// revalidated whatever the outcome, so a reviewer refused for a stale version sees the new
// content at once.
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/public-cache/tags";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { deletePhotoFiles } from "@/lib/images/store";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { decideEnterpriseChanges as decideChanges } from "./change-mutations";
import { decideChangesSchema } from "./schemas";

export const decideEnterpriseChangesAction = defineFormAction({
  name: "curation.decideEnterpriseChanges",
  access: "catalog:curate",
  schema: decideChangesSchema,
  run: async (input, actor) => {
    if (!actor) throw new Error("change decision ran without a user");
    try {
      const { filesToDelete } = await db.$transaction((tx) => decideChanges(tx, { userId: actor.id }, input));
      await Promise.all(filesToDelete.map((files) => deletePhotoFiles(files)));
      await processPendingJobs();
    } finally {
      revalidatePath("/staf/kurasi");
      revalidatePath(`/staf/kurasi/ikm/${input.enterpriseId}`);
      revalidatePath("/ikm/profil");
      revalidatePublicPages("catalog");
    }
    return { ok: true, message: input.decision === "APPROVE" ? "CurationQueue.changes.approved" : "CurationQueue.changes.rejected" };
  },
});
