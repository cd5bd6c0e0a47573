// The sourcing line of the SME and staff home pages' task lists, translated.
import "server-only";
import { getTranslations } from "next-intl/server";

export interface AreaTask {
  href: string;
  title: string;
  text: string;
}

export async function sourcingTask(area: "sme" | "staff"): Promise<AreaTask> {
  const t = await getTranslations("Sourcing.tasks");
  return area === "sme"
    ? { href: "/ikm/permintaan", title: t("smeTitle"), text: t("smeText") }
    : { href: "/staf/permintaan", title: t("staffTitle"), text: t("staffText") };
}
