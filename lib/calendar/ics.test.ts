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

describe("hostile text cannot add properties (RFC 5545 3.1 and 3.3.11)", () => {
  /** What a calendar app reads: unfolded content lines, split on CRLF only. */
  const contentLines = (file: string) => file.replace(/\r\n[ \t]/g, "").split("\r\n").filter((line) => line !== "");
  const propertyName = (line: string) => /^[A-Za-z0-9-]+/.exec(line)?.[0] ?? "";
  const expected = ["BEGIN", "VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION", "URL", "END"];
  const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === "n" || char === "N" ? "\n" : char));
  const hostileNames = [
    "PT X\r\nATTENDEE:mailto:evil@x",
    "PT X\rATTENDEE:mailto:evil@x",
    "PT X\nATTENDEE:mailto:evil@x",
    "PT X\r\n ATTENDEE:mailto:evil@x",
    "PT X\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:palsu",
    "A;B,C\\D",
    "\r",
    "PT X\u0000\u000B\u007F;ORGANIZER:mailto:evil@x",
  ];

  for (const name of hostileNames) {
    it(`keeps ${JSON.stringify(name)} inside its own property`, () => {
      const file = calendarFile(
        [
          {
            uid: `meeting-1\r\nATTENDEE:mailto:evil@x@temu-usaha`,
            startsAt: new Date("2026-12-16T02:00:00Z"),
            endsAt: new Date("2026-12-16T02:20:00Z"),
            summary: `Pertemuan: ${name}`,
            location: name,
            description: name,
            url: `https://temu-usaha.test/acara/x\r\nATTENDEE:mailto:evil@x`,
          },
        ],
        { name, now: new Date("2026-12-02T10:00:00Z") },
      );
      const lines = contentLines(file);
      for (const line of lines) {
        expect(line, JSON.stringify(line)).not.toMatch(/[\r\n\u0000-\u0008\u000B-\u001F\u007F]/);
        expect(expected, JSON.stringify(line)).toContain(propertyName(line));
      }
      expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(1);
      // The text reads back as typed, line breaks of any kind as one newline, controls dropped.
      const typed = name.replace(/\r\n|\r/g, "\n").replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "");
      expect(unescape(lines.find((line) => line.startsWith("LOCATION:"))?.slice("LOCATION:".length) ?? "")).toBe(typed);
    });
  }

  it("escapes backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d\r\ne\rf\ng")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });
});
