import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { PartyLine } from "@/components/meetings/party-line";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClassName } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { partyOf } from "@/lib/auth/party";
import { requireRoute } from "@/lib/auth/session";
import { findParticipation } from "@/lib/events/participation";
import { getEventBySlug } from "@/lib/events/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { cancelMeetingRequestAction, respondMeetingRequestAction, sendMeetingRequestAction } from "@/lib/meetings/actions";
import { getRequestsOverview, listCounterparts, type RequestItem } from "@/lib/meetings/queries";
import { parsePage } from "@/lib/pagination";

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("MeetingRequests");
  return { title: t("metaTitle") };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-ink">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function MeetingRequestsPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const user = await requireRoute("/peserta/acara/[slug]/permintaan", `/peserta/acara/${slug}/permintaan`);
  const [t, tMatch, locale, event, query] = await Promise.all([getTranslations("MeetingRequests"), getTranslations("Matching.meetingStatus"), getLocale() as Promise<AppLocale>, getEventBySlug(slug), searchParams]);
  if (!event) notFound();
  const party = partyOf(user);
  const participation = party ? await findParticipation(party, event.id) : null;
  const back = (
    <ButtonLink href={`/peserta/acara/${slug}`} variant="secondary">
      {t("backToEvent")}
    </ButtonLink>
  );
  const header = <PageHeader title={t("heading")} lead={t("lead", { event: event.title })} />;

  if (!participation || participation.status !== "APPROVED" || participation.kind === "PARTNER") {
    const [title, text] = !participation
      ? [t("notRegistered"), t("notRegisteredHint")]
      : participation.kind === "PARTNER"
        ? [t("heading"), t("partnerHint")]
        : [t("notApproved"), t("notApprovedHint")];
    return (
      <>
        {header}
        <PageBody>
          <EmptyState title={title} text={text} action={back} />
        </PageBody>
      </>
    );
  }

  const q = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const page = parsePage(query.page);
  const [overview, counterparts] = await Promise.all([getRequestsOverview(participation), listCounterparts(participation, { q, page })]);
  if (page > counterparts.pageCount) notFound();
  const when = (date: Date) => formatDateTime(date, locale);

  const requestCard = (item: RequestItem, actions: React.ReactNode, extra?: React.ReactNode) => (
    <li key={item.id} aria-label={item.other.name}>
      <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0 space-y-1">
          <PartyLine party={item.other} locale={locale} />
          {extra}
        </div>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </Card>
    </li>
  );

  return (
    <>
      {header}
      <PageBody>
        <div className="space-y-10">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-muted">{t("limit", { count: overview.pendingSent, limit: overview.pendingLimit, hours: overview.expiryHours })}</p>
            {back}
          </div>

          <Section id="incoming-heading" title={t("incomingHeading")}>
            {overview.incoming.length === 0 ? (
              <p className="text-muted">{t("incomingEmpty")}</p>
            ) : (
              <ul className="space-y-3">
                {overview.incoming.map((item) =>
                  requestCard(
                    item,
                    <>
                      <MatchButtonForm action={respondMeetingRequestAction} fields={{ meetingId: item.id, answer: "ACCEPTED" }} label={t("accept")} pendingLabel={t("accept")} variant="primary" accessibleLabel={t("acceptFrom", { name: item.other.name })} />
                      <MatchButtonForm action={respondMeetingRequestAction} fields={{ meetingId: item.id, answer: "DECLINED" }} label={t("decline")} pendingLabel={t("decline")} accessibleLabel={t("declineFrom", { name: item.other.name })} />
                    </>,
                    item.expiresAt ? <p className="text-sm text-muted">{t("expiresAt", { time: when(item.expiresAt) })}</p> : null,
                  ),
                )}
              </ul>
            )}
          </Section>

          <Section id="outgoing-heading" title={t("outgoingHeading")}>
            {overview.outgoing.length === 0 ? (
              <p className="text-muted">{t("outgoingEmpty")}</p>
            ) : (
              <ul className="space-y-3">
                {overview.outgoing.map((item) =>
                  requestCard(
                    item,
                    <MatchButtonForm action={cancelMeetingRequestAction} fields={{ meetingId: item.id }} label={t("cancel")} pendingLabel={t("cancel")} variant="ghost" accessibleLabel={t("cancelTo", { name: item.other.name })} />,
                    item.expiresAt ? <p className="text-sm text-muted">{t("expiresAt", { time: when(item.expiresAt) })}</p> : null,
                  ),
                )}
              </ul>
            )}
          </Section>

          <Section id="agreed-heading" title={t("agreedHeading")}>
            {overview.agreed.length === 0 ? (
              <p className="text-muted">{t("agreedEmpty")}</p>
            ) : (
              <ul className="space-y-3">
                {overview.agreed.map((item) =>
                  requestCard(
                    item,
                    null,
                    <p className="flex flex-wrap items-center gap-2 text-sm">
                      <Badge tone={item.status === "SCHEDULED" || item.status === "HELD" ? "success" : "info"}>{t(`existing.${item.status}`)}</Badge>
                      <span>{item.startsAt && item.tableNumber ? t("agreedPlaced", { time: when(item.startsAt), table: item.tableNumber }) : t("agreedWaiting")}</span>
                      {item.fromMatch ? <span className="text-muted">{t("fromMatch")}</span> : null}
                    </p>,
                  ),
                )}
              </ul>
            )}
          </Section>

          <Section id="ask-heading" title={t("askHeading")}>
            <p className="text-muted">{participation.kind === "SME" ? t("askLeadSme") : t("askLeadBuyer")}</p>
            <form method="get" role="search" className="flex flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1">
                <label htmlFor="counterpart-q" className="block text-sm font-medium text-ink">
                  {t("searchLabel")}
                </label>
                <input id="counterpart-q" name="q" type="search" defaultValue={q} className={controlClassName} />
              </div>
              <button type="submit" className={buttonClassName("secondary")}>
                {t("search")}
              </button>
            </form>
            {counterparts.items.length === 0 ? (
              <p className="text-muted">{t("askEmpty")}</p>
            ) : (
              <ul className="space-y-3">
                {counterparts.items.map((other) => {
                  const canAsk = other.existing === null || other.existing === "CANCELLED" || other.existingExpired;
                  return (
                    <li key={other.participantId} aria-label={other.name}>
                      <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
                        <PartyLine party={other} locale={locale} />
                        {canAsk ? (
                          <MatchButtonForm action={sendMeetingRequestAction} fields={{ eventId: event.id, targetId: other.participantId }} label={t("ask")} pendingLabel={t("ask")} variant="primary" accessibleLabel={t("askTo", { name: other.name })} />
                        ) : (
                          <Badge tone="neutral">{other.existing ? t(`existing.${other.existing}`) : ""}</Badge>
                        )}
                      </Card>
                    </li>
                  );
                })}
              </ul>
            )}
            <Pagination page={counterparts.page} pageCount={counterparts.pageCount} pathname={`/peserta/acara/${slug}/permintaan`} query={q ? { q } : {}} />
          </Section>

          {overview.closed.length > 0 ? (
            <Section id="closed-heading" title={t("closedHeading")}>
              <ul className="space-y-3">
                {overview.closed.map((item) =>
                  requestCard(item, null, <Badge tone="neutral">{item.expired ? t("expired") : tMatch(item.status)}</Badge>),
                )}
              </ul>
            </Section>
          ) : null}
        </div>
      </PageBody>
    </>
  );
}
