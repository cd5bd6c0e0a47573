// News of a consortium: when staff approve it (or change an approved one), each member's owner
// and every user of the buyer's organisation hear of it, with a link to their own list; when the
// last answer completes it, all of them hear that the meeting request exists. Keyed by the
// consortium, so a repeat adds nothing (a member added by an edit is new and hears of it).
import "server-only";
import { createTranslator } from "next-intl";
import type { DbClient } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { catalogs } from "@/lib/i18n/messages";
import { notify } from "@/lib/notifications/notify";
import { activeAccounts, renderSimpleNotification } from "@/lib/notifications/simple";

export const smeConsortiaPath = "/ikm/konsorsium";
export const buyerConsortiaPath = "/pembeli/konsorsium";

const accountSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;

async function notifyConsortium(tx: DbClient, consortiumId: string, kind: NotificationKind, message: "consortium" | "consortiumMeeting"): Promise<void> {
  const consortium = await tx.consortium.findUnique({
    where: { id: consortiumId },
    select: {
      quantityPerMonth: true,
      unit: true,
      buyer: { select: { name: true, users: { select: accountSelect, orderBy: { email: "asc" } } } },
      members: { select: { enterprise: { select: { owner: { select: accountSelect } } } } },
    },
  });
  if (!consortium) return;
  const sides = [
    { accounts: activeAccounts(consortium.members.map((member) => member.enterprise.owner)), path: smeConsortiaPath },
    { accounts: activeAccounts(consortium.buyer.users), path: buyerConsortiaPath },
  ];
  const values = { buyer: consortium.buyer.name, count: consortium.members.length, quantity: consortium.quantityPerMonth, unit: consortium.unit };
  for (const side of sides) {
    await notify(tx, {
      recipients: side.accounts,
      kind,
      link: side.path,
      dedupeKey: `${message === "consortium" ? "consortium-approved" : "consortium-meeting"}:${consortiumId}`,
      render: (recipient) => {
        const t = createTranslator({ locale: recipient.locale, messages: catalogs[recipient.locale], namespace: `Notifications.${message}` });
        return renderSimpleNotification(recipient, { subject: t("subject", values), intro: t("intro", values), action: t("action"), link: side.path });
      },
    });
  }
}

export const notifyConsortiumApproved = (tx: DbClient, consortiumId: string) => notifyConsortium(tx, consortiumId, "NEW_MATCH", "consortium");
export const notifyConsortiumMeeting = (tx: DbClient, consortiumId: string) => notifyConsortium(tx, consortiumId, "MEETING_REQUEST", "consortiumMeeting");
