import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageBody, PageHeader } from "@/components/layout/page-header";
import { CheckInStatus } from "@/components/check-in/check-in-status";
import { KindLabel } from "@/components/check-in/kind-label";
import { MeetingTimes } from "@/components/check-in/meeting-times";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { sameJakartaDay } from "@/lib/agenda/grid";
import { requireRoute } from "@/lib/auth/session";
import { checkInCodeSchema } from "@/lib/events/check-in-code";
import { getCheckInEvent, getParticipantByCode } from "@/lib/check-in/queries";
import { isRecordId } from "@/lib/http/record-id";

type PageProps = { params: Promise<{ id: string; code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CheckIn");
  return { title: t("scanTitle") };
}

/** What a participant's QR code opens on a staff phone at the door. */
export default async function ScanCheckInPage({ params }: PageProps) {
  const { id, code: rawCode } = await params;
  await requireRoute("/staf/acara/[id]/hadir/[code]", `/staf/acara/${id}/hadir/${rawCode}`);
  if (!isRecordId(id)) notFound();
  const event = await getCheckInEvent(id);
  if (!event) notFound();
  const parsed = checkInCodeSchema.safeParse(rawCode);
  const participant = parsed.success ? await getParticipantByCode(id, parsed.data) : null;
  const t = await getTranslations("CheckIn");
  // At the door, today's meetings matter; before or after the event day, all of them.
  const now = new Date();
  const today = participant?.meetings.filter((meeting) => sameJakartaDay(meeting.startsAt, now)) ?? [];
  const listLink = (
    <Link href={`/staf/acara/${id}/kehadiran`} className="font-semibold text-brand-800 underline">
      {t("toList")}
    </Link>
  );
  return (
    <>
      <PageHeader title={participant ? participant.name : t("unknownTitle")} lead={event.title} />
      <PageBody>
        {!participant ? (
          <EmptyState title={t("unknownTitle")} text={t("unknownText")} action={listLink} />
        ) : (
          <div className="space-y-6">
            <Card as="section" aria-labelledby="participant-heading" className="space-y-4">
              <h2 id="participant-heading" className="sr-only">
                {t("participantHeading")}
              </h2>
              <dl className="grid gap-3 sm:grid-cols-2">
                <div>
                  <dt className="text-sm text-muted">{t("kindLabel")}</dt>
                  <dd className="font-semibold">
                    <KindLabel kind={participant.kind} />
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-muted">{t("contactLabel")}</dt>
                  <dd className="font-semibold">{participant.contacts.join(", ") || "—"}</dd>
                </div>
              </dl>
              {participant.representative ? (
                <p className="text-lg font-semibold">
                  {participant.representative.name ? t("representative", { name: participant.representative.name }) : t("representativeContact")}
                </p>
              ) : null}
              {participant.status === "APPROVED" ? (
                <CheckInStatus
                  eventId={id}
                  participantId={participant.id}
                  name={participant.name}
                  checkedInAt={participant.representative ? participant.representative.checkedInAt : participant.checkedInAt}
                  code={parsed.success ? parsed.data : undefined}
                />
              ) : (
                <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-900">
                  {t("notApproved")}
                </p>
              )}
            </Card>
            <section aria-labelledby="meetings-heading" className="space-y-2">
              <h2 id="meetings-heading" className="text-xl font-bold text-brand-900">
                {today.length > 0 ? t("todayHeading") : t("meetingsHeading")}
              </h2>
              <MeetingTimes meetings={today.length > 0 ? today : participant.meetings} />
            </section>
            <p>{listLink}</p>
          </div>
        )}
      </PageBody>
    </>
  );
}
