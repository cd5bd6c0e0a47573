import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { StatusNotice } from "@/components/events/status-notice";
import { GenerateScheduleForm } from "@/components/meetings/generate-form";
import { GroupMeetingForm } from "@/components/meetings/group-form";
import { MoveMeetingForm } from "@/components/meetings/move-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { MeetingSeats } from "@/components/representatives/meeting-seats";
import { getEventSeats } from "@/lib/representatives/queries";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import type { AppLocale } from "@/lib/i18n/config";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { mustHappenAction, publishScheduleAction, unplaceMeetingAction, unpublishScheduleAction } from "@/lib/meetings/actions";
import { getGroupCandidates, getScheduleBoard, type ScheduleMeeting } from "@/lib/meetings/queries";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ selesai?: string | string[] }> };

/** What the last move or removal did; the action redirects back with it. */
const notices = ["moved", "unplaced"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Schedule");
  return { title: t("metaTitle") };
}

export default async function SchedulePage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const done = (await searchParams).selesai;
  const notice = notices.find((key) => key === done);
  await requireRoute("/staf/acara/[id]/jadwal", `/staf/acara/${id}/jadwal`);
  if (!isRecordId(id)) notFound();
  const [t, locale, board, candidates] = await Promise.all([getTranslations("Schedule"), getLocale() as Promise<AppLocale>, getScheduleBoard(id), getGroupCandidates(id)]);
  if (!board) notFound();
  const seats = await getEventSeats(board.event.id);
  const { event, slots, counts } = board;
  const slotChoices = slots.map((slot) => ({ index: slot.index, label: `${slot.index + 1}. ${formatDateTime(slot.startsAt, locale)}` }));
  const published = event.schedulePublishedAt !== null;

  const meetingCard = (meeting: ScheduleMeeting) => {
    // A group meeting names every SME at the table, then its host.
    const names = `${[meeting.sme, ...meeting.members].map((party) => party.name).join(", ")} – ${meeting.buyer.name}`;
    return (
      <li key={meeting.id} id={`pertemuan-${meeting.id}`} aria-label={names} className="scroll-mt-24">
        <Card className="space-y-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <p className="font-semibold text-ink">{names}</p>
              <p className="flex flex-wrap gap-2 text-sm text-muted">
                {meeting.tableNumber ? <span>{t("tableNumber", { table: meeting.tableNumber })}</span> : null}
                {meeting.matchScore !== null ? <span>{t("score", { score: meeting.matchScore })}</span> : null}
                {meeting.members.length > 0 ? <Badge tone="info">{t("group")}</Badge> : null}
                {meeting.mustHappen ? <Badge tone="accent">{t("mustHappen")}</Badge> : null}
                {meeting.placedByStaff ? <Badge tone="info">{t("byStaff")}</Badge> : null}
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <MatchButtonForm
                action={mustHappenAction}
                fields={{ meetingId: meeting.id, mustHappen: meeting.mustHappen ? "false" : "true" }}
                label={meeting.mustHappen ? t("unmarkMustHappen") : t("markMustHappen")}
                pendingLabel={meeting.mustHappen ? t("unmarkMustHappen") : t("markMustHappen")}
                variant="ghost"
                accessibleLabel={`${meeting.mustHappen ? t("unmarkMustHappen") : t("markMustHappen")}: ${names}`}
              />
              {meeting.status === "SCHEDULED" ? (
                <MatchButtonForm action={unplaceMeetingAction} fields={{ meetingId: meeting.id }} label={t("unplace")} pendingLabel={t("unplace")} variant="ghost" accessibleLabel={`${t("unplace")}: ${names}`} />
              ) : null}
            </div>
          </div>
          {meeting.status === "ACCEPTED" || meeting.status === "SCHEDULED" ? (
            <MoveMeetingForm
              meetingId={meeting.id}
              slots={slotChoices}
              tables={event.tableCount}
              current={{ slot: meeting.slot, table: meeting.tableNumber }}
              label={`${meeting.status === "ACCEPTED" ? t("place") : t("move")}: ${names}`}
              submitLabel={meeting.status === "ACCEPTED" ? t("place") : t("move")}
            />
          ) : null}
          {meeting.status === "SCHEDULED" ? <MeetingSeats eventId={event.id} meetingId={meeting.id} seats={seats.get(meeting.id)} /> : null}
        </Card>
      </li>
    );
  };

  const bySlot = new Map<number, ScheduleMeeting[]>();
  for (const meeting of board.placed) if (meeting.slot !== null) bySlot.set(meeting.slot, [...(bySlot.get(meeting.slot) ?? []), meeting]);

  return (
    <>
      <PageHeader title={t("heading")} lead={t("lead")}>
        <p className="mt-2 font-medium text-ink">{event.title}</p>
      </PageHeader>
      <PageBody>
        <div className="space-y-10">
          {notice ? <StatusNotice>{t(notice)}</StatusNotice> : null}
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/staf/acara/${event.id}`} variant="secondary">
              {t("backToEvent")}
            </ButtonLink>
            <ButtonLink href={`/staf/acara/${event.id}/jadwal/cetak`} variant="secondary">
              {t("printGrid")}
            </ButtonLink>
          </div>

          {slots.length === 0 ? (
            <EmptyState title={t("heading")} text={t("noSessions")} />
          ) : (
            <div className="grid gap-6 lg:grid-cols-2">
              <Card as="section" aria-labelledby="schedule-state" className="space-y-4">
                <h2 id="schedule-state" className="text-lg font-semibold text-ink">
                  {t("settings", { slots: slots.length, tables: event.tableCount, minutes: event.slotMinutes })}
                </h2>
                <p>{published && event.schedulePublishedAt ? t("publishedAt", { time: formatDateTime(event.schedulePublishedAt, locale) }) : t("draft")}</p>
                <GenerateScheduleForm eventId={event.id} published={published} />
                <div className="flex flex-wrap gap-2">
                  {published ? (
                    <MatchButtonForm action={unpublishScheduleAction} fields={{ eventId: event.id }} label={t("unpublish")} pendingLabel={t("unpublish")} />
                  ) : (
                    <MatchButtonForm action={publishScheduleAction} fields={{ eventId: event.id }} label={t("publish")} pendingLabel={t("publish")} variant="primary" />
                  )}
                </div>
              </Card>
              <Table caption={t("countsCaption")}>
                <thead>
                  <tr>
                    <Th>{t("status")}</Th>
                    <Th className="text-right">{t("count")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {(Object.keys(counts) as (keyof typeof counts)[]).map((key) => (
                    <tr key={key}>
                      <Th scope="row">{t(`counts.${key}`)}</Th>
                      <Td className="text-right tabular-nums">{formatNumber(counts[key], locale)}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}

          {slots.length > 0 ? (
            <Card as="section" aria-labelledby="group-heading" className="space-y-3">
              <h2 id="group-heading" className="text-lg font-semibold text-ink">
                {t("groupHeading")}
              </h2>
              {candidates.hosts.length > 0 && candidates.smes.length > 1 ? (
                <GroupMeetingForm eventId={event.id} seats={event.tableSeats} hosts={candidates.hosts} smes={candidates.smes} />
              ) : (
                <p className="text-muted">{t("groupNoCandidates")}</p>
              )}
            </Card>
          ) : null}

          <section aria-labelledby="waiting-heading" className="space-y-3">
            <h2 id="waiting-heading" className="text-lg font-semibold text-ink">
              {t("waitingHeading")} ({formatNumber(board.waiting.length, locale)})
            </h2>
            {board.waiting.length === 0 ? <p className="text-muted">{t("waitingEmpty")}</p> : <ul className="space-y-3">{board.waiting.map(meetingCard)}</ul>}
          </section>

          <section aria-labelledby="placed-heading" className="space-y-6">
            <h2 id="placed-heading" className="text-lg font-semibold text-ink">
              {t("placedHeading")} ({formatNumber(board.placed.length, locale)})
            </h2>
            {board.placed.length === 0 ? (
              <p className="text-muted">{t("placedEmpty")}</p>
            ) : (
              slots
                .filter((slot) => bySlot.has(slot.index))
                .map((slot) => (
                  <section key={slot.index} aria-labelledby={`slot-${slot.index}`} className="space-y-3">
                    <h3 id={`slot-${slot.index}`} className="font-semibold text-ink">
                      {t("slotHeading", { number: slot.index + 1, time: formatDateTime(slot.startsAt, locale) })}
                    </h3>
                    <ul className="space-y-3">{bySlot.get(slot.index)!.map(meetingCard)}</ul>
                  </section>
                ))
            )}
          </section>
        </div>
      </PageBody>
    </>
  );
}
