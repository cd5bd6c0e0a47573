import { describe, expect, it } from "vitest";
import { calendarFile, escapeText, foldLine } from "./ics";

describe("calendarFile", () => {
  const file = calendarFile(
    [
      {
        uid: "meeting-1@temu-usaha",
        startsAt: new Date("2026-12-16T02:00:00Z"),
        endsAt: new Date("2026-12-16T02:20:00Z"),
        summary: "Pertemuan: PT Sarinah, meja 3",
        location: "Balai Kota Semarang; Jl. Pemuda No. 148",
        description: "Baris satu\nBaris dua",
      },
    ],
    { name: "Agenda", now: new Date("2026-12-02T10:00:00Z") },
  );

  it("writes one event in UTC with escaped text and CRLF line ends", () => {
    expect(file.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(file).toContain("DTSTART:20261216T020000Z\r\n");
    expect(file).toContain("DTEND:20261216T022000Z\r\n");
    expect(file).toContain("SUMMARY:Pertemuan: PT Sarinah\\, meja 3\r\n");
    expect(file).toContain("LOCATION:Balai Kota Semarang\\; Jl. Pemuda No. 148\r\n");
    expect(file).toContain("DESCRIPTION:Baris satu\\nBaris dua\r\n");
    expect(file.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(file.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("escapes backslashes first", () => {
    expect(escapeText("a\\b,c")).toBe("a\\\\b\\,c");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `DESCRIPTION:${"é".repeat(100)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join("")).toBe(line);
  });
});
