// The inquiries line on the SME and staff home pages (AreaTasks), in the reader's language.
import "server-only";
import { getTranslations } from "next-intl/server";

export async function inquiryTask(side: "sme" | "staff"): Promise<{ href: string; title: string; text: string }> {
  const t = await getTranslations("Inquiries.tasks");
  return side === "sme"
    ? { href: "/ikm/pertanyaan", title: t("smeTitle"), text: t("smeText") }
    : { href: "/staf/pertanyaan", title: t("staffTitle"), text: t("staffText") };
}
