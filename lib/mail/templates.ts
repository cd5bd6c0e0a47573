// The account emails, in the recipient's language, as plain text and as simple HTML. Every
// word comes from the "Mail" namespace of the message catalogs. Pure: no I/O.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";

export type MailTemplate =
  | { kind: "verify-email"; name: string; link: string }
  | { kind: "reset-password"; name: string; link: string }
  | {
      kind: "invitation";
      name: string;
      link: string;
      inviterName: string;
      role: "STAFF" | "PARTNER";
      organizationName: string | null;
    };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailSite {
  productName: string;
  officeName: string;
}

interface Content {
  subject: string;
  paragraphs: string[];
  action: string;
  link: string;
  notes: string[];
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function content(template: MailTemplate, locale: AppLocale, site: MailSite): Content & { greeting: string; signOff: string; footer: string; linkFallback: string } {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  const shared = {
    greeting: t("Mail.greeting", { name: template.name }),
    signOff: t("Mail.signOff"),
    footer: t("Mail.footer", { product, office: site.officeName }),
    linkFallback: t("Mail.linkFallback"),
    link: template.link,
  };
  switch (template.kind) {
    case "verify-email":
      return {
        ...shared,
        subject: t("Mail.verifyEmail.subject", { product }),
        paragraphs: [t("Mail.verifyEmail.intro", { product })],
        action: t("Mail.verifyEmail.action"),
        notes: [t("Mail.verifyEmail.expiry"), t("Mail.verifyEmail.ignore")],
      };
    case "reset-password":
      return {
        ...shared,
        subject: t("Mail.resetPassword.subject", { product }),
        paragraphs: [t("Mail.resetPassword.intro", { product })],
        action: t("Mail.resetPassword.action"),
        notes: [t("Mail.resetPassword.expiry"), t("Mail.resetPassword.ignore")],
      };
    case "invitation": {
      const role = t(`Enums.role.${template.role}`);
      const intro = template.organizationName
        ? t("Mail.invitation.introWithOrganization", { inviter: template.inviterName, product, role, organization: template.organizationName })
        : t("Mail.invitation.intro", { inviter: template.inviterName, product, role });
      return {
        ...shared,
        subject: t("Mail.invitation.subject", { product }),
        paragraphs: [intro, t("Mail.invitation.next")],
        action: t("Mail.invitation.action"),
        notes: [t("Mail.invitation.expiry"), t("Mail.invitation.ignore")],
      };
    }
  }
}

export function renderMail(template: MailTemplate, locale: AppLocale, site: MailSite): RenderedMail {
  const c = content(template, locale, site);
  const text = [
    c.greeting,
    ...c.paragraphs,
    `${c.action}:\n${c.link}`,
    ...c.notes,
    `${c.signOff}\n${site.officeName}`,
    `-- \n${c.footer}`,
  ].join("\n\n");

  const paragraph = (value: string) => `<p style="margin:0 0 16px">${escapeHtml(value)}</p>`;
  const link = escapeHtml(c.link);
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(c.subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#10212f">`,
    `<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">`,
    `<p style="margin:0 0 16px;font-weight:bold;color:#0c2a43">${escapeHtml(site.productName)}</p>`,
    paragraph(c.greeting),
    ...c.paragraphs.map(paragraph),
    `<p style="margin:24px 0"><a href="${link}" style="display:inline-block;background:#0c4a6e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(c.action)}</a></p>`,
    `<p style="margin:0 0 16px;font-size:14px">${escapeHtml(c.linkFallback)}<br><a href="${link}" style="color:#0c4a6e;word-break:break-all">${link}</a></p>`,
    ...c.notes.map(paragraph),
    `<p style="margin:0 0 16px">${escapeHtml(c.signOff)}<br>${escapeHtml(site.officeName)}</p>`,
    `<p style="margin:24px 0 0;font-size:13px;color:#5b6b79">${escapeHtml(c.footer)}</p>`,
    `</div></body></html>`,
  ].join("\n");

  return { subject: c.subject, text, html };
}
