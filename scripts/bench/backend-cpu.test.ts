import { describe, expect, it } from "vitest";
import { isLocalDatabase, processCpuMs, statCpuMs } from "./backend-cpu";

describe("backend CPU for the benchmarks", () => {
  it("reads utime + stime from a /proc stat line, whatever the process name holds", () => {
    const rest = "S 1 2 3 0 -1 4194560 500 0 0 0 123 45 0 0 20 0 1 0 100 2000000 300 18446744073709551615";
    expect(statCpuMs(`4242 (postgres) ${rest}`)).toBe(1680);
    expect(statCpuMs(`4242 (postgres: temu (x) idle) ${rest}`)).toBe(1680);
    expect(() => statCpuMs("not a stat line")).toThrow();
  });

  it("counts the CPU this process used since a point", () => {
    const since = process.cpuUsage();
    let spin = 0;
    for (let index = 0; index < 2_000_000; index += 1) spin += index % 7;
    expect(spin).toBeGreaterThan(0);
    expect(processCpuMs(since)).toBeGreaterThan(0);
  });

  it("reads backends' pids only for a server on this machine", () => {
    expect(isLocalDatabase("postgresql://u:p@127.0.0.1:5432/db")).toBe(true);
    expect(isLocalDatabase("postgresql://u:p@localhost/db")).toBe(true);
    expect(isLocalDatabase("postgresql://u:p@db.example.org:5432/db")).toBe(false);
  });
});
