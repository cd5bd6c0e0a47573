import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReviewEntry } from "@/lib/curation/queries";
import { curationCriteria, maxCurationTotal } from "@/lib/curation/rubric";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

const decisionKeys = { PUBLISH: "publish", REQUEST_REVISION: "requestRevision", REJECT: "reject" } as const;

/** Earlier reviews, newest first: scores per criterion, total, grade and decision. */
export function ReviewHistory({ reviews, locale }: { reviews: ReviewEntry[]; locale: AppLocale }) {
  const t = useTranslations("CurationQueue.history");
  const tReview = useTranslations("CurationQueue.review");
  const tAny = useTranslations();
  type Key = Parameters<typeof tAny>[0];
  if (reviews.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <Table caption={t("caption")}>
      <thead>
        <tr>
          <Th>{t("date")}</Th>
          <Th>{t("reviewer")}</Th>
          {curationCriteria.map((criterion) => (
            <Th key={criterion} className="text-right">
              {tAny(`Curation.criteria.${criterion}.label` as Key)}
            </Th>
          ))}
          <Th className="text-right">{t("total")}</Th>
          <Th>{t("grade")}</Th>
          <Th>{t("decision")}</Th>
        </tr>
      </thead>
      <tbody>
        {reviews.map((review) => (
          <tr key={review.id}>
            <Td>{formatDate(review.createdAt, locale)}</Td>
            <Td>{review.reviewerName ?? t("unknownReviewer")}</Td>
            {curationCriteria.map((criterion) => (
              <Td key={criterion} className="text-right tabular-nums">
                {review[criterion]}
              </Td>
            ))}
            <Td className="text-right tabular-nums">{t("totalValue", { total: review.total, max: maxCurationTotal })}</Td>
            <Td className="font-semibold">{review.grade}</Td>
            <Td>{tReview(`decisions.${decisionKeys[review.decision]}.label`)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
