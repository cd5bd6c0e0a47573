// A notification whose email is one paragraph and a button: the title is the subject, the body
// the paragraph. Pure: no I/O.
import { env } from "@/lib/env";
import { layoutMail } from "@/lib/mail/layout";
import { siteConfig } from "@/lib/site";
import type { NotificationRecipient, RenderedNotification } from "./notify";

export interface SimpleNotification {
  subject: string;
  intro: string;
  action: string;
  /** Path on this site. */
  link: string;
  notes?: string[];
}

export function renderSimpleNotification(recipient: NotificationRecipient, content: SimpleNotification): RenderedNotification {
  const site = siteConfig();
  const email = layoutMail(
    { subject: content.subject, recipientName: recipient.name, blocks: [content.intro], action: { label: content.action, link: `${env().appUrl}${content.link}` }, notes: content.notes ?? [] },
    recipient.locale,
    { productName: site.productName, officeName: site.officeName },
  );
  return { title: content.subject, body: content.intro, email };
}

/** Where ACTIVE, not deleted accounts are the only ones written to. */
export function activeAccounts<T extends { status: string; deletedAt: Date | null }>(accounts: readonly (T | null | undefined)[]): T[] {
  return accounts.filter((account): account is T => !!account && account.status === "ACTIVE" && !account.deletedAt);
}
