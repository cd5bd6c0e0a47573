import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AgendaOtherParty } from "@/lib/agenda/queries";
import { kbliLabel } from "@/lib/i18n/format";

/** Who the meeting is with: name (linked to an SME's catalog page), and their sector or buyer kind. */
export function OtherParty({ other, link = true }: { other: AgendaOtherParty; link?: boolean }) {
  const tEnums = useTranslations("Enums");
  const locale = useLocale();
  if (other.kind === "PARTNER") return <span className="font-semibold text-ink">{other.name}</span>;
  if (other.kind === "BUYER") {
    return (
      <span>
        <span className="font-semibold text-ink">{other.name}</span>
        <span className="block text-sm text-muted">{[tEnums(`buyerKind.${other.buyerKind}`), other.city].filter(Boolean).join(" · ")}</span>
      </span>
    );
  }
  const sector = other.sector ? kbliLabel(other.sector, locale) : null;
  return (
    <span>
      {link && other.catalogSlug ? (
        <Link href={`/katalog/pemasok/${other.catalogSlug}`} className="font-semibold text-brand-800 underline">
          {other.name}
        </Link>
      ) : (
        <span className="font-semibold text-ink">{other.name}</span>
      )}
      {sector ? <span className="block text-sm text-muted">{sector}</span> : null}
    </span>
  );
}
