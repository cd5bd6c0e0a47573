// Notifications of inquiries (in the centre and by email through the job queue), made after the
// transaction commits. A new thread goes to the SME
// owner and to every ACTIVE STAFF user (one email each, in their own language: the office has
// no shared mailbox configured, and each officer follows up on their own); a reply goes to the
// other side (buyer reply -> SME owner; SME reply -> the buyer who opened the thread; staff
// reply -> both). Only ACTIVE, not deleted accounts are written to. A failed delivery is
// retried by the queue, never shown as a failure of the message that was saved.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/generated/prisma/enums";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { notify } from "@/lib/notifications/notify";
import { siteConfig } from "@/lib/site";
import { type InquiryMailAudience, renderInquiryMail } from "./mail";
import type { InquiryEvent } from "./mutations";

const recipientSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;

interface Recipient {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  status: string;
  deletedAt: Date | null;
}

const threadPaths: Record<InquiryMailAudience, string> = {
  sme: "/ikm/pertanyaan",
  staff: "/staf/pertanyaan",
  buyer: "/pembeli/pertanyaan",
};

export function threadLink(audience: InquiryMailAudience, inquiryId: string): string {
  return `${env().appUrl}${threadPath(audience, inquiryId)}`;
}

const threadPath = (audience: InquiryMailAudience, inquiryId: string) => `${threadPaths[audience]}/${inquiryId}`;

/** Sends the emails an inquiry event calls for; never throws. `kind` "new" is a thread just opened. */
export async function notifyInquiry(event: InquiryEvent, kind: "new" | "reply"): Promise<void> {
  try {
    await send(event, kind);
    await processPendingJobs();
  } catch (error) {
    console.error("Preparing inquiry notifications failed", { inquiryId: event.inquiryId, error });
  }
}

async function send(event: InquiryEvent, kind: "new" | "reply"): Promise<void> {
  const inquiry = await db.inquiry.findUnique({
    where: { id: event.inquiryId },
    select: {
      id: true,
      subject: true,
      product: { select: { nameId: true, nameEn: true } },
      enterprise: { select: { legalName: true, brandName: true, owner: { select: recipientSelect } } },
      buyer: { select: { name: true } },
      createdBy: { select: recipientSelect },
    },
  });
  if (!inquiry) return;

  const site = siteConfig();
  const supplierName = inquiry.enterprise.brandName ?? inquiry.enterprise.legalName;
  const authorName = event.side === "BUYER" ? inquiry.buyer.name : event.side === "SME" ? supplierName : site.officeName;

  const targets: { recipient: Recipient | null; audience: InquiryMailAudience }[] = [];
  if (event.side !== "SME") targets.push({ recipient: inquiry.enterprise.owner, audience: "sme" });
  if (event.side !== "BUYER") targets.push({ recipient: inquiry.createdBy, audience: "buyer" });
  if (kind === "new") {
    const staff = await db.user.findMany({ where: { role: "STAFF", status: "ACTIVE", deletedAt: null }, select: recipientSelect, orderBy: { email: "asc" } });
    for (const recipient of staff) targets.push({ recipient, audience: "staff" });
  }

  // The message just saved names this happening: the author's latest message with this body.
  const message = await db.inquiryMessage.findFirst({
    where: { inquiryId: inquiry.id, authorId: event.authorId, body: event.body },
    select: { id: true },
    orderBy: { createdAt: "desc" },
  });
  const happening = message?.id ?? `${kind}:${event.authorId}`;
  for (const { recipient, audience } of targets) {
    if (!recipient || recipient.status !== "ACTIVE" || recipient.deletedAt || recipient.id === event.authorId) continue;
    await notify(db, {
      recipients: [recipient],
      kind: "INQUIRY_MESSAGE",
      link: threadPath(audience, inquiry.id),
      dedupeKey: `inquiry-message:${inquiry.id}:${happening}`,
      render: ({ locale, name }) => {
        const productName = inquiry.product ? (locale === "en" ? (inquiry.product.nameEn ?? inquiry.product.nameId) : inquiry.product.nameId) : null;
        const email = renderInquiryMail(
          {
            kind,
            audience,
            recipientName: name,
            threadSubject: inquiry.subject,
            productName,
            supplierName,
            authorName,
            message: event.body,
            link: threadLink(audience, inquiry.id),
          },
          locale,
          { productName: site.productName, officeName: site.officeName },
        );
        return { title: email.subject, body: event.body.slice(0, 280), email };
      },
    });
  }
}
