// Sends one of the account emails to a person, in their language.
import "server-only";
import type { AppLocale } from "@/lib/i18n/config";
import { siteConfig } from "@/lib/site";
import { type MailTemplate, renderMail } from "./templates";
import { deliver } from "./transport";

export interface MailRequest {
  to: string;
  locale: AppLocale;
  template: MailTemplate;
}

export async function sendMail({ to, locale, template }: MailRequest): Promise<void> {
  const site = siteConfig();
  await deliver({ to, ...renderMail(template, locale, { productName: site.productName, officeName: site.officeName }) });
}
