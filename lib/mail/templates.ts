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
  /** Many sign-in attempts on the account: it is not locked, and here is a new-password link. */
  | { kind: "sign-in-warning"; name: string; link: string; attempts: number }
  /** A registration named an address that has an account: sign in, or set a new password. */
  | { kind: "registration-attempt"; name: string; link: string; signInLink: string }
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
    case "sign-in-warning":
      return {
        recipientName,
        subject: t("Mail.signInWarning.subject", { product }),
        blocks: [t("Mail.signInWarning.intro", { product, attempts: template.attempts }), t("Mail.signInWarning.notLocked"), t("Mail.signInWarning.next")],
        action: { label: t("Mail.signInWarning.action"), link: template.link },
        notes: [t("Mail.signInWarning.expiry"), t("Mail.signInWarning.ignore")],
      };
    case "registration-attempt":
      return {
        recipientName,
        subject: t("Mail.registrationAttempt.subject", { product }),
        blocks: [t("Mail.registrationAttempt.intro", { product }), t("Mail.registrationAttempt.signIn", { link: template.signInLink }), t("Mail.registrationAttempt.next")],
        action: { label: t("Mail.registrationAttempt.action"), link: template.link },
        notes: [t("Mail.registrationAttempt.expiry"), t("Mail.registrationAttempt.ignore")],
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
