"use server";

// The notification centre: any signed-in user, on their own notifications only (the user id
// comes from the session and sits in every where).
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/auth/action";
import { db } from "@/lib/db";
import { markAllRead, markRead, setEmailDigest } from "./mutations";
import { notificationCentrePath } from "./paths";
import { digestSchema, markAllReadSchema, markReadSchema } from "./schemas";

export const markNotificationReadAction = defineFormAction({
  name: "notifications.markRead",
  access: "signed-in",
  schema: markReadSchema,
  run: async ({ notificationId }, actor) => {
    await markRead(db, actor.id, notificationId);
    revalidatePath("/", "layout");
    return { ok: true, message: "Notifications.saved" };
  },
});

export const markAllNotificationsReadAction = defineFormAction({
  name: "notifications.markAllRead",
  access: "signed-in",
  schema: markAllReadSchema,
  run: async (_input, actor) => {
    await markAllRead(db, actor.id);
    revalidatePath("/", "layout");
    return { ok: true, message: "Notifications.saved" };
  },
});

export const saveEmailDigestAction = defineFormAction({
  name: "notifications.saveEmailDigest",
  access: "signed-in",
  schema: digestSchema,
  run: async ({ emailMode }, actor) => {
    await setEmailDigest(db, actor.id, emailMode === "digest");
    revalidatePath(notificationCentrePath);
    return { ok: true, message: "Notifications.digestSaved" };
  },
});
