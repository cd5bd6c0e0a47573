import { describe, expect, it } from "vitest";
import { can, roleHome, rolePermissions } from "./permissions";

describe("permissions table", () => {
  it("lets staff curate but not manage users", () => {
    expect(can("STAFF", "catalog:curate")).toBe(true);
    expect(can("STAFF", "user:manage")).toBe(false);
  });

  it("keeps SMEs, buyers and partners to their own data", () => {
    expect(can("SME", "product:manage-own")).toBe(true);
    expect(can("SME", "catalog:curate")).toBe(false);
    expect(can("BUYER", "enterprise:manage-own")).toBe(false);
    expect(can("PARTNER", "report:view")).toBe(false);
  });

  it("gives every role a permission set and a home", () => {
    for (const role of ["ADMIN", "STAFF", "SME", "BUYER", "PARTNER"] as const) {
      expect(rolePermissions[role].length).toBeGreaterThan(0);
      expect(roleHome[role]).toMatch(/^\/[a-z]+$/);
    }
  });
});
