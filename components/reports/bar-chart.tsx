// A horizontal bar chart drawn as SVG on the server (no chart library, no client JavaScript),
// followed by a table of the same numbers: the SVG is one image named with its data for screen
// readers, and the table is there for everyone who wants the exact figures. Every bar is
// labelled with its value, so colour carries no meaning on its own.
import { Table, Td, Th } from "@/components/ui/table";

export type BarDatum = { label: string; value: number; display: string };

type BarChartProps = {
  id: string;
  title: string;
  /** The chart's accessible name: the title and every label with its value. */
  ariaLabel: string;
  data: readonly BarDatum[];
  labelHeader: string;
  valueHeader: string;
  emptyText: string;
};

// Drawn for a half-width column: about 560 px wide on a desktop, so 14-unit text stays readable.
const rowHeight = 30;
const labelWidth = 220;
const valueSpace = 100;
const width = 600;
const maxLabel = 28;

function shortLabel(label: string): string {
  return label.length > maxLabel ? `${label.slice(0, maxLabel - 1)}…` : label;
}

export function chartLabel(data: readonly BarDatum[]): string {
  return data.map((datum) => `${datum.label} ${datum.display}`).join("; ");
}

export function BarChart({ id, title, ariaLabel, data, labelHeader, valueHeader, emptyText }: BarChartProps) {
  const max = Math.max(0, ...data.map((datum) => datum.value));
  const barSpace = width - labelWidth - valueSpace;
  const height = Math.max(1, data.length) * rowHeight + 8;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-line bg-white p-4 shadow-sm">
      <h3 id={`${id}-heading`} className="mb-3 text-lg font-semibold text-ink">
        {title}
      </h3>
      {data.length === 0 ? (
        <p className="text-muted">{emptyText}</p>
      ) : (
        <div className="space-y-4">
          <svg role="img" aria-label={ariaLabel} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" data-testid={`${id}-chart`}>
            {data.map((datum, index) => {
              const y = index * rowHeight + 4;
              const barWidth = max > 0 ? Math.max(datum.value > 0 ? 2 : 0, (datum.value / max) * barSpace) : 0;
              return (
                <g key={`${datum.label}-${index}`}>
                  <text x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle" className="fill-ink text-[14px]">
                    {shortLabel(datum.label)}
                  </text>
                  <rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 8} rx={3} className="fill-brand-600" />
                  <text x={labelWidth + barWidth + 6} y={y + rowHeight / 2} dominantBaseline="middle" className="fill-ink text-[14px] font-semibold">
                    {datum.display}
                  </text>
                </g>
              );
            })}
          </svg>
          <Table caption={title} captionHidden>
            <thead>
              <tr>
                <Th>{labelHeader}</Th>
                <Th className="text-right">{valueHeader}</Th>
              </tr>
            </thead>
            <tbody>
              {data.map((datum, index) => (
                <tr key={`${datum.label}-${index}`}>
                  <Th scope="row">{datum.label}</Th>
                  <Td className="text-right tabular-nums">{datum.display}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
