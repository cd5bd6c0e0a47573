import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("PUBLIC_CACHE_MAX_MB", () => {
  it("defaults to 128 MB and takes a whole number of megabytes from 1 to 4096", () => {
    expect(parseEnv({}).PUBLIC_CACHE_MAX_MB).toBe(128);
    expect(parseEnv({ PUBLIC_CACHE_MAX_MB: "1" }).PUBLIC_CACHE_MAX_MB).toBe(1);
    for (const bad of ["0", "-5", "1.5", "5000", "banyak"]) {
      expect(() => parseEnv({ PUBLIC_CACHE_MAX_MB: bad })).toThrow(/PUBLIC_CACHE_MAX_MB/);
    }
  });
});
