import { describe, expect, it } from "vitest";
import { postgresVersionProblem } from "./server-version";

describe("supported PostgreSQL versions", () => {
  it("accepts PostgreSQL 15 and newer", () => {
    expect(postgresVersionProblem(150000)).toBeNull();
    expect(postgresVersionProblem(150004)).toBeNull();
    expect(postgresVersionProblem(170002)).toBeNull();
  });

  it("refuses PostgreSQL 14, whose unique indexes lack the NULLS NOT DISTINCT the migrations use", () => {
    expect(postgresVersionProblem(140012)).toBe(
      "DATABASE_URL: PostgreSQL 15 or newer is required: the migrations use NULLS NOT DISTINCT (server is 14)",
    );
  });

  it("refuses older servers and an unreadable version", () => {
    expect(postgresVersionProblem(130000)).toMatch(/PostgreSQL 15 or newer is required.*\(server is 13\)$/);
    expect(postgresVersionProblem(0)).toMatch(/PostgreSQL 15 or newer is required/);
  });
});
