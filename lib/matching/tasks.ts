// The matching line of the SME, buyer and staff home pages (AreaTasks), in the reader's language.
import "server-only";
import { getTranslations } from "next-intl/server";

export async function matchingTask(area: "sme" | "buyer" | "staff"): Promise<{ href: string; title: string; text: string }> {
  const t = await getTranslations("Matching.tasks");
  if (area === "sme") return { href: "/ikm/pasangan", title: t("smeTitle"), text: t("smeText") };
  if (area === "buyer") return { href: "/pembeli/pasangan", title: t("buyerTitle"), text: t("buyerText") };
  return { href: "/staf/pencocokan", title: t("staffTitle"), text: t("staffText") };
}

/** The pooled-supply line of the SME and buyer home pages. */
export async function consortiumTask(area: "sme" | "buyer"): Promise<{ href: string; title: string; text: string }> {
  const t = await getTranslations("Matching.consortium.own");
  return area === "sme" ? { href: "/ikm/konsorsium", title: t("heading"), text: t("smeTask") } : { href: "/pembeli/konsorsium", title: t("heading"), text: t("buyerTask") };
}
