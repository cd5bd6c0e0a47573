// The renewal reminder email, in the owner's language, as plain text and simple HTML. Pure:
// every word comes from the catalogs (Certificate.reminder, Certificates.mail, Mail).
import { createTranslator } from "next-intl";
import type { CertificateType } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";

export interface ReminderMailInput {
  name: string;
  type: CertificateType;
  certificateName: string | null;
  number: string;
  expiresAt: Date;
  daysBefore: number;
  link: string;
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function renderReminderMail(input: ReminderMailInput, locale: AppLocale, site: { productName: string; officeName: string }) {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const typeName = t(`Enums.certificateType.${input.type}`);
  const certificate = input.certificateName ? `${typeName} (${input.certificateName})` : typeName;
  const date = formatDate(input.expiresAt, locale);
  const subject = t("Certificate.reminder.subject", { certificate, days: input.daysBefore });
  const paragraphs = [
    t("Mail.greeting", { name: input.name }),
    t("Certificate.reminder.body", { certificate, number: input.number, date }),
    t("Certificates.mail.afterRenewal"),
  ];
  const action = t("Certificates.mail.action");
  const signOff = `${t("Mail.signOff")}\n${site.officeName}`;
  const footer = t("Mail.footer", { product: site.productName, office: site.officeName });
  const text = [...paragraphs, `${action}:\n${input.link}`, signOff, `-- \n${footer}`].join("\n\n");
  const link = escapeHtml(input.link);
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#10212f">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">`,
    ...paragraphs.map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph)}</p>`),
    `<p style="margin:24px 0"><a href="${link}" style="display:inline-block;background:#0c4a6e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action)}</a></p>`,
    `<p style="margin:0 0 16px">${escapeHtml(signOff).replace("\n", "<br>")}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#5b6b79">${escapeHtml(footer)}</p>`,
    `</div></body></html>`,
  ].join("\n");
  return { subject, text, html };
}
