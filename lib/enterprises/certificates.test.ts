import { describe, expect, it } from "vitest";
import { certificateValidity } from "./certificates";

describe("certificateValidity", () => {
  const expiresAt = new Date("2026-12-31T00:00:00Z");

  it("is valid through the expiry day and expired after it", () => {
    expect(certificateValidity(expiresAt, new Date("2026-12-31T16:00:00Z"))).toBe("expiringSoon");
    expect(certificateValidity(expiresAt, new Date("2027-01-01T00:00:00Z"))).toBe("expired");
  });

  it("warns within 90 days and is plainly valid before that", () => {
    expect(certificateValidity(expiresAt, new Date("2026-10-15T00:00:00Z"))).toBe("expiringSoon");
    expect(certificateValidity(expiresAt, new Date("2026-06-01T00:00:00Z"))).toBe("valid");
  });

  it("never expires without an expiry date", () => {
    expect(certificateValidity(null, new Date())).toBe("noExpiry");
  });
});
