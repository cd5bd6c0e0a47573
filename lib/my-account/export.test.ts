import { describe, expect, it } from "vitest";
import { type AccountExport, exportedTables, exportFileName, serializeExport } from "./export";

describe("account export file", () => {
  it("is named after the day in Jakarta", () => {
    // 18:00 UTC on 28 November is already 29 November in Semarang (UTC+7).
    expect(exportFileName(new Date("2026-11-28T18:00:00Z"))).toBe("temu-usaha-data-2026-11-29.json");
  });

  it("writes BigInt values as exact strings and dates as ISO strings", () => {
    const tables = Object.fromEntries(exportedTables.map((table) => [table, []])) as unknown as AccountExport["tables"];
    const data: AccountExport = {
      format: "temu-usaha.account-export",
      version: 2,
      exportedAt: "2026-11-28T03:00:00.000Z",
      tables: { ...tables, AuditLog: [{ id: 9_007_199_254_740_993n, createdAt: new Date("2026-11-28T03:00:00Z") }] },
    };
    const parsed = JSON.parse(serializeExport(data)) as { tables: { AuditLog: { id: string; createdAt: string }[] } };
    expect(parsed.tables.AuditLog[0]).toEqual({ id: "9007199254740993", createdAt: "2026-11-28T03:00:00.000Z" });
  });
});
