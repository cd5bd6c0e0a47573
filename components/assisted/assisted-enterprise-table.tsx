import Link from "next/link";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { CurationStatusBadge } from "@/components/status/curation-status-badge";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { AssistedEnterpriseRow, OwnerAccountState } from "@/lib/assisted/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { ResendInvitationButton } from "./resend-invitation-button";

function OwnerState({ state, locale }: { state: OwnerAccountState; locale: AppLocale }) {
  const t = useTranslations("Assisted.list");
  switch (state.kind) {
    case "invited":
      return <Badge tone="warning">{t("waiting")}</Badge>;
    case "takenOver":
      return (
        <div className="flex flex-col items-start gap-1">
          <Badge tone="success">{t("takenOver")}</Badge>
          {state.at ? <span className="text-sm text-muted">{t("takenOverOn", { date: formatDate(state.at, locale) })}</span> : null}
        </div>
      );
    case "deactivated":
      return <Badge tone="neutral">{t("deactivated")}</Badge>;
    case "none":
      return <Badge tone="neutral">{t("noOwner")}</Badge>;
  }
}

/** The assisted enterprises of one page: who owns each, whether they took it over, and what to do next. */
export async function AssistedEnterpriseTable({ items }: { items: AssistedEnterpriseRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("Assisted.list"), getLocale()]);
  return (
    <Table caption={t("caption")} captionHidden>
      <thead>
        <tr>
          <Th>{t("enterprise")}</Th>
          <Th>{t("kecamatan")}</Th>
          <Th>{t("owner")}</Th>
          <Th>{t("account")}</Th>
          <Th>{t("curation")}</Th>
          <Th>{t("assisted")}</Th>
          <Th>{t("actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const name = item.brandName ?? item.legalName;
          return (
            <tr key={item.id}>
              <Th scope="row">
                {name}
                {item.brandName ? <span className="block text-sm font-normal text-muted">{item.legalName}</span> : null}
              </Th>
              <Td>{item.kecamatanName}</Td>
              <Td>
                {item.owner ? (
                  <>
                    {item.owner.name}
                    <span className="block text-sm break-all text-muted">{item.owner.email}</span>
                  </>
                ) : (
                  <span className="text-muted">—</span>
                )}
              </Td>
              <Td>
                <OwnerState state={item.ownerState} locale={locale} />
              </Td>
              <Td>
                <CurationStatusBadge status={item.status} />
              </Td>
              <Td>
                <span className="whitespace-nowrap">{formatDate(item.assistedAt, locale)}</span>
                <span className="block text-sm text-muted">
                  {item.assistedByName ? t("assistedBy", { name: item.assistedByName }) : t("assistedByUnknown")}
                </span>
              </Td>
              <Td>
                <div className="flex flex-col items-start gap-2">
                  <Link
                    href={`/staf/ikm/${item.id}/profil`}
                    aria-label={t("fillProfileName", { enterprise: name })}
                    className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
                  >
                    {t("fillProfile")}
                  </Link>
                  {item.ownerState.kind === "invited" ? <ResendInvitationButton enterpriseId={item.id} enterpriseName={name} /> : null}
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
