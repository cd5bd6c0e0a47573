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

/**
 * For mail sent after the change it announces has been committed (a registration, a reset
 * request): a failed delivery is logged, not shown as a failure of the change, because the
 * person can ask for the link again.
 */
export async function sendMailOrLog(request: MailRequest, context: Record<string, unknown>): Promise<boolean> {
  try {
    await sendMail(request);
    return true;
  } catch (error) {
    console.error(`Sending the ${request.template.kind} email failed`, { ...context, error });
    return false;
  }
}
