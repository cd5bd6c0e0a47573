// Sourcing notifications, made after the transaction commits: an offer (new or revised) is a
// notification with an email (through the job queue, retried on failure) to every ACTIVE user of
// the buyer's organisation; a forward is an email to the owner of each enterprise newly forwarded
// to. A failed delivery is never shown as a failure of what was saved.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDate, formatRupiah } from "@/lib/i18n/format";
import { processPendingJobs } from "@/lib/job-runner/run-now";
import { deliver } from "@/lib/mail/transport";
import { notify } from "@/lib/notifications/notify";
import { siteConfig } from "@/lib/site";
import { renderSourcingMail, type SourcingMail } from "./mail";
import type { OfferEvent } from "./mutations";

const recipientSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;

async function send(to: string, mail: SourcingMail, locale: "id" | "en", context: Record<string, unknown>): Promise<void> {
  try {
    await deliver({ to, ...renderSourcingMail(mail, locale, mailSite()) });
  } catch (error) {
    console.error("Sending a sourcing email failed", { ...context, error });
  }
}

const mailSite = () => {
  const site = siteConfig();
  return { productName: site.productName, officeName: site.officeName };
};

/** Tells the buyer's people an offer arrived; never throws. */
export async function notifyOffer(event: OfferEvent): Promise<void> {
  try {
    const request = await db.sourcingRequest.findUnique({
      where: { id: event.requestId },
      select: { id: true, title: true, buyer: { select: { users: { where: { status: "ACTIVE", deletedAt: null }, select: recipientSelect, orderBy: { email: "asc" } } } } },
    });
    const offer = await db.sourcingOffer.findUnique({
      where: { id: event.offerId },
      select: { priceRupiah: true, unit: true, updatedAt: true, enterprise: { select: { legalName: true, brandName: true } } },
    });
    if (!request || !offer) return;
    const supplierName = offer.enterprise.brandName ?? offer.enterprise.legalName;
    const link = `/pembeli/permintaan/${request.id}`;
    await notify(db, {
      recipients: request.buyer.users,
      kind: "SOURCING_OFFER",
      link,
      // A revised offer is news again; the same version of it is not.
      dedupeKey: `offer:${event.offerId}:${offer.updatedAt.getTime()}`,
      render: (recipient) => {
        const mail: SourcingMail = {
          kind: "offer",
          recipientName: recipient.name,
          requestTitle: request.title,
          supplierName,
          price: `${formatRupiah(offer.priceRupiah, recipient.locale)} / ${offer.unit}`,
          revised: event.revised,
          link: `${env().appUrl}${link}`,
        };
        const email = renderSourcingMail(mail, recipient.locale, mailSite());
        return { title: email.subject, body: `${supplierName}: ${mail.price}`, email };
      },
    });
    await processPendingJobs();
  } catch (error) {
    console.error("Preparing offer notifications failed", { requestId: event.requestId, error });
  }
}

/** Tells the owners of the enterprises newly forwarded to; never throws. */
export async function notifyForward(requestId: string, enterpriseIds: readonly string[]): Promise<void> {
  if (enterpriseIds.length === 0) return;
  try {
    const [request, enterprises] = await Promise.all([
      db.sourcingRequest.findUnique({ where: { id: requestId }, select: { id: true, title: true, deadline: true, buyer: { select: { name: true } } } }),
      db.enterprise.findMany({ where: { id: { in: [...enterpriseIds] } }, select: { id: true, owner: { select: recipientSelect } } }),
    ]);
    if (!request) return;
    for (const { owner } of enterprises) {
      if (!owner || owner.status !== "ACTIVE" || owner.deletedAt) continue;
      const mail: SourcingMail = {
        kind: "forward",
        recipientName: owner.name,
        requestTitle: request.title,
        buyerName: request.buyer.name,
        deadline: request.deadline ? formatDate(request.deadline, owner.locale) : null,
        link: `${env().appUrl}/ikm/permintaan/${request.id}`,
      };
      await send(owner.email, mail, owner.locale, { requestId, recipientId: owner.id });
    }
  } catch (error) {
    console.error("Preparing forward notifications failed", { requestId, error });
  }
}
