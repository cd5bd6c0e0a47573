/** Headline figures: the number large, its name under it (read name first by screen readers). */
export function FigureGrid({
  label,
  figures,
  columns = "sm:grid-cols-2 lg:grid-cols-4",
}: {
  /** The section's accessible name. */
  label: string;
  figures: readonly { label: string; value: string; testId?: string }[];
  /** Grid column classes for the layout at hand. */
  columns?: string;
}) {
  return (
    <section aria-label={label}>
      <dl className={`grid gap-4 ${columns}`}>
        {figures.map((figure) => (
          <div key={figure.label} className="flex flex-col-reverse gap-1 rounded-lg border border-line bg-white p-5 shadow-sm">
            <dt className="text-muted">{figure.label}</dt>
            <dd className="text-3xl font-bold text-brand-900 tabular-nums" data-testid={figure.testId}>
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
