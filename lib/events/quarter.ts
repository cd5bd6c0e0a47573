// Events carry their quarter as "2026-Q4" (the city holds one Temu Usaha per quarter). Pure.

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

export function parseQuarter(value: string): Quarter | null {
  const match = /^(\d{4})-Q([1-4])$/.exec(value.trim());
  if (!match) return null;
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] };
}
