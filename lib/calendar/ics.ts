// iCalendar (RFC 5545) files for agendas and registration confirmations: one VEVENT per entry,
// times in UTC, text escaped and lines folded at 75 octets, CRLF line ends. Every value comes
// from people (company names, event titles, venues), so nothing is written unescaped. Pure.
export type CalendarEntry = {
  /** Stable across downloads, so a calendar app updates the entry instead of adding a copy. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
};

const utc = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

const textControls = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const valueControls = /[\u0000-\u001F\u007F]/g;

/**
 * TEXT per RFC 5545 3.3.11: backslash, semicolon and comma escaped; every line break (CRLF, a
 * lone LF or a lone CR) written as \n; other control characters dropped. A name such as
 * "PT X\r\nATTENDEE:..." stays inside its own property.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, "\n")
    .replace(textControls, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** UID and URL values are not TEXT (no escapes exist for them): control characters are dropped, spaces encoded. */
export function plainValue(value: string): string {
  return value.replace(valueControls, "").replace(/ /g, "%20");
}

/** Folds a content line so no physical line exceeds 75 octets (continuations start with a space). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function calendarFile(entries: readonly CalendarEntry[], { name, now = new Date() }: { name: string; now?: Date }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Temu Usaha//Agenda//ID", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(name)}`];
  for (const entry of entries) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${plainValue(entry.uid)}`,
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${utc(entry.startsAt)}`,
      `DTEND:${utc(entry.endsAt)}`,
      `SUMMARY:${escapeText(entry.summary)}`,
    );
    if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
    if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
    if (entry.url) lines.push(`URL:${plainValue(entry.url)}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
