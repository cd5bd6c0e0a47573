import { describe, expect, it } from "vitest";
import { downloadFileName } from "./file-name";

describe("downloadFileName", () => {
  it("names the file by what it holds and the day in Jakarta time it was taken", () => {
    expect(downloadFileName("ikm", "xlsx", new Date("2026-12-02T09:00:00Z"))).toBe("temu-usaha-ikm-2026-12-02.xlsx");
    // 18:00 UTC is already the next day in Jakarta (UTC+7).
    expect(downloadFileName("log-audit", "csv", new Date("2026-12-02T18:00:00Z"))).toBe("temu-usaha-log-audit-2026-12-03.csv");
  });
});
