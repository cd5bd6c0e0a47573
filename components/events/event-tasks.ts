// The events line of the home pages' task lists (AreaTasks): staff see how many applications
// await a decision; SMEs, buyers and partners go to their own events.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { AreaTask } from "@/components/layout/area-tasks";
import { countAwaitingDecision } from "@/lib/events/admin-queries";

export async function eventTask(area: "staff" | "participant"): Promise<AreaTask> {
  if (area === "participant") {
    const t = await getTranslations("EventRegistration");
    return { href: "/peserta/acara", title: t("areaLinkTitle"), text: t("areaLinkText") };
  }
  const [t, count] = await Promise.all([getTranslations("EventAdmin.tasks"), countAwaitingDecision()]);
  return { href: "/staf/acara", title: t("staffTitle"), text: t("staffText", { count }) };
}
