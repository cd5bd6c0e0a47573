// The takeover email: staff registered an enterprise on the owner's behalf; the owner sets a
// password from the link and holds the account from then on. In the owner's language, as
// plain text and simple HTML, in the look of the account emails (lib/mail/templates.ts).
// Pure: no I/O.
import { createTranslator } from "next-intl";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import type { MailSite, RenderedMail } from "@/lib/mail/templates";

export interface TakeoverMail {
  name: string;
  email: string;
  link: string;
  staffName: string;
  enterprise: { legalName: string; brandName: string | null; legalForm: LegalForm; kecamatanName: string };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function renderTakeoverMail(mail: TakeoverMail, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  const office = site.officeName;
  const enterpriseName = mail.enterprise.brandName ?? mail.enterprise.legalName;
  const subject = t("Assisted.mail.subject", { product, enterprise: enterpriseName });
  const greeting = t("Mail.greeting", { name: mail.name });
  const intro = t("Assisted.mail.intro", { staff: mail.staffName, office, enterprise: enterpriseName, product });
  const facts: [string, string][] = [
    [t("Assisted.mail.legalName"), mail.enterprise.legalName],
    ...(mail.enterprise.brandName ? [[t("Assisted.mail.brandName"), mail.enterprise.brandName] as [string, string]] : []),
    [t("Assisted.mail.legalForm"), t(`Enums.legalForm.${mail.enterprise.legalForm}`)],
    [t("Assisted.mail.kecamatan"), mail.enterprise.kecamatanName],
    [t("Assisted.mail.email"), mail.email],
  ];
  const factsHeading = t("Assisted.mail.factsHeading");
  const next = t("Assisted.mail.next");
  const action = t("Assisted.mail.action");
  const notes = [t("Assisted.mail.expiry"), t("Assisted.mail.ignore", { office })];
  const signOff = t("Mail.signOff");
  const footer = t("Mail.footer", { product, office });

  const text = [
    greeting,
    intro,
    [factsHeading, ...facts.map(([label, value]) => `- ${label}: ${value}`)].join("\n"),
    next,
    `${action}:\n${mail.link}`,
    ...notes,
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
    paragraph(factsHeading),
    `<ul style="margin:0 0 16px;padding-left:20px">${facts.map(([label, value]) => `<li>${escapeHtml(label)}: <strong>${escapeHtml(value)}</strong></li>`).join("")}</ul>`,
    paragraph(next),
    `<p style="margin:24px 0"><a href="${link}" style="display:inline-block;background:#0c4a6e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px">${escapeHtml(t("Mail.linkFallback"))}<br><a href="${link}" style="color:#0c4a6e;word-break:break-all">${link}</a></p>`,
    ...notes.map(paragraph),
    `<p style="margin:0 0 16px">${escapeHtml(signOff)}<br>${escapeHtml(office)}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#5b6b79">${escapeHtml(footer)}</p>`,
    `</div></body></html>`,
  ].join("\n");

  return { subject, text, html };
}
