import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintSheet } from "@/components/agenda/print-sheet";
import { ParticipantCells } from "@/components/check-in/participant-cells";
import { PeopleCodes } from "@/components/check-in/people-check-in";
import { Table, Td, Th } from "@/components/ui/table";
import { requireRoute } from "@/lib/auth/session";
import { getBackupList, getCheckInEvent } from "@/lib/check-in/queries";
import { isRecordId } from "@/lib/http/record-id";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CheckIn");
  return { title: t("backupTitle") };
}

/** The paper check-in list for when the venue's internet fails: tick by hand, enter later. */
export default async function CheckInBackupPage({ params }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/acara/[id]/kehadiran/cetak", `/staf/acara/${id}/kehadiran/cetak`);
  if (!isRecordId(id)) notFound();
  const event = await getCheckInEvent(id);
  if (!event) notFound();
  const [t, participants] = await Promise.all([getTranslations("CheckIn"), getBackupList(id)]);
  return (
    <PrintSheet title={t("backupHeading", { event: event.title })} printLabel={t("printButton")} lead={<p className="text-muted">{t("backupLead", { count: participants.length })}</p>}>
      <Table caption={t("backupCaption")}>
        <thead>
          <tr>
            <Th className="w-12">{t("tickColumn")}</Th>
            <Th>{t("nameColumn")}</Th>
            <Th>{t("kindLabel")}</Th>
            <Th>{t("meetingsColumn")}</Th>
            <Th>{t("codeColumn")}</Th>
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} className="print-avoid-break">
              <Td>
                <span aria-hidden="true" className="inline-block size-6 border-2 border-ink">
                  {participant.checkedInAt ? "✓" : ""}
                </span>
                <span className="sr-only">{participant.checkedInAt ? t("present") : t("notPresent")}</span>
              </Td>
              <ParticipantCells participant={participant} />
              <Td className="font-mono whitespace-nowrap">
                <PeopleCodes participant={participant} />
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </PrintSheet>
  );
}
