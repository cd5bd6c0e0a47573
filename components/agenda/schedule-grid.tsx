import { useTranslations } from "next-intl";
import { cellKey, type GridRow, gridRows, tablePages } from "@/lib/agenda/grid";
import type { EventGrid, GridMeeting } from "@/lib/agenda/queries";
import { MeetingTime } from "./meeting-time";

export type { EventGrid, GridMeeting };

type Props = {
  grid: EventGrid;
  /** Tables per page (columns per printed sheet); 8 fit an A4 landscape page legibly. */
  tablesPerPage?: number;
  /** Each page of tables starts a new printed sheet. */
  breakPages?: boolean;
  /** Who sits in each meeting, by meeting id: "person (party)" lines (lib/representatives). */
  seatLines?: ReadonlyMap<string, string[]>;
};

/**
 * The whole schedule: slots down, tables across, each cell the SME (a group meeting's every SME)
 * and the buyer or host. Wide events
 * are split into several tables of `tablesPerPage` tables each, one per printed page.
 */
export function ScheduleGrid({ grid, tablesPerPage = 8, breakPages = true, seatLines }: Props) {
  const t = useTranslations("Agenda.grid");
  const byCell = new Map(grid.meetings.map((meeting) => [cellKey(meeting.startsAt, meeting.tableNumber), meeting]));
  const rows = gridRows(grid.slots, grid.meetings);
  const highestTable = grid.meetings.reduce((max, meeting) => Math.max(max, meeting.tableNumber), grid.event.tableCount);
  const pages = tablePages(highestTable, tablesPerPage);
  // Events over several days show the day in each row; one-day events only the time.
  const severalDays = rows.length > 1 && (rows.at(-1)?.startsAt.getTime() ?? 0) - (rows[0]?.startsAt.getTime() ?? 0) > 16 * 3_600_000;
  if (rows.length === 0 || pages.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="space-y-8">
      {pages.map((tables, index) => (
        <GridSheet key={tables[0]} tables={tables} rows={rows} byCell={byCell} withDay={severalDays} breakAfter={breakPages && index < pages.length - 1} seatLines={seatLines} />
      ))}
    </div>
  );
}

type SheetProps = { tables: number[]; rows: GridRow[]; byCell: Map<string, GridMeeting>; withDay: boolean; breakAfter: boolean; seatLines?: ReadonlyMap<string, string[]> };

/** One printed sheet: every slot, a run of tables. */
function GridSheet({ tables, rows, byCell, withDay, breakAfter, seatLines }: SheetProps) {
  const t = useTranslations("Agenda.grid");
  const label = t("caption", { first: tables[0] ?? 0, last: tables.at(-1) ?? 0 });
  return (
    <div role="region" aria-label={label} tabIndex={0} className={["overflow-x-auto", breakAfter ? "print-page-break" : ""].join(" ")}>
      <table className="w-full table-fixed border-collapse text-xs">
        <caption className="pb-2 text-left text-base font-semibold text-ink">{label}</caption>
        <thead>
          <tr>
            <th scope="col" className="w-32 border border-line bg-brand-50 p-1.5 text-left">
              {t("slot")}
            </th>
            {tables.map((table) => (
              <th key={table} scope="col" className="border border-line bg-brand-50 p-1.5 text-left">
                {t("table", { table })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.startsAt.getTime()} className="print-avoid-break">
              <th scope="row" className="border border-line p-1.5 text-left font-semibold whitespace-nowrap">
                <MeetingTime startsAt={row.startsAt} endsAt={row.endsAt} withDay={withDay} />
              </th>
              {tables.map((table) => {
                const meeting = byCell.get(cellKey(row.startsAt, table));
                return (
                  <td key={table} className="border border-line p-1.5 align-top">
                    {meeting ? (
                      <>
                        <span className="block font-semibold">{meeting.smeName}</span>
                        {meeting.memberNames.map((name) => (
                          <span key={name} className="block font-semibold">
                            {name}
                          </span>
                        ))}
                        <span className="block text-muted">{meeting.buyerName}</span>
                        {(seatLines?.get(meeting.id) ?? []).map((line) => (
                          <span key={line} className="block italic">
                            {line}
                          </span>
                        ))}
                        {meeting.status === "NO_SHOW" ? <span className="block font-semibold text-red-800">{t("noShow")}</span> : null}
                      </>
                    ) : (
                      <span className="sr-only">{t("free")}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
