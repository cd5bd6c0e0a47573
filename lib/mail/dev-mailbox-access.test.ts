import { describe, expect, it } from "vitest";
import { roles } from "@/lib/auth/permissions";
import { devMailboxAccess } from "./dev-mailbox-access";

describe("devMailboxAccess", () => {
  it("opens the captured mail to an admin only", () => {
    expect(devMailboxAccess(true, "ADMIN")).toBe("allowed");
    for (const role of roles.filter((role) => role !== "ADMIN")) expect(devMailboxAccess(true, role), role).toBe("not-found");
  });

  it("sends an anonymous visitor to sign in", () => {
    expect(devMailboxAccess(true, null)).toBe("sign-in");
  });

  it("does not exist in production or with a real SMTP server, for anyone", () => {
    for (const role of [null, ...roles]) expect(devMailboxAccess(false, role)).toBe("not-found");
  });
});
