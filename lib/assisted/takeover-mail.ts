// The takeover email: staff registered an enterprise on the owner's behalf; the owner sets a
// password from the link and holds the account from then on. In the owner's language, as
// plain text and simple HTML, in the shared look of lib/mail/layout.ts.
// Pure: no I/O.
import { createTranslator } from "next-intl";
import type { LegalForm } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { layoutMail, type MailSite, type RenderedMail } from "@/lib/mail/layout";

export interface TakeoverMail {
  name: string;
  email: string;
  link: string;
  staffName: string;
  enterprise: { legalName: string; brandName: string | null; legalForm: LegalForm; kecamatanName: string };
}

export function renderTakeoverMail(mail: TakeoverMail, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const product = site.productName;
  const office = site.officeName;
  const enterpriseName = mail.enterprise.brandName ?? mail.enterprise.legalName;
  const facts: [string, string][] = [
    [t("Assisted.mail.legalName"), mail.enterprise.legalName],
    ...(mail.enterprise.brandName ? [[t("Assisted.mail.brandName"), mail.enterprise.brandName] as [string, string]] : []),
    [t("Assisted.mail.legalForm"), t(`Enums.legalForm.${mail.enterprise.legalForm}`)],
    [t("Assisted.mail.kecamatan"), mail.enterprise.kecamatanName],
    [t("Assisted.mail.email"), mail.email],
  ];
  return layoutMail(
    {
      subject: t("Assisted.mail.subject", { product, enterprise: enterpriseName }),
      recipientName: mail.name,
      blocks: [
        t("Assisted.mail.intro", { staff: mail.staffName, office, enterprise: enterpriseName, product }),
        t("Assisted.mail.factsHeading"),
        { facts },
        t("Assisted.mail.next"),
      ],
      action: { label: t("Assisted.mail.action"), link: mail.link },
      notes: [t("Assisted.mail.expiry"), t("Assisted.mail.ignore", { office })],
    },
    locale,
    site,
  );
}
