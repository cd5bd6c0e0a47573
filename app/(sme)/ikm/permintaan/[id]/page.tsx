import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { OfferForm, type OfferFormValues } from "@/components/sourcing/offer-form";
import { RequestCard, RequestFacts, RequestStatusBadge } from "@/components/sourcing/request-facts";
import { RequestIdForm } from "@/components/sourcing/request-id-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { formatDate } from "@/lib/i18n/format";
import { withdrawOfferAction } from "@/lib/sourcing/actions";
import { deadlinePassed, isAnswerable } from "@/lib/sourcing/fit";
import { getRequestForSme, getSmeSourcingContext } from "@/lib/sourcing/queries";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sourcing.sme");
  return { title: t("detailMetaTitle") };
}

export default async function SmeRequestPage({ params }: PageProps) {
  const { id } = await params;
  const user = await requireRoute("/ikm/permintaan/[id]", `/ikm/permintaan/${id}`);
  if (!isRecordId(id) || !user.enterpriseId) notFound();
  const context = await getSmeSourcingContext(user.enterpriseId);
  // Only requests that fit the enterprise's sectors or were forwarded to it: anything else is a 404.
  const request = context ? await getRequestForSme(context, id) : null;
  if (!request) notFound();

  const [t, locale] = await Promise.all([getTranslations("Sourcing.sme"), getLocale()]);
  const now = new Date();
  const answerable = isAnswerable(request, now);
  const offer = request.ownOffer;
  const submitted = offer?.status === "SUBMITTED";
  const initial: OfferFormValues = offer
    ? {
        price: offer.priceRupiah.toString(),
        unit: offer.unit,
        minOrder: String(offer.minOrder),
        monthlyCapacity: offer.monthlyCapacity === null ? "" : String(offer.monthlyCapacity),
        leadTimeDays: String(offer.leadTimeDays),
        sampleAvailable: offer.sampleAvailable,
        message: offer.message ?? "",
      }
    : { price: "", unit: request.unit, minOrder: "", monthlyCapacity: "", leadTimeDays: "", sampleAvailable: false, message: "" };

  return (
    <>
      <PageHeader title={request.title} lead={t("detailLead")} />
      <PageBody>
        <div className="space-y-8">
          <p>
            <Link href="/ikm/permintaan" className="font-semibold text-brand-800 underline">
              {t("backToList")}
            </Link>
          </p>
          <RequestCard
            heading={t("detailsHeading")}
            badges={
              <div className="flex flex-wrap gap-1">
                <RequestStatusBadge status={request.status} deadlinePassed={deadlinePassed(request.deadline, now)} />
                {request.forwarded ? <Badge tone="accent">{t("forwardedBadge")}</Badge> : null}
              </div>
            }
          >
            <p className="mt-2 text-sm text-muted">{request.fit ? t(`fit.${request.fit}`) : t("fit.forwarded")}</p>
            <div className="mt-4">
              <RequestFacts request={request} />
            </div>
            <p className="mt-4 text-sm text-muted">{t("contactNote")}</p>
          </RequestCard>
          <Card as="section" aria-labelledby="offer-heading">
            <h2 id="offer-heading" className="text-xl font-bold text-brand-900">
              {submitted ? t("yourOfferHeading") : t("offerHeading")}
            </h2>
            {offer ? (
              <p className="mt-2" role="note">
                {submitted
                  ? t("offerSentOn", { date: formatDate(offer.updatedAt, locale) })
                  : t("offerWithdrawnOn", { date: formatDate(offer.updatedAt, locale) })}
              </p>
            ) : null}
            <div className="mt-4 space-y-6">
              {answerable ? (
                <>
                  <OfferForm requestId={request.id} initial={initial} revising={submitted} />
                  {submitted ? (
                    <div className="border-t border-line pt-4">
                      <RequestIdForm
                        action={withdrawOfferAction}
                        requestId={request.id}
                        label={t("withdraw")}
                        pendingLabel={t("withdrawing")}
                        variant="danger"
                        note={t("withdrawNote")}
                      />
                    </div>
                  ) : null}
                </>
              ) : (
                <p className="text-muted">{request.status === "CLOSED" ? t("closedText") : t("deadlinePassedText")}</p>
              )}
            </div>
          </Card>
        </div>
      </PageBody>
    </>
  );
}
