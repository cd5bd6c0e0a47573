import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { type Definition, DefinitionList } from "@/components/layout/definition-list";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { ForwardForm } from "@/components/sourcing/forward-form";
import { OfferComparison } from "@/components/sourcing/offer-comparison";
import { RequestCard, RequestFacts, RequestStatusBadge } from "@/components/sourcing/request-facts";
import { Card } from "@/components/ui/card";
import { controlClassName } from "@/components/ui/field";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { formatDate } from "@/lib/i18n/format";
import { deadlinePassed, isAnswerable } from "@/lib/sourcing/fit";
import { getRequestForStaff, searchForwardCandidates } from "@/lib/sourcing/queries";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sourcing.staff");
  return { title: t("detailMetaTitle") };
}

export default async function StaffRequestPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/permintaan/[id]", `/staf/permintaan/${id}`);
  if (!isRecordId(id)) notFound();
  const request = await getRequestForStaff(id);
  if (!request) notFound();

  const [t, locale, query] = await Promise.all([getTranslations("Sourcing.staff"), getLocale(), searchParams]);
  const now = new Date();
  const answerable = isAnswerable(request, now);
  const q = (Array.isArray(query.q) ? query.q[0] : query.q)?.trim().slice(0, 100) ?? "";
  const candidates = answerable && q.length >= 2 ? await searchForwardCandidates(request.id, q) : [];
  const contact: Definition[] = [
    { term: t("contactName"), detail: request.createdBy?.name ?? t("contactUnknown") },
    { term: t("contactEmail"), detail: request.createdBy?.email ?? t("contactUnknown") },
    { term: t("contactPhone"), detail: request.createdBy?.phone ?? t("contactUnknown") },
  ];

  return (
    <>
      <PageHeader title={request.title} lead={t("detailLead")} />
      <PageBody>
        <div className="space-y-8">
          <p>
            <Link href="/staf/permintaan" className="font-semibold text-brand-800 underline">
              {t("backToList")}
            </Link>
          </p>
          <RequestCard heading={t("detailsHeading")} badges={<RequestStatusBadge status={request.status} deadlinePassed={deadlinePassed(request.deadline, now)} />}>
            <div className="mt-4 space-y-6">
              <RequestFacts request={request} />
              <div>
                <h3 className="font-semibold text-brand-900">{t("contactHeading")}</h3>
                <div className="mt-2">
                  <DefinitionList items={contact} />
                </div>
              </div>
            </div>
          </RequestCard>

          <section aria-labelledby="offers-heading" className="space-y-4">
            <h2 id="offers-heading" className="text-2xl font-bold text-brand-900">
              {t("offersHeading")} <span className="text-base font-normal text-muted">({t("offerCount", { count: request.offers.length })})</span>
            </h2>
            {request.offers.length > 0 ? <OfferComparison offers={request.offers} showStatus /> : <p className="text-muted">{t("noOffers")}</p>}
          </section>

          <Card as="section" aria-labelledby="forward-heading">
            <h2 id="forward-heading" className="text-xl font-bold text-brand-900">
              {t("forwardHeading")}
            </h2>
            {request.forwards.length > 0 ? (
              <ul className="mt-3 space-y-1" aria-label={t("forwardedListLabel")}>
                {request.forwards.map((forward) => (
                  <li key={forward.enterprise.id}>
                    <span className="font-medium">{forward.enterprise.brandName ?? forward.enterprise.legalName}</span>{" "}
                    <span className="text-sm text-muted">
                      {t("forwardedOn", { date: formatDate(forward.createdAt, locale), name: forward.forwardedBy?.name ?? t("contactUnknown") })}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-muted">{t("noForwards")}</p>
            )}
            {answerable ? (
              <div className="mt-6 space-y-4 border-t border-line pt-4">
                <form method="get" role="search" className="flex flex-wrap items-end gap-3">
                  <div className="min-w-60 flex-1 space-y-1.5">
                    <label htmlFor="forward-search" className="block font-medium text-ink">
                      {t("searchLabel")}
                    </label>
                    <input id="forward-search" name="q" type="search" defaultValue={q} minLength={2} maxLength={100} className={controlClassName} />
                  </div>
                  <button type="submit" className="inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50">
                    {t("search")}
                  </button>
                </form>
                {q.length >= 2 ? (
                  candidates.length > 0 ? (
                    <ForwardForm
                      requestId={request.id}
                      choices={candidates.map((candidate) => ({
                        id: candidate.id,
                        name: candidate.name,
                        forwarded: candidate.forwarded,
                        detail: [candidate.legalName, candidate.kbliCode ? `KBLI ${candidate.kbliCode}` : null, candidate.fit ? t(`fit.${candidate.fit}`) : t("fit.none")]
                          .filter(Boolean)
                          .join(" · "),
                      }))}
                    />
                  ) : (
                    <p role="status">{t("noCandidates", { q })}</p>
                  )
                ) : (
                  <p className="text-sm text-muted">{t("searchHint")}</p>
                )}
              </div>
            ) : (
              <p className="mt-4 text-muted">{t("notForwardable")}</p>
            )}
          </Card>
        </div>
      </PageBody>
    </>
  );
}
