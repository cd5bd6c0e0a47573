// The owner hears about a curation decision on their profile or product: a notification in the
// centre and an email, created in the review's transaction (keyed by the review, so once).
import { createTranslator } from "next-intl";
import type { DbClient } from "@/lib/db";
import type { CurationStatus } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/format";
import { catalogs } from "@/lib/i18n/messages";
import { notify } from "@/lib/notifications/notify";
import { activeAccounts, renderSimpleNotification } from "@/lib/notifications/simple";

type Decided = Extract<CurationStatus, "PUBLISHED" | "REVISION_REQUESTED" | "REJECTED">;
const ownerSelect = { select: { id: true, email: true, name: true, locale: true, status: true, deletedAt: true } } as const;

export async function notifyCurationResult(
  tx: DbClient,
  input: { subject: "enterprise" | "product"; id: string; reviewId: string; status: Decided; comment: string | null },
): Promise<void> {
  const target =
    input.subject === "enterprise"
      ? await tx.enterprise
          .findUnique({ where: { id: input.id }, select: { legalName: true, brandName: true, owner: ownerSelect } })
          .then((row) => row && { owner: row.owner, name: () => row.brandName ?? row.legalName })
      : await tx.product
          .findUnique({ where: { id: input.id }, select: { nameId: true, nameEn: true, enterprise: { select: { owner: ownerSelect } } } })
          .then((row) => row && { owner: row.enterprise.owner, name: (locale: AppLocale) => localName(row, locale) });
  if (!target) return;
  const link = input.subject === "enterprise" ? "/ikm/kurasi" : `/ikm/produk/${input.id}`;
  await notify(tx, {
    recipients: activeAccounts([target.owner]),
    kind: "CURATION_RESULT",
    link,
    dedupeKey: `curation:${input.reviewId}`,
    render: (recipient) => {
      const t = createTranslator({ locale: recipient.locale, messages: catalogs[recipient.locale], namespace: "Notifications.curation" });
      const name = target.name(recipient.locale);
      return renderSimpleNotification(recipient, {
        subject: t(`${input.subject}.${input.status}.subject`, { name }),
        intro: t(`${input.subject}.${input.status}.intro`, { name }),
        action: t("action"),
        link,
        notes: input.comment ? [t("note", { note: input.comment })] : [],
      });
    },
  });
}

/** The owner hears that staff approved or rejected the changes to their published profile (keyed by the change, so once). */
export async function notifyChangesDecision(
  tx: DbClient,
  input: { enterpriseId: string; changeId: string; approved: boolean; note: string | null },
): Promise<void> {
  const row = await tx.enterprise.findUnique({ where: { id: input.enterpriseId }, select: { legalName: true, brandName: true, owner: ownerSelect } });
  if (!row) return;
  const name = row.brandName ?? row.legalName;
  const link = "/ikm/profil";
  await notify(tx, {
    recipients: activeAccounts([row.owner]),
    kind: "CURATION_RESULT",
    link,
    dedupeKey: `curation-changes:${input.changeId}`,
    render: (recipient) => {
      const t = createTranslator({ locale: recipient.locale, messages: catalogs[recipient.locale], namespace: "Notifications.curation" });
      const outcome = input.approved ? "approved" : "rejected";
      return renderSimpleNotification(recipient, {
        subject: t(`enterpriseChanges.${outcome}.subject`, { name }),
        intro: t(`enterpriseChanges.${outcome}.intro`, { name }),
        action: t("action"),
        link,
        notes: input.note ? [t("note", { note: input.note })] : [],
      });
    },
  });
}
