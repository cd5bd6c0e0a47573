import { z } from "zod";

export const markReadSchema = z.object({ notificationId: z.string().trim().min(1, "Errors.failed").max(64, "Errors.failed") });
// Explicit fields (hidden or chosen), so an empty post never changes anything.
export const markAllReadSchema = z.object({ scope: z.literal("all", { error: "Errors.failed" }) });
export const emailModes = ["immediate", "digest"] as const;
export const digestSchema = z.object({ emailMode: z.enum(emailModes, { error: "Notifications.emailModeRequired" }) });
