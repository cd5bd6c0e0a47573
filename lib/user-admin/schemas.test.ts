import { describe, expect, it } from "vitest";
import { userListFilterFrom, userListQuery } from "./schemas";

describe("user list filters from the URL", () => {
  it("keeps a search, a known role and a known status", () => {
    expect(userListFilterFrom({ q: "  sutrisno ", role: "SME", status: "DEACTIVATED" })).toEqual({
      q: "sutrisno",
      role: "SME",
      status: "DEACTIVATED",
    });
  });

  it("ignores unknown values, empty values and repeated parameters past the first", () => {
    expect(userListFilterFrom({ q: "", role: "ROOT", status: ["ACTIVE", "INVITED"] })).toEqual({ status: "ACTIVE" });
    expect(userListFilterFrom({})).toEqual({});
  });

  it("limits the search to 100 characters and gives the filters back as query parameters", () => {
    expect(userListFilterFrom({ q: "a".repeat(300) }).q).toHaveLength(100);
    expect(userListQuery({ role: "ADMIN" })).toEqual({ q: undefined, role: "ADMIN", status: undefined });
  });
});
