import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgendaEmpty } from "@/components/agenda/agenda-empty";
import { CheckInQr } from "@/components/agenda/check-in-qr";
import { MeetingTime } from "@/components/agenda/meeting-time";
import { OtherParty } from "@/components/agenda/other-party";
import { PrintSheet } from "@/components/agenda/print-sheet";
import { Table, Td, Th } from "@/components/ui/table";
import { loadPersonAgenda, personParam } from "@/lib/representatives/agenda";
import { requireRoute } from "@/lib/auth/session";

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Agenda");
  return { title: t("printTitle") };
}

/** The agenda on one A4 sheet: meetings, venue and the QR code, nothing else. */
export default async function AgendaPrintPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const chosen = (await searchParams)[personParam];
  const user = await requireRoute("/peserta/acara/[slug]/agenda/cetak", `/peserta/acara/${slug}/agenda/cetak`);
  const own = await loadPersonAgenda(user, slug, typeof chosen === "string" ? chosen : undefined);
  if (!own) notFound();
  const { agenda, checkIn, person } = own;
  const t = await getTranslations("Agenda");
  return (
    <PrintSheet
      title={t("printHeading", { event: agenda.event.title })}
      printLabel={t("printButton")}
      lead={
        <>
          <p className="text-muted">{agenda.event.venue}</p>
          {agenda.event.venueAddress ? <p className="text-sm text-muted">{agenda.event.venueAddress}</p> : null}
          <p className="mt-2 font-semibold">{person ? (person.name ?? user.name) : user.name}</p>
        </>
      }
    >
      {agenda.state === "ready" && agenda.meetings.length > 0 ? (
        <Table caption={t("meetingsHeading")}>
          <thead>
            <tr>
              <Th>{t("timeColumn")}</Th>
              <Th>{t("tableColumn")}</Th>
              <Th>{t("withColumn")}</Th>
            </tr>
          </thead>
          <tbody>
            {agenda.meetings.map((meeting) => (
              <tr key={meeting.id} className="print-avoid-break">
                <Td>
                  <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
                </Td>
                <Td className="text-lg font-bold">{meeting.tableNumber}</Td>
                <Td>
                  <OtherParty other={meeting.other} link={false} />
                  {meeting.group.length > 0 ? <span className="block text-sm">{`${t("groupAlso")}: ${meeting.group.join(", ")}`}</span> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <AgendaEmpty state={agenda.state} slug={slug} eventStartsAt={agenda.event.startsAt} hasMeetings={agenda.meetings.length > 0} />
      )}
      {checkIn ? <CheckInQr svg={checkIn.svg} code={checkIn.code} /> : null}
    </PrintSheet>
  );
}
