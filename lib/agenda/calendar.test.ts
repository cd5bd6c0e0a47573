import { describe, expect, it } from "vitest";
import { calendarFile } from "@/lib/calendar/ics";
import { agendaEntries } from "./calendar";

describe("agendaEntries", () => {
  it("gives each meeting a stable UID at the host, its summary and the venue", () => {
    const meeting = { id: "m1", startsAt: new Date("2026-12-16T02:00:00Z"), endsAt: new Date("2026-12-16T02:20:00Z"), tableNumber: 4, otherParty: "PT Maju" };
    const entries = agendaEntries([meeting], { host: "temu.example", venue: "Gedung A", summary: (m) => `Temu Usaha: ${m.otherParty}, meja ${m.tableNumber}` });
    expect(entries).toEqual([expect.objectContaining({ uid: "meeting-m1@temu.example", summary: "Temu Usaha: PT Maju, meja 4", location: "Gedung A" })]);
    const file = calendarFile(entries, { name: "Agenda", now: new Date("2026-12-01T00:00:00Z") });
    expect(file).toContain("DTSTART:20261216T020000Z\r\n");
    expect(file).toContain("SUMMARY:Temu Usaha: PT Maju\\, meja 4\r\n");
  });
});
