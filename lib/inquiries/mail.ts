// The inquiry notification emails: a new thread (to the SME owner and to staff) and a reply (to
// the other side). In the recipient's language, plain text and simple HTML, in the shared look of
// lib/mail/layout.ts. Pure: no I/O.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { layoutMail, type MailSite, type RenderedMail } from "@/lib/mail/layout";

export type InquiryMailAudience = "sme" | "staff" | "buyer";

export interface InquiryMail {
  kind: "new" | "reply";
  audience: InquiryMailAudience;
  recipientName: string;
  threadSubject: string;
  /** The product asked about (null: the supplier as a whole) and its supplier. */
  productName: string | null;
  supplierName: string;
  /** Who wrote: the buyer organisation, the supplier, or the office for staff. */
  authorName: string;
  message: string;
  /** Absolute address of the thread page the recipient opens. */
  link: string;
}

export const excerptLength = 300;

/** The start of a message for quoting: whitespace tidied, cut at a word with an ellipsis. */
export function messageExcerpt(body: string, max: number = excerptLength): string {
  const tidy = body.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim();
  if (tidy.length <= max) return tidy;
  const cut = tidy.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function renderInquiryMail(mail: InquiryMail, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  const about = mail.productName
    ? t("Inquiries.mail.aboutProduct", { product: mail.productName, supplier: mail.supplierName })
    : t("Inquiries.mail.aboutSupplier", { supplier: mail.supplierName });
  const values = { author: mail.authorName, about, supplier: mail.supplierName, subject: mail.threadSubject, product };
  const subject = mail.kind === "new" ? t("Inquiries.mail.newSubject", values) : t("Inquiries.mail.replySubject", values);
  const intro =
    mail.kind === "reply"
      ? t("Inquiries.mail.replyIntro", values)
      : mail.audience === "staff"
        ? t("Inquiries.mail.newIntroStaff", values)
        : t("Inquiries.mail.newIntro", values);
  const note = mail.audience === "staff" ? t("Inquiries.mail.staffNote") : t("Inquiries.mail.replyNote");
  return layoutMail(
    {
      subject,
      recipientName: mail.recipientName,
      blocks: [intro, t("Inquiries.mail.subjectLine", { subject: mail.threadSubject }), { heading: t("Inquiries.mail.quoteHeading"), quote: messageExcerpt(mail.message) }],
      action: { label: t("Inquiries.mail.action"), link: mail.link },
      notes: [note],
    },
    locale,
    site,
  );
}
