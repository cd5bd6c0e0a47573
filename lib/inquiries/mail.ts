// The inquiry notification emails: a new thread (to the SME owner and to staff) and a reply (to
// the other side). In the recipient's language, plain text and simple HTML, in the look of the
// account emails (lib/mail/templates.ts). Pure: no I/O.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import type { MailSite, RenderedMail } from "@/lib/mail/templates";

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

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderInquiryMail(mail: InquiryMail, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  const office = site.officeName;
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
  const subjectLine = t("Inquiries.mail.subjectLine", { subject: mail.threadSubject });
  const quoteHeading = t("Inquiries.mail.quoteHeading");
  const excerpt = messageExcerpt(mail.message);
  const action = t("Inquiries.mail.action");
  const note = mail.audience === "staff" ? t("Inquiries.mail.staffNote") : t("Inquiries.mail.replyNote");
  const greeting = t("Mail.greeting", { name: mail.recipientName });
  const signOff = t("Mail.signOff");
  const footer = t("Mail.footer", { product, office });

  const text = [
    greeting,
    intro,
    subjectLine,
    `${quoteHeading}\n${excerpt
      .split("\n")
      .map((line) => `> ${line}`)
      .join("\n")}`,
    `${action}:\n${mail.link}`,
    note,
    `${signOff}\n${office}`,
    `-- \n${footer}`,
  ].join("\n\n");

  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const link = escapeHtml(mail.link);
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#10212f">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">`,
    `<p style="margin:0 0 16px;font-weight:bold;color:#0c2a43">${escapeHtml(product)}</p>`,
    paragraph(greeting),
    paragraph(intro),
    paragraph(subjectLine),
    paragraph(quoteHeading),
    `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #0c4a6e;background:#f4f6f8;white-space:pre-line">${escapeHtml(excerpt)}</blockquote>`,
    `<p style="margin:24px 0"><a href="${link}" style="display:inline-block;background:#0c4a6e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px">${escapeHtml(t("Mail.linkFallback"))}<br><a href="${link}" style="color:#0c4a6e;word-break:break-all">${link}</a></p>`,
    paragraph(note),
    `<p style="margin:0 0 16px">${escapeHtml(signOff)}<br>${escapeHtml(office)}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#5b6b79">${escapeHtml(footer)}</p>`,
    `</div></body></html>`,
  ].join("\n");

  return { subject, text, html };
}
