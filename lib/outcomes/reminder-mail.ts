// The stale follow-up reminder, in the recipient's language, in the shared mail look. Pure.
import { createTranslator } from "next-intl";
import type { MeetingOutcome } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";
import { layoutMail, type MailSite, type RenderedMail } from "@/lib/mail/layout";

export type FollowUpReminder = {
  recipientName: string;
  otherParty: string;
  eventTitle: string;
  outcome: MeetingOutcome;
  updatedAt: Date;
  link: string;
};

export function renderFollowUpReminder(mail: FollowUpReminder, locale: AppLocale, site: MailSite): RenderedMail {
  const t = createTranslator({ locale, messages: catalogs[locale] });
  const values = { other: mail.otherParty, event: mail.eventTitle, date: formatDate(mail.updatedAt, locale), stage: t(`Outcomes.outcome.${mail.outcome}`) };
  return layoutMail(
    {
      subject: t("FollowUps.mail.subject", values),
      recipientName: mail.recipientName,
      blocks: [t("FollowUps.mail.intro", values), t("FollowUps.mail.ask")],
      action: { label: t("FollowUps.mail.action"), link: mail.link },
      notes: [],
    },
    locale,
    site,
  );
}
