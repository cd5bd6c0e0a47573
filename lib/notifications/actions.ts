"use server";

// The notification centre: any signed-in user, on their own notifications only (the user id
// comes from the session and sits in every where).
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { markAllRead, markRead, setEmailDigest } from "./mutations";
import { notificationCentrePath } from "./paths";
import { digestSchema, markAllReadSchema, markReadSchema } from "./schemas";

// defineFormAction has already refused anyone signed out; this narrows the type.
function signedIn(actor: SessionUser | null): SessionUser {
  if (!actor) throw new Error("notification action ran without a user");
  return actor;
}

export const markNotificationRead = defineFormAction({
  name: "notifications.markRead",
  access: "signed-in",
  schema: markReadSchema,
  run: async ({ notificationId }, actor) => {
    await markRead(db, signedIn(actor).id, notificationId);
    revalidatePath("/", "layout");
    return { ok: true, message: "Notifications.saved" };
  },
});

export const markAllNotificationsRead = defineFormAction({
  name: "notifications.markAllRead",
  access: "signed-in",
  schema: markAllReadSchema,
  run: async (_input, actor) => {
    await markAllRead(db, signedIn(actor).id);
    revalidatePath("/", "layout");
    return { ok: true, message: "Notifications.saved" };
  },
});

export const saveEmailDigest = defineFormAction({
  name: "notifications.saveEmailDigest",
  access: "signed-in",
  schema: digestSchema,
  run: async ({ emailMode }, actor) => {
    await setEmailDigest(db, signedIn(actor).id, emailMode === "digest");
    revalidatePath(notificationCentrePath);
    return { ok: true, message: "Notifications.digestSaved" };
  },
});
