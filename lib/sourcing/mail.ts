// The sourcing notification emails: an offer arrived (to the buyer's people) and a request was
// forwarded (to the SME owner). In the recipient's language, plain text and simple HTML, in the
// look of the other notification emails. Pure: no I/O.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { layoutMail, type MailSite, type RenderedMail } from "@/lib/mail/layout";

export type SourcingMail =
  | { kind: "offer"; recipientName: string; requestTitle: string; supplierName: string; price: string; revised: boolean; link: string }
  | { kind: "forward"; recipientName: string; requestTitle: string; buyerName: string; deadline: string | null; link: string };

export function renderSourcingMail(mail: SourcingMail, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  let subject: string;
  let paragraphs: string[];
  if (mail.kind === "offer") {
    const values = { supplier: mail.supplierName, request: mail.requestTitle, price: mail.price, product };
    subject = mail.revised ? t("Sourcing.mail.offerRevisedSubject", values) : t("Sourcing.mail.offerSubject", values);
    paragraphs = [mail.revised ? t("Sourcing.mail.offerRevisedIntro", values) : t("Sourcing.mail.offerIntro", values), t("Sourcing.mail.offerCompare")];
  } else {
    const values = { buyer: mail.buyerName, request: mail.requestTitle, product };
    subject = t("Sourcing.mail.forwardSubject", values);
    paragraphs = [
      t("Sourcing.mail.forwardIntro", values),
      mail.deadline ? t("Sourcing.mail.forwardDeadline", { deadline: mail.deadline }) : t("Sourcing.mail.forwardNoDeadline"),
    ];
  }
  const action = mail.kind === "offer" ? t("Sourcing.mail.offerAction") : t("Sourcing.mail.forwardAction");
  return layoutMail({ subject, recipientName: mail.recipientName, blocks: paragraphs, action: { label: action, link: mail.link }, notes: [] }, locale, site);
}
