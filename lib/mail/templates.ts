// The account emails, in the recipient's language, as plain text and as simple HTML (the shared
// look of lib/mail/layout.ts). Every word comes from the "Mail" namespace of the message catalogs.
// Pure: no I/O.
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { layoutMail, type MailContent, type MailSite, type RenderedMail } from "./layout";

export type { MailSite, RenderedMail } from "./layout";

export type MailTemplate =
  | { kind: "verify-email"; name: string; link: string }
  | { kind: "reset-password"; name: string; link: string }
  | {
      kind: "invitation";
      name: string;
      link: string;
      inviterName: string;
      role: "ADMIN" | "STAFF" | "PARTNER";
      organizationName: string | null;
    };

function content(template: MailTemplate, locale: AppLocale, site: MailSite): MailContent {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  const recipientName = template.name;
  switch (template.kind) {
    case "verify-email":
      return {
        recipientName,
        subject: t("Mail.verifyEmail.subject", { product }),
        blocks: [t("Mail.verifyEmail.intro", { product })],
        action: { label: t("Mail.verifyEmail.action"), link: template.link },
        notes: [t("Mail.verifyEmail.expiry"), t("Mail.verifyEmail.ignore")],
      };
    case "reset-password":
      return {
        recipientName,
        subject: t("Mail.resetPassword.subject", { product }),
        blocks: [t("Mail.resetPassword.intro", { product })],
        action: { label: t("Mail.resetPassword.action"), link: template.link },
        notes: [t("Mail.resetPassword.expiry"), t("Mail.resetPassword.ignore")],
      };
    case "invitation": {
      const role = t(`Enums.role.${template.role}`);
      const intro = template.organizationName
        ? t("Mail.invitation.introWithOrganization", { inviter: template.inviterName, product, role, organization: template.organizationName })
        : t("Mail.invitation.intro", { inviter: template.inviterName, product, role });
      return {
        recipientName,
        subject: t("Mail.invitation.subject", { product }),
        blocks: [intro, t("Mail.invitation.next")],
        action: { label: t("Mail.invitation.action"), link: template.link },
        notes: [t("Mail.invitation.expiry"), t("Mail.invitation.ignore")],
      };
    }
  }
}

export function renderMail(template: MailTemplate, locale: AppLocale, site: MailSite): RenderedMail {
  return layoutMail(content(template, locale, site), locale, site);
}
