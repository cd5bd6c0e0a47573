import { describe, expect, it } from "vitest";
import { catalogs, type Messages } from "./messages";
import { type MessageNamespace, pickMessages, shellNamespaces } from "./pick-messages";

describe("pickMessages", () => {
  it("keeps the named namespaces, whole, and nothing else", () => {
    const picked = pickMessages(catalogs.id, ["SignIn", "Errors"]);
    expect(Object.keys(picked).sort()).toEqual(["Errors", "SignIn"]);
    expect(picked.SignIn).toEqual(catalogs.id.SignIn);
    expect(picked.Errors).toEqual(catalogs.id.Errors);
  });

  it("refuses a namespace the catalog lacks instead of sending nothing for it", () => {
    expect(() => pickMessages(catalogs.id, ["SignIn", "NoSuchArea" as MessageNamespace])).toThrow('no namespace "NoSuchArea"');
  });

  it("gives the shell a small part of the catalog in both languages", () => {
    for (const catalog of Object.values(catalogs) as Messages[]) {
      const shell = JSON.stringify(pickMessages(catalog, shellNamespaces)).length;
      expect(shell).toBeLessThan(JSON.stringify(catalog).length / 50);
    }
  });
});
