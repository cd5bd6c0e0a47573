import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import type { FormState } from "@/lib/auth/form-state";
import type { OwnMatch } from "@/lib/matching/queries";
import type { Paginated } from "@/lib/pagination";
import { OwnMatchCard } from "./own-match-card";

type Props = {
  matches: Paginated<OwnMatch>;
  side: "sme" | "buyer";
  pathname: string;
  respond: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** The SME's or the buyer's approved matches, paginated, or what to expect when there are none. */
export function OwnMatches({ matches, side, pathname, respond }: Props) {
  const t = useTranslations("Matching.own");
  if (matches.total === 0) return <EmptyState title={t("emptyTitle")} text={t("emptyText")} />;
  return (
    <section aria-labelledby="own-matches-heading">
      <h2 id="own-matches-heading" className="text-2xl font-bold text-brand-900">
        {t("listHeading")}
      </h2>
      <ul className="mt-4 space-y-4">
        {matches.items.map((match) => (
          <OwnMatchCard key={match.id} match={match} side={side} respond={respond} />
        ))}
      </ul>
      <Pagination page={matches.page} pageCount={matches.pageCount} pathname={pathname} />
    </section>
  );
}
