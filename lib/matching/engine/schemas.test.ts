import { describe, expect, it } from "vitest";
import { boardQuery, noteSchema, parseBoardFilter, respondSchema } from "./schemas";

describe("the matching board's query string", () => {
  it("reads valid filters and falls back to the defaults for anything odd", () => {
    expect(parseBoardFilter({ status: "APPROVED", min: "60", q: "  Sekar Asem ", sort: "name" })).toEqual({ status: "APPROVED", minScore: 60, q: "Sekar Asem", sort: "name" });
    expect(parseBoardFilter({ status: "DELETED", min: "101", sort: "random" })).toEqual({ status: "all", minScore: 0, q: "", sort: "score" });
    expect(parseBoardFilter({ min: "-5" }).minScore).toBe(0);
    expect(parseBoardFilter({ min: "7.5" }).minScore).toBe(0);
    expect(parseBoardFilter({ status: ["ready", "VETOED"], q: "x".repeat(150) })).toMatchObject({ status: "ready", q: "x".repeat(100) });
  });

  it("writes back only what differs from the defaults, keeping the event", () => {
    expect(boardQuery(parseBoardFilter({}), "temu-q4")).toEqual({ acara: "temu-q4", status: undefined, min: undefined, q: undefined, sort: undefined });
    expect(boardQuery(parseBoardFilter({ status: "pinned", min: "50", q: "batik", sort: "name" }), "temu-q4")).toEqual({ acara: "temu-q4", status: "pinned", min: "50", q: "batik", sort: "name" });
  });
});

describe("matching form input", () => {
  it("trims the note and refuses more than 1,000 characters", () => {
    expect(noteSchema.parse({ matchId: "abc123", note: "  catatan  " })).toEqual({ matchId: "abc123", note: "catatan" });
    expect(noteSchema.safeParse({ matchId: "abc123", note: "x".repeat(1001) }).error?.issues[0]?.message).toBe("Matching.errors.noteTooLong");
  });

  it("takes only Terima or Tolak for a record id", () => {
    expect(respondSchema.safeParse({ matchId: "abc123", answer: "ACCEPTED" }).success).toBe(true);
    expect(respondSchema.safeParse({ matchId: "abc123", answer: "PENDING" }).error?.issues[0]?.message).toBe("Matching.errors.answerInvalid");
    expect(respondSchema.safeParse({ matchId: "ABC;drop", answer: "DECLINED" }).error?.issues[0]?.message).toBe("Matching.errors.notFound");
  });
});
