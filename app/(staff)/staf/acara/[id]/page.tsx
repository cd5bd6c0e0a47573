import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { EventForm } from "@/components/events/event-form";
import { EventStatusBadge } from "@/components/events/status-badges";
import { StatusNotice } from "@/components/events/status-notice";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRoute } from "@/lib/auth/session";
import { changeEventStatusAction } from "@/lib/events/actions";
import { getStaffEvent } from "@/lib/events/admin-queries";
import { canReopen } from "@/lib/events/phase";
import { capacityField, confirmedStatusChanges, eventFormDefaults, type EventStatusChange, eventStatusChanges, participantKinds } from "@/lib/events/schemas";
import type { EventStatus } from "@/lib/generated/prisma/enums";
import { isRecordId } from "@/lib/http/record-id";
import { formatDateTimeRange, formatNumber } from "@/lib/i18n/format";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string; status?: string; konfirmasi?: string }> };

const loadEvent = cache((id: string) => (isRecordId(id) ? getStaffEvent(id) : Promise.resolve(null)));

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const event = await loadEvent((await params).id);
  return event ? { title: event.title } : {};
}

/** The status changes offered in each status (the mutation checks them again). */
const changesFor: Record<EventStatus, EventStatusChange[]> = {
  DRAFT: ["publish", "cancel"],
  PUBLISHED: ["complete", "unpublish", "cancel"],
  COMPLETED: ["reopen"],
  CANCELLED: [],
};

const needsConfirmation = (change: EventStatusChange) => (confirmedStatusChanges as readonly EventStatusChange[]).includes(change);

export default async function StaffEventPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/acara/[id]", `/staf/acara/${id}`);
  const event = await loadEvent(id);
  if (!event) notFound();
  const [t, tKind, tLive, locale, query] = await Promise.all([getTranslations("EventAdmin"), getTranslations("Enums.eventKind"), getTranslations("LiveDay"), getLocale(), searchParams]);
  const editable = event.status === "DRAFT" || event.status === "PUBLISHED";
  const changed = eventStatusChanges.find((change) => change === query.status);
  const notice = query.baru ? t("createdNotice") : changed ? t(`status.done.${changed}`) : null;
  const { initial, sessions } = eventFormDefaults(event);
  const base = `/staf/acara/${event.id}`;
  const offered = changesFor[event.status].filter((change) => change !== "reopen" || canReopen(event, new Date()));
  // "Tandai selesai" and "Batalkan acara" first lead here, a page that asks before acting (no JavaScript needed).
  const confirming = confirmedStatusChanges.find((change) => change === query.konfirmasi && offered.includes(change));
  const links = [
    { href: `${base}/peserta`, label: t("detail.participants") },
    { href: `/staf/pencocokan?acara=${encodeURIComponent(event.slug)}`, label: t("detail.matching") },
    { href: `${base}/jadwal`, label: t("detail.schedule") },
    { href: `${base}/kehadiran`, label: t("detail.attendance") },
    ...(event.status === "PUBLISHED" && event.schedulePublishedAt ? [{ href: `${base}/langsung`, label: tLive("linkLabel") }] : []),
    { href: `${base}/laporan`, label: t("detail.report") },
  ];

  return (
    <>
      <PageHeader title={event.title} lead={formatDateTimeRange(event.startsAt, event.endsAt, locale)}>
        <div className="flex flex-wrap items-center gap-3">
          <EventStatusBadge status={event.status} />
          <span className="text-muted">{tKind(event.kind)}</span>
          <Link href="/staf/acara" className="text-brand-700 underline">
            {t("backToList")}
          </Link>
        </div>
      </PageHeader>
      <PageBody>
        {notice ? (
          <div className="mb-6">
            <StatusNotice>{notice}</StatusNotice>
          </div>
        ) : null}
        <div className="grid gap-8 lg:grid-cols-[1fr_2fr]">
          <div className="space-y-6">
            <Card as="section" aria-labelledby="event-links-heading">
              <h2 id="event-links-heading" className="text-lg font-semibold text-brand-900">
                {t("detail.links")}
              </h2>
              <ul className="mt-3 space-y-2">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="inline-flex min-h-11 items-center text-brand-700 underline">
                      {link.label}
                    </Link>
                  </li>
                ))}
                {event.status === "PUBLISHED" || event.status === "COMPLETED" ? (
                  <li>
                    <Link href={`/acara/${event.slug}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                      {t("detail.publicPage")}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </Card>
            <Card as="section" aria-labelledby="event-facts-heading">
              <h2 id="event-facts-heading" className="text-lg font-semibold text-brand-900">
                {t("detail.facts")}
              </h2>
              <dl className="mt-3 space-y-3">
                <div>
                  <dt className="font-semibold">{t("detail.slug")}</dt>
                  <dd className="break-all">/acara/{event.slug}</dd>
                </div>
                <div>
                  <dt className="font-semibold">{t("detail.meetingCapacity")}</dt>
                  <dd>{t("form.slotSummary", { slots: event.slotCount, tables: event.tableCount, capacity: formatNumber(event.meetingCapacity, locale) })}</dd>
                </div>
                {participantKinds.map((kind) => {
                  const capacity = event[capacityField[kind]];
                  const approved = event.counts[kind].APPROVED;
                  return (
                    <div key={kind}>
                      <dt className="font-semibold">{t(`kindLabel.${kind}`)}</dt>
                      <dd>
                        {capacity === null ? t("participants.capacityUnlimited", { approved }) : t("detail.capacityOf", { approved, capacity })}
                        {" · "}
                        {t("awaiting", { count: event.counts[kind].APPLIED })}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </Card>
            {confirming ? (
              <Card as="section" aria-labelledby="event-confirm-heading" className="border-red-300">
                <h2 id="event-confirm-heading" className="text-lg font-semibold text-brand-900">
                  {t(`status.confirm.${confirming}.title`)}
                </h2>
                <p className="mt-2">{t(`status.confirm.${confirming}.text`)}</p>
                <div className="mt-4 flex flex-wrap items-start gap-3">
                  <MatchButtonForm action={changeEventStatusAction} fields={{ eventId: event.id, change: confirming }} label={t(`status.confirm.${confirming}.yes`)} pendingLabel={t("status.pending")} variant="danger" />
                  <ButtonLink href={base} variant="secondary">
                    {t("status.confirm.keep")}
                  </ButtonLink>
                </div>
              </Card>
            ) : offered.length > 0 ? (
              <Card as="section" aria-labelledby="event-status-heading">
                <h2 id="event-status-heading" className="text-lg font-semibold text-brand-900">
                  {t("detail.lifecycle")}
                </h2>
                <div className="mt-3 space-y-3">
                  {offered.map((change) => (
                    <div key={change}>
                      {needsConfirmation(change) ? (
                        <ButtonLink href={`${base}?konfirmasi=${change}`} variant={change === "cancel" ? "danger" : "secondary"} size="sm">
                          {t(`status.${change}`)}
                        </ButtonLink>
                      ) : (
                        <MatchButtonForm
                          action={changeEventStatusAction}
                          fields={{ eventId: event.id, change }}
                          label={t(`status.${change}`)}
                          pendingLabel={t("status.pending")}
                          variant={change === "publish" ? "primary" : "secondary"}
                        />
                      )}
                      {change === "unpublish" ? <p className="mt-1 text-sm text-muted">{t("status.unpublishNote")}</p> : null}
                      {change === "reopen" ? <p className="mt-1 text-sm text-muted">{t("status.reopenNote")}</p> : null}
                    </div>
                  ))}
                </div>
              </Card>
            ) : null}
          </div>
          {editable ? (
            <section aria-labelledby="event-edit-heading">
              <h2 id="event-edit-heading" className="mb-4 text-2xl font-bold text-brand-900">
                {t("detail.edit")}
              </h2>
              <EventForm eventId={event.id} initial={initial} sessions={sessions} />
            </section>
          ) : null}
        </div>
      </PageBody>
    </>
  );
}
