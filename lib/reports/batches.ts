// Rows of a large table a batch at a time, by id (keyset pagination): each batch is one index
// range read, however deep into the table, and memory holds one batch at a time.
export async function* byIdBatches<Row extends { id: string }>(
  fetch: (afterId: string | null, take: number) => Promise<Row[]>,
  batchSize: number,
): AsyncGenerator<Row[]> {
  let afterId: string | null = null;
  for (;;) {
    const rows = await fetch(afterId, batchSize);
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    afterId = rows[rows.length - 1]!.id;
  }
}

/** The condition that continues after the last row of the previous batch. */
export function afterIdWhere(afterId: string | null): { id?: { gt: string } } {
  return afterId === null ? {} : { id: { gt: afterId } };
}
