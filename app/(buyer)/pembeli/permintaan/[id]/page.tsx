import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { OfferComparison } from "@/components/sourcing/offer-comparison";
import { RequestCard, RequestFacts, RequestStatusBadge } from "@/components/sourcing/request-facts";
import { RequestIdForm } from "@/components/sourcing/request-id-form";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { closeRequestAction, reopenRequestAction } from "@/lib/sourcing/actions";
import { deadlinePassed } from "@/lib/sourcing/fit";
import { getBuyerRequest } from "@/lib/sourcing/queries";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sourcing.buyer");
  return { title: t("detailMetaTitle") };
}

export default async function BuyerRequestPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const user = await requireRoute("/pembeli/permintaan/[id]", `/pembeli/permintaan/${id}`);
  if (!isRecordId(id) || !user.buyerOrganizationId) notFound();
  // Limited to the session's organisation: another buyer's request is a 404, never a read.
  const request = await getBuyerRequest(user.buyerOrganizationId, id);
  if (!request) notFound();

  const [t, query] = await Promise.all([getTranslations("Sourcing.buyer"), searchParams]);
  const now = new Date();
  const passed = deadlinePassed(request.deadline, now);

  return (
    <>
      <PageHeader title={request.title} lead={t("detailLead")} />
      <PageBody>
        <div className="space-y-8">
          <p>
            <Link href="/pembeli/permintaan" className="font-semibold text-brand-800 underline">
              {t("backToList")}
            </Link>
          </p>
          {query.baru === "1" ? (
            <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900">
              {t("createdNotice")}
            </p>
          ) : null}
          <RequestCard heading={t("detailsHeading")} badges={<RequestStatusBadge status={request.status} deadlinePassed={passed} />}>
            <div className="mt-4">
              <RequestFacts request={request} showBuyer={false} />
            </div>
            <div className="mt-6 border-t border-line pt-4">
              {request.status === "OPEN" ? (
                <RequestIdForm action={closeRequestAction} requestId={request.id} label={t("close")} pendingLabel={t("closing")} note={t("closeNote")} />
              ) : passed ? (
                <p className="text-muted">{t("closedPastDeadline")}</p>
              ) : (
                <RequestIdForm action={reopenRequestAction} requestId={request.id} label={t("reopen")} pendingLabel={t("reopening")} note={t("reopenNote")} />
              )}
            </div>
          </RequestCard>
          <section aria-labelledby="offers-heading" className="space-y-4">
            <h2 id="offers-heading" className="text-2xl font-bold text-brand-900">
              {t("offersHeading")} <span className="text-base font-normal text-muted">({t("offerCount", { count: request.offers.length })})</span>
            </h2>
            {request.offers.length > 0 ? (
              <>
                <p className="text-muted">{t("offersSorted")}</p>
                <OfferComparison offers={request.offers} />
              </>
            ) : (
              <EmptyState headingLevel={3} title={t("noOffersTitle")} text={t("noOffersText")} />
            )}
          </section>
        </div>
      </PageBody>
    </>
  );
}
