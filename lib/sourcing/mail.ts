// The sourcing notification emails: an offer arrived (to the buyer's people) and a request was
// forwarded (to the SME owner). In the recipient's language, plain text and simple HTML, in the
// look of the other notification emails. Pure: no I/O.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import type { MailSite, RenderedMail } from "@/lib/mail/templates";

export type SourcingMail =
  | { kind: "offer"; recipientName: string; requestTitle: string; supplierName: string; price: string; revised: boolean; link: string }
  | { kind: "forward"; recipientName: string; requestTitle: string; buyerName: string; deadline: string | null; link: string };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderSourcingMail(mail: SourcingMail, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  const office = site.officeName;
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
  const greeting = t("Mail.greeting", { name: mail.recipientName });
  const signOff = t("Mail.signOff");
  const footer = t("Mail.footer", { product, office });

  const text = [greeting, ...paragraphs, `${action}:\n${mail.link}`, `${signOff}\n${office}`, `-- \n${footer}`].join("\n\n");

  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const link = escapeHtml(mail.link);
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#10212f">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">`,
    `<p style="margin:0 0 16px;font-weight:bold;color:#0c2a43">${escapeHtml(product)}</p>`,
    paragraph(greeting),
    ...paragraphs.map(paragraph),
    `<p style="margin:24px 0"><a href="${link}" style="display:inline-block;background:#0c4a6e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px">${escapeHtml(t("Mail.linkFallback"))}<br><a href="${link}" style="color:#0c4a6e;word-break:break-all">${link}</a></p>`,
    `<p style="margin:0 0 16px">${escapeHtml(signOff)}<br>${escapeHtml(office)}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#5b6b79">${escapeHtml(footer)}</p>`,
    `</div></body></html>`,
  ].join("\n");

  return { subject, text, html };
}
