// A match staff approved (or added by hand) is news for both sides: the SME's owner and every
// user of the buyer's organisation, each with a link to their own list of matches. Created in the
// approval's transaction, keyed by the match, so re-approving after a veto does not repeat it.
import "server-only";
import { createTranslator } from "next-intl";
import type { DbClient } from "@/lib/db";
import { env } from "@/lib/env";
import { catalogs } from "@/lib/i18n/messages";
import { notify } from "./notify";
import { activeAccounts, renderSimpleNotification } from "./simple";

const accountSelect = { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } as const;

export async function notifyMatchApproved(tx: DbClient, matchId: string): Promise<void> {
  const match = await tx.match.findUnique({
    where: { id: matchId },
    select: {
      event: { select: { title: true } },
      enterprise: { select: { legalName: true, brandName: true, owner: { select: accountSelect } } },
      buyer: { select: { name: true, users: { select: accountSelect, orderBy: { email: "asc" } } } },
    },
  });
  if (!match) return;
  const sides = [
    { accounts: activeAccounts([match.enterprise.owner]), other: match.buyer.name, path: "/ikm/pasangan" },
    { accounts: activeAccounts(match.buyer.users), other: match.enterprise.brandName ?? match.enterprise.legalName, path: "/pembeli/pasangan" },
  ];
  for (const side of sides) {
    const link = side.path;
    await notify(tx, {
      recipients: side.accounts,
      kind: "NEW_MATCH",
      link,
      dedupeKey: `match-approved:${matchId}`,
      render: (recipient) => {
        const t = createTranslator({ locale: recipient.locale, messages: catalogs[recipient.locale], namespace: "Notifications.match" });
        const values = { party: side.other, event: match.event?.title ?? env().SITE_CITY };
        return renderSimpleNotification(recipient, { subject: t("subject", values), intro: t("intro", values), action: t("action"), link });
      },
    });
  }
}
