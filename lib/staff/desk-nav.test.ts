import { describe, expect, it } from "vitest";
import { deskGroupsFor } from "./desk-nav";

const hrefs = (role: Parameters<typeof deskGroupsFor>[0]) => deskGroupsFor(role).flatMap((group) => group.areas.map((area) => area.href));

describe("deskGroupsFor", () => {
  it("gives staff every staff area with the six waiting-work counts, and no administration", () => {
    const groups = deskGroupsFor("STAFF");
    expect(groups.map((group) => group.label)).toEqual(["staffGroup"]);
    expect(groups[0]?.areas.flatMap((area) => (area.count ? [area.count] : []))).toEqual([
      "curation",
      "certificates",
      "exportReadiness",
      "registrations",
      "matches",
      "overdueFollowUps",
    ]);
    expect(hrefs("STAFF")).not.toContain("/admin");
    expect(hrefs("STAFF")).toContain("/staf/impor");
  });

  it("gives an admin the staff areas and the administration", () => {
    expect(deskGroupsFor("ADMIN").map((group) => group.label)).toEqual(["staffGroup", "adminGroup"]);
    expect(hrefs("ADMIN")).toEqual(expect.arrayContaining([...hrefs("STAFF"), "/admin", "/admin/undang", "/admin/audit"]));
  });

  it("gives other roles nothing", () => {
    for (const role of ["SME", "BUYER", "PARTNER"] as const) expect(deskGroupsFor(role)).toEqual([]);
  });
});
