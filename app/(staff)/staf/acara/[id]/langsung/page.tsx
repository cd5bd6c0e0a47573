import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusNotice } from "@/components/events/status-notice";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { MatchButtonForm } from "@/components/forms/match-button-form";
import { AbsentForm, StaffWalkInForm } from "@/components/meetings/live-forms";
import { LiveRefresh } from "@/components/meetings/live-refresh";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import type { AppLocale } from "@/lib/i18n/config";
import { formatTimeOfDay } from "@/lib/i18n/format";
import { cancelLiveMeetingAction, liveNoShowAction } from "@/lib/meetings/live-actions";
import { getLiveBoard } from "@/lib/meetings/live-queries";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ selesai?: string | string[] }> };

/** The results a desk action comes back with (lib/meetings/live-actions.ts). */
const notices = ["cancelled", "cancelledRefilled", "noShow", "noShowRefilled", "absent", "absentRefilled"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LiveDay");
  return { title: t("metaTitle") };
}

function Section({ id, title, lead, children }: { id: string; title: string; lead?: string; children: React.ReactNode }) {
  return (
    <Card as="section" aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-lg font-semibold text-brand-900">
        {title}
      </h2>
      {lead ? <p className="text-sm text-muted">{lead}</p> : null}
      {children}
    </Card>
  );
}

/** The event day's live board: what is free ahead, what was freed, what waits, and the desk's forms. */
export default async function LiveBoardPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/acara/[id]/langsung", `/staf/acara/${id}/langsung`);
  if (!isRecordId(id)) notFound();
  const now = new Date();
  const board = await getLiveBoard(id, now);
  if (!board) notFound();
  const [t, locale, query] = await Promise.all([getTranslations("LiveDay"), getLocale() as Promise<AppLocale>, searchParams]);
  const notice = notices.find((key) => key === query.selesai);
  const { event } = board;
  const time = (date: Date) => formatTimeOfDay(date, locale);
  const back = (
    <ButtonLink href={`/staf/acara/${event.id}`} variant="secondary">
      {t("backToEvent")}
    </ButtonLink>
  );
  const header = <PageHeader title={t("heading")} lead={t("lead", { event: event.title })}>{back}</PageHeader>;
  if (!event.live) {
    return (
      <>
        {header}
        <PageBody>
          <EmptyState title={t("heading")} text={t("notLive")} action={back} />
        </PageBody>
      </>
    );
  }
  const sides = (kind: string) => board.participants.filter((participant) => participant.kind === kind && !participant.absent).map(({ id: participantId, name }) => ({ id: participantId, name }));
  const present = board.participants
    .filter((participant) => !participant.absent)
    .map((participant) => ({
      id: participant.id,
      name: participant.name,
      representatives: participant.representatives
        .filter((representative) => !representative.absent)
        .map((representative) => ({
          id: representative.id,
          name: representative.name ? t("representativeName", { position: representative.position, name: representative.name }) : t("representativeContact", { position: representative.position }),
        })),
    }));

  return (
    <>
      {header}
      <PageBody>
        <div className="space-y-6">
          {notice ? <StatusNotice>{t(`done.${notice}`)}</StatusNotice> : null}
          <LiveRefresh updatedAt={time(now)} />
          <div className="grid gap-6 lg:grid-cols-2">
            <Section id="live-slots-heading" title={t("slotsHeading")}>
              {board.slots.length === 0 ? (
                <p className="text-muted">{t("slotsEmpty")}</p>
              ) : (
                <Table caption={t("slotsHeading")} captionHidden>
                  <thead>
                    <tr>
                      <Th>{t("slotTime")}</Th>
                      <Th>{t("meetingsInSlot")}</Th>
                      <Th>{t("freeTables")}</Th>
                      <Th>{t("freeParticipants")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {board.slots.map((entry) => (
                      <tr key={entry.slot.index}>
                        <Th scope="row">{time(entry.slot.startsAt)}</Th>
                        <Td>{entry.meetings}</Td>
                        <Td>{t("freeTablesCount", { free: entry.freeTables, tables: event.tableCount })}</Td>
                        <Td>
                          {entry.free.length === 0 ? (
                            t("freeParticipantsCount", { count: 0 })
                          ) : (
                            <details>
                              <summary className="cursor-pointer">{t("freeParticipantsCount", { count: entry.free.length })}</summary>
                              <p className="mt-1 text-sm">{entry.free.join(", ")}</p>
                            </details>
                          )}
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </Section>
            <Section id="live-freed-heading" title={t("freedHeading")} lead={t("freedLead")}>
              {board.freed.length === 0 ? (
                <p className="text-muted">{t("freedEmpty")}</p>
              ) : (
                <ul className="space-y-2">
                  {board.freed.map((place) => (
                    <li key={place.meetingId} className="flex flex-wrap items-center gap-2">
                      <Badge tone="warning">{t(`reason.${place.reason}`)}</Badge>
                      <span>{t("freedLine", { time: time(place.startsAt), table: place.table ?? "–", parties: place.parties.join(" – ") })}</span>
                      <span className="text-sm text-muted">{place.stillFree.length > 0 ? t("freedStillFree", { parties: place.stillFree.join(", ") }) : t("freedRefilled")}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section id="live-walk-in-heading" title={t("walkInHeading")} lead={t("walkInLead")}>
              <StaffWalkInForm eventId={event.id} smes={sides("SME")} buyers={sides("BUYER")} />
            </Section>
            <Section id="live-waiting-heading" title={t("waitingHeading")} lead={t("waitingLead")}>
              {board.waiting.length === 0 ? (
                <p className="text-muted">{t("waitingEmpty")}</p>
              ) : (
                <ol className="list-decimal space-y-1 pl-5">
                  {board.waiting.map((entry) => (
                    <li key={entry.id}>
                      {entry.parties.join(" – ")} {entry.walkIn ? <Badge tone="accent">{t("walkInBadge")}</Badge> : null}
                    </li>
                  ))}
                </ol>
              )}
            </Section>
          </div>
          <Section id="live-meetings-heading" title={t("meetingsHeading")}>
            {board.meetings.length === 0 ? (
              <p className="text-muted">{t("meetingsEmpty")}</p>
            ) : (
              <ul className="divide-y divide-line">
                {board.meetings.map((meeting) => {
                  const values = { parties: meeting.parties.join(" – "), time: time(meeting.startsAt) };
                  return (
                    <li key={meeting.id} aria-label={`${values.time} ${values.parties}`} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
                      <div>
                        <p className="font-medium">{t("meetingLine", { time: values.time, table: meeting.tableNumber })}</p>
                        <p>
                          {values.parties} {meeting.walkIn ? <Badge tone="accent">{t("walkInBadge")}</Badge> : null}
                        </p>
                      </div>
                      <div className="flex flex-wrap gap-2">
                        <MatchButtonForm action={liveNoShowAction} fields={{ meetingId: meeting.id }} label={t("noShow")} pendingLabel={t("pending")} accessibleLabel={t("noShowFor", values)} />
                        {meeting.begun ? null : (
                          <MatchButtonForm action={cancelLiveMeetingAction} fields={{ meetingId: meeting.id }} label={t("cancel")} pendingLabel={t("pending")} variant="ghost" accessibleLabel={t("cancelFor", values)} />
                        )}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </Section>
          <Section id="live-absent-heading" title={t("absentHeading")} lead={t("absentLead")}>
            <AbsentForm participants={present} />
          </Section>
        </div>
      </PageBody>
    </>
  );
}
