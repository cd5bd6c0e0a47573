// What a downloadable dataset is: its columns (Indonesian header, kind of value, how to read it
// from a row) and how its rows are loaded, in batches, for the filters. The CSV and XLSX writers
// know nothing of the datasets, and the datasets nothing of the file formats. Pure.
import type { CellValue } from "@/lib/downloads/csv";
import type { ReportFilters } from "./filters";

/** integer and rupiah are numbers in the file (rupiah without decimals); date is a calendar day in WIB. */
export type ColumnKind = "text" | "integer" | "rupiah" | "date";

export interface Column<Row> {
  header: string;
  kind: ColumnKind;
  // Method syntax on purpose: a dataset of any row type is then usable where Dataset<unknown> is expected.
  value(row: Row): CellValue;
  /** Characters, for the XLSX column width. */
  width?: number;
  /** Summed on the XLSX summary sheet. */
  total?: boolean;
}

export interface Dataset<Row> {
  /** The URL segment: /staf/dasbor/unduh/<slug>. */
  slug: string;
  /** The sheet's name and the file name's stem. */
  title: string;
  columns: readonly Column<Row>[];
  /** Notes written under the totals on the summary sheet (e.g. fields the portal does not record). */
  notes?: readonly string[];
  /** The rows for the filters, a batch at a time, in a stable order. */
  batches(filters: ReportFilters, batchSize: number): AsyncIterable<Row[]>;
}

/** Money is BigInt in the database; every rupiah figure of the city fits a double exactly. */
export function rupiah(value: bigint | null): number | null {
  return value === null ? null : Number(value);
}

/** Running sums of the columns marked `total`, by column index. */
export function createTotals<Row>(columns: readonly Column<Row>[]) {
  const sums = columns.map(() => 0);
  return {
    add(row: Row) {
      columns.forEach((column, index) => {
        if (!column.total) return;
        const value = column.value(row);
        if (typeof value === "number") sums[index]! += value;
      });
    },
    /** [header, sum] of each totalled column. */
    entries(): [string, number][] {
      return columns.flatMap((column, index) => (column.total ? [[column.header, sums[index]!] as [string, number]] : []));
    },
  };
}
