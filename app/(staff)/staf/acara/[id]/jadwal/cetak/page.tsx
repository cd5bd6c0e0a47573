import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PrintSheet } from "@/components/agenda/print-sheet";
import { ScheduleGrid } from "@/components/agenda/schedule-grid";
import { getEventGrid } from "@/lib/agenda/queries";
import { requireRoute } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { seatLinesOf } from "@/lib/representatives/queries";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Agenda.grid");
  return { title: t("metaTitle") };
}

/** The whole grid on A4 landscape sheets, eight tables per sheet, for the venue's walls and desks. */
export default async function SchedulePrintPage({ params }: PageProps) {
  const { id } = await params;
  await requireRoute("/staf/acara/[id]/jadwal/cetak", `/staf/acara/${id}/jadwal/cetak`);
  if (!isRecordId(id)) notFound();
  const grid = await getEventGrid(id);
  if (!grid) notFound();
  const [t, tSchedule] = await Promise.all([getTranslations("Agenda.grid"), getTranslations("Schedule")]);
  const seatLines = await seatLinesOf(grid.event.id, tSchedule("seatContact", { position: 1 }));
  return (
    <PrintSheet
      title={t("heading", { event: grid.event.title })}
      printLabel={t("printButton")}
      landscape
      narrow={false}
      lead={
        <p className="text-muted">
          {grid.event.venue} · {grid.event.schedulePublishedAt ? t("published") : t("draft")}
        </p>
      }
    >
      <ScheduleGrid grid={grid} seatLines={seatLines} />
    </PrintSheet>
  );
}
