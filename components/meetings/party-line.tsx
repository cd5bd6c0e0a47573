import Link from "next/link";
import type { AppLocale } from "@/lib/i18n/config";
import { kbliLabel } from "@/lib/i18n/format";
import type { PartySummary } from "@/lib/meetings/queries";

/** A participant's name (linked to its catalog page for an SME) with sector and place. */
export function PartyLine({ party, locale }: { party: PartySummary; locale: AppLocale }) {
  const sector = party.sector ? kbliLabel(party.sector, locale) : null;
  return (
    <div className="min-w-0">
      <p className="font-semibold text-ink">
        {party.enterpriseSlug ? (
          <Link href={`/katalog/pemasok/${party.enterpriseSlug}`} className="underline-offset-2 hover:underline">
            {party.name}
          </Link>
        ) : (
          party.name
        )}
      </p>
      <p className="text-sm text-muted">{[sector, party.place].filter(Boolean).join(" · ")}</p>
    </div>
  );
}
