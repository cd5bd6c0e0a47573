import { describe, expect, it } from "vitest";
import { z } from "zod";
import { crossFieldRule } from "./cross-field";
import { rupiahField, wholeNumberField } from "./fields";

const price = rupiahField({ invalid: "invalid", negative: "negative", tooLarge: "tooLarge" });
const fields = z.object({ min: price, max: price, quantity: wholeNumberField(1, 100, "quantity") });
type Fields = z.infer<typeof fields>;
const inOrder = (input: Fields) => input.min === null || input.max === null || input.min <= input.max;

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
};

describe("crossFieldRule", () => {
  it("is needed: zod skips an object's refine once a field helper failed (an aborting issue)", () => {
    const plain = fields.refine(inOrder, { path: ["max"], message: "order" });
    expect(issuesOf(plain, { min: "5", max: "4", quantity: "-1" })).toEqual(["quantity:quantity"]);
  });

  it("runs whenever the fields it reads parsed, whatever the other fields did", () => {
    const schema = fields.check(
      crossFieldRule<Fields>(["min", "max"], (input, issue) => {
        if (!inOrder(input)) issue("max", "order");
      }),
    );
    expect(issuesOf(schema, { min: "5", max: "4", quantity: "-1" })).toEqual(["quantity:quantity", "max:order"]);
    expect(issuesOf(schema, { min: "5", max: "4", quantity: "3" })).toEqual(["max:order"]);
    // A field it reads failed on its own: one message for that field, no comparison with garbage.
    expect(issuesOf(schema, { min: "lima", max: "4", quantity: "-1" })).toEqual(["min:invalid", "quantity:quantity"]);
    // Not an object at all: the type error only.
    expect(issuesOf(schema, "min=5")).toHaveLength(1);
    expect(schema.parse({ min: "4", max: "5", quantity: "3" })).toEqual({ min: 4n, max: 5n, quantity: 3 });
  });
});
