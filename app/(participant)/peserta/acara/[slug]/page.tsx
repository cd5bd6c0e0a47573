import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ParticipantStatusBadge } from "@/components/events/status-badges";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { OwnRepresentatives } from "@/components/representatives/own-representatives";
import { getOwnRepresentatives } from "@/lib/representatives/queries";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { partyOf } from "@/lib/auth/party";
import { requireRoute } from "@/lib/auth/session";
import { withdrawRegistrationAction } from "@/lib/events/actions";
import { findParticipation } from "@/lib/events/participation";
import { canWithdraw, getRegistrationView } from "@/lib/events/registration";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDate, formatDateTime, formatDateTimeRange, formatTimeOfDay } from "@/lib/i18n/format";
import { getWalkInView } from "@/lib/meetings/live-queries";
import { OwnWalkInForm } from "@/components/meetings/live-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EventRegistration");
  return { title: t("detailMetaTitle") };
}

type PageProps = { params: Promise<{ slug: string }> };

export default async function MyEventPage({ params }: PageProps) {
  const { slug } = await params;
  const user = await requireRoute("/peserta/acara/[slug]", `/peserta/acara/${slug}`);
  const party = partyOf(user);
  const view = await getRegistrationView(party, { slug });
  if (!view) notFound();
  const [t, tLive, locale] = await Promise.all([getTranslations("EventRegistration"), getTranslations("LiveDay"), getLocale() as Promise<AppLocale>]);
  const { event, registration } = view;
  // On the event day, while slots remain, an approved participant can ask a meeting on the spot.
  const participation = registration?.status === "APPROVED" && party ? await findParticipation(party, event.id) : null;
  const walkIn = participation ? await getWalkInView(participation, event.slug) : null;
  const base = `/peserta/acara/${event.slug}`;
  const people = party && registration ? await getOwnRepresentatives(party, event.id) : null;

  return (
    <>
      <PageHeader title={event.title} lead={`${formatDateTimeRange(event.startsAt, event.endsAt, locale)} · ${event.venue}`}>
        <Link href="/peserta/acara" className="text-brand-700 underline">
          {t("backToMine")}
        </Link>
      </PageHeader>
      <PageBody>
        {walkIn ? (
          <Card as="section" aria-labelledby="walk-in-heading" className="mb-6 space-y-3">
            <h2 id="walk-in-heading" className="text-lg font-semibold text-brand-900">
              {tLive("own.heading")}
            </h2>
            <p>{tLive("own.lead")}</p>
            {walkIn.counterparts.length === 0 ? <p className="text-muted">{tLive("own.none")}</p> : <OwnWalkInForm eventId={walkIn.eventId} counterparts={walkIn.counterparts} />}
            {walkIn.walkIns.length > 0 ? (
              <div>
                <h3 className="font-semibold">{tLive("own.mineHeading")}</h3>
                <ul className="list-disc pl-5">
                  {walkIn.walkIns.map((meeting) => (
                    <li key={meeting.id}>
                      {meeting.startsAt && meeting.tableNumber !== null
                        ? tLive("own.placed", { party: meeting.other, time: formatTimeOfDay(meeting.startsAt, locale), table: meeting.tableNumber })
                        : tLive("own.waiting", { party: meeting.other })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </Card>
        ) : null}
        {registration ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card as="section" aria-labelledby="registration-status-heading">
              <h2 id="registration-status-heading" className="text-lg font-semibold text-brand-900">
                {t("yourStatus")}
              </h2>
              <p className="mt-3">
                <ParticipantStatusBadge status={registration.status} />
              </p>
              <p className="mt-2 text-sm text-muted">{t("registeredOn", { date: formatDate(registration.createdAt, locale) })}</p>
              {registration.applicationNote ? (
                <div className="mt-4">
                  <h3 className="font-semibold">{t("yourNote")}</h3>
                  <p className="whitespace-pre-line">{registration.applicationNote}</p>
                </div>
              ) : null}
              {registration.unavailableSlots.length > 0 ? (
                <div className="mt-4">
                  <h3 className="font-semibold">{t("yourUnavailable")}</h3>
                  <ul className="list-disc pl-5">
                    {registration.unavailableSlots.map((slot) => (
                      <li key={slot.toISOString()}>{formatDateTime(slot, locale)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {canWithdraw(registration, event) ? (
                <div className="mt-5">
                  <p className="mb-2 text-sm text-muted">{t("withdrawNote")}</p>
                  <MatchButtonForm action={withdrawRegistrationAction} fields={{ eventId: event.id }} label={t("withdraw")} pendingLabel={t("withdrawing")} />
                </div>
              ) : null}
            </Card>
            <Card as="section" aria-labelledby="registration-next-heading">
              <h2 id="registration-next-heading" className="text-lg font-semibold text-brand-900">
                {t("whatNext")}
              </h2>
              <p className="mt-3">{t(`next.${registration.status}`)}</p>
              {registration.status === "APPROVED" ? (
                <div className="mt-4 flex flex-wrap gap-3">
                  <ButtonLink href={`${base}/permintaan`}>{t("requestsLink")}</ButtonLink>
                  <ButtonLink href={`${base}/agenda`} variant="secondary">
                    {t("agendaLink")}
                  </ButtonLink>
                </div>
              ) : null}
            </Card>
            {people ? <OwnRepresentatives eventId={event.id} people={people.representatives} limit={people.limit} /> : null}
          </div>
        ) : (
          <Card>
            <p>{t("notRegisteredHere")}</p>
            <ButtonLink href={`/acara/${event.slug}`} className="mt-4">
              {t("goRegister")}
            </ButtonLink>
          </Card>
        )}
      </PageBody>
    </>
  );
}
