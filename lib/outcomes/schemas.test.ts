import { describe, expect, it } from "vitest";
import { recordOutcomeSchema } from "./schemas";

const base = { meetingId: "m1" };

describe("recordOutcomeSchema", () => {
  it("reads rupiah as typed and keeps the value optional below a purchase order", () => {
    expect(recordOutcomeSchema.parse({ ...base, outcome: "DEAL", value: "Rp 12.500.000" })).toMatchObject({ outcome: "DEAL", value: 12_500_000n, note: null });
    expect(recordOutcomeSchema.parse({ ...base, outcome: "SAMPLE", value: "" })).toMatchObject({ outcome: "SAMPLE", value: null });
  });

  it("requires a value for a purchase order or a deal, and refuses negative values", () => {
    const noValue = recordOutcomeSchema.safeParse({ ...base, outcome: "PURCHASE_ORDER", value: "" });
    expect(noValue.success ? [] : noValue.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["value", "Outcomes.errors.valueRequired"]]);
    const negative = recordOutcomeSchema.safeParse({ ...base, outcome: "FOLLOW_UP", value: "-5" });
    expect(negative.success ? [] : negative.error.issues.map((issue) => issue.message)).toEqual(["Outcomes.errors.valueNegative"]);
  });

  it("refuses an unknown result", () => {
    expect(recordOutcomeSchema.safeParse({ ...base, outcome: "MAYBE", value: "" }).success).toBe(false);
  });
});
