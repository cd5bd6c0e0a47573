// Page arithmetic shared by every paginated list. Pure.

export type Paginated<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

export const maxPageSize = 50;

/** The `page` query parameter as a page number: anything odd becomes page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d{1,6}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 ? page : 1;
}

/** Limits a requested page size to 1..maxPageSize. */
export function clampPageSize(pageSize: number | undefined, fallback: number): number {
  if (pageSize === undefined || !Number.isInteger(pageSize)) return fallback;
  return Math.min(Math.max(pageSize, 1), maxPageSize);
}

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** `skip`/`take` for Prisma. */
export function pageWindow(page: number, pageSize: number): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function pageHref(pathname: string, page: number, query: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "" && key !== "page") params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** Page numbers around the current page, with null marking a gap: 1 … 4 5 6 … 12. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...pages].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  for (const [index, n] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && n - previous > 1) result.push(null);
    result.push(n);
  }
  return result;
}
