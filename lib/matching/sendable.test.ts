import { describe, expect, it } from "vitest";
import { canSendToScheduling, type SendableMatch } from "./sendable";

const approved: SendableMatch = { status: "APPROVED", smeResponse: "PENDING", buyerResponse: "PENDING", meetings: [] };

describe("canSendToScheduling", () => {
  it("is offered only for an approved match without a meeting where one side accepted and the other has not answered", () => {
    expect(canSendToScheduling(approved)).toBe(false);
    expect(canSendToScheduling({ ...approved, smeResponse: "ACCEPTED" })).toBe(true);
    expect(canSendToScheduling({ ...approved, buyerResponse: "ACCEPTED" })).toBe(true);
    expect(canSendToScheduling({ ...approved, smeResponse: "ACCEPTED", buyerResponse: "DECLINED" })).toBe(false);
    expect(canSendToScheduling({ ...approved, smeResponse: "DECLINED" })).toBe(false);
    expect(canSendToScheduling({ ...approved, smeResponse: "ACCEPTED", buyerResponse: "ACCEPTED" })).toBe(false);
    expect(canSendToScheduling({ ...approved, smeResponse: "ACCEPTED", meetings: [{ id: "m" }] })).toBe(false);
    expect(canSendToScheduling({ ...approved, status: "SUGGESTED", smeResponse: "ACCEPTED" })).toBe(false);
  });
});
