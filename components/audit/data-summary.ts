// A short, one-line reading of an audit row's data for the table; the CSV holds it whole. Pure.

const maxLength = 120;

function valueText(value: unknown): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** `{ from: "SME", to: "STAFF" }` -> "from: SME · to: STAFF", cut at 120 characters. */
export function summarizeAuditData(data: unknown): string {
  if (data === null || data === undefined) return "";
  const text =
    typeof data === "object" && !Array.isArray(data)
      ? Object.entries(data as Record<string, unknown>)
          .filter(([, value]) => value !== null && value !== undefined)
          .map(([key, value]) => `${key}: ${valueText(value)}`)
          .join(" · ")
      : valueText(data);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
