// What the product forms send, checked. Errors are message keys in the "Products" namespace
// (field errors cannot carry values, so HS code errors get texts of their own here). The
// enterprise never comes from the form: it comes from the session. The database has CHECK
// constraints for the same rules; checking here first gives the person field errors.
import { z } from "zod";
import { crossFieldRule } from "@/lib/forms/cross-field";
import { formList, rupiahField, wholeNumberField } from "@/lib/forms/fields";
import { recordIdSchema } from "@/lib/http/record-id";
import { maxPhotoBytes } from "@/lib/images/check";
import { checkHsCode } from "./hs-code";

export const productLimits = {
  nameMin: 3,
  nameMax: 120,
  descriptionMin: 20,
  descriptionMax: 2000,
  unitMax: 30,
  leadTimeMax: 365,
  quantityMax: 1_000_000_000,
  photosPerProduct: 8,
  certificatesMax: 50,
} as const;

/** HS check errors (lib/products/hs-code.ts) as texts without values. */
const hsErrors: Record<string, string> = {
  "Product.hsCode.digitsOnly": "Products.errors.hsDigitsOnly",
  "Product.hsCode.sixDigits": "Products.errors.hsSixDigits",
  "Product.hsCode.length": "Products.errors.hsLength",
  "Product.hsCode.unknownChapter": "Products.errors.hsUnknownChapter",
};

const text = (min: number, max: number, tooShort: string, tooLong: string) =>
  z.string({ message: tooShort }).trim().min(min, tooShort).max(max, tooLong);

/** An optional text: empty means none (null). */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : null));

/** An 8-digit HS code typed with or without dots; empty means none (null). */
const hsCodeInput = z
  .string()
  .optional()
  .transform((raw, context) => {
    const value = (raw ?? "").trim();
    if (value === "") return null;
    const check = checkHsCode(value);
    if (check.ok) return check.code;
    context.addIssue({ code: "custom", message: hsErrors[check.error] ?? "Products.errors.hsLength" });
    return z.NEVER;
  });

const rupiahErrors = {
  invalid: "Products.errors.priceInvalid",
  negative: "Products.errors.priceNegative",
  tooLarge: "Products.errors.priceTooLarge",
} as const;

const rupiahInput = rupiahField(rupiahErrors);

/** Checkboxes: nothing ticked sends nothing, one sends a string, several send a list. */
const certificateIdsInput = formList
  .transform((ids) => [...new Set(ids.filter((id) => id !== ""))])
  .refine((ids) => ids.length <= productLimits.certificatesMax && ids.every((id) => recordIdSchema.safeParse(id).success), {
    message: "Products.errors.certificateNotOwn",
  });

export const kbliOtherValue = "other";

const productFields = z.object({
  nameId: text(productLimits.nameMin, productLimits.nameMax, "Products.errors.nameLength", "Products.errors.nameLength"),
  nameEn: optionalText(productLimits.nameMax, "Products.errors.nameEnTooLong"),
  descriptionId: text(
    productLimits.descriptionMin,
    productLimits.descriptionMax,
    "Products.errors.descriptionLength",
    "Products.errors.descriptionLength",
  ),
  descriptionEn: optionalText(productLimits.descriptionMax, "Products.errors.descriptionEnTooLong"),
  kbliCode: z.string().trim().optional().default(""),
  kbliOther: z.string().trim().optional().default(""),
  hsCode: hsCodeInput,
  priceMin: rupiahInput,
  priceMax: rupiahInput,
  unit: text(1, productLimits.unitMax, "Products.errors.unitRequired", "Products.errors.unitTooLong"),
  minOrder: wholeNumberField(1, productLimits.quantityMax, "Products.errors.minOrderInvalid"),
  monthlyCapacity: wholeNumberField(0, productLimits.quantityMax, "Products.errors.capacityInvalid"),
  leadTimeDays: wholeNumberField(0, productLimits.leadTimeMax, "Products.errors.leadTimeInvalid"),
  certificateIds: certificateIdsInput,
  exportReady: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});

type ProductFields = z.infer<typeof productFields>;

/** The KBLI the person chose: one of the enterprise's own codes, or another typed code. */
function chosenKbli({ kbliCode, kbliOther }: Pick<ProductFields, "kbliCode" | "kbliOther">) {
  // "Kode lain", or nothing chosen but a code typed: the typed code counts.
  const typed = kbliCode === kbliOtherValue || (kbliCode === "" && kbliOther !== "");
  return typed ? { code: kbliOther, field: "kbliOther" as const } : { code: kbliCode, field: "kbliCode" as const };
}

/** The KBLI chosen or typed is there and has five digits. */
const kbliRule = crossFieldRule<ProductFields>(["kbliCode", "kbliOther"], (input, issue) => {
  const { code, field } = chosenKbli(input);
  if (code === "") issue(field, "Products.errors.kbliRequired");
  else if (!/^\d{5}$/.test(code)) issue(field, "Products.errors.kbliFormat");
});

/** The lowest price is not above the highest. */
const priceOrderRule = crossFieldRule<ProductFields>(["priceMin", "priceMax"], (input, issue) => {
  if (input.priceMin !== null && input.priceMax !== null && input.priceMin > input.priceMax) issue("priceMax", "Products.errors.priceOrder");
});

function toProductInput({ kbliCode, kbliOther, ...input }: ProductFields) {
  return { ...input, kbli: chosenKbli({ kbliCode, kbliOther }) };
}

export const createProductSchema = productFields.check(kbliRule, priceOrderRule).transform(toProductInput);
export type CreateProductInput = z.infer<typeof createProductSchema>;

export const productIdSchema = z.object({ productId: recordIdSchema });

export const updateProductSchema = productFields
  .extend(productIdSchema.shape)
  .check(kbliRule, priceOrderRule)
  .transform(({ productId, ...fields }) => ({ productId, ...toProductInput(fields) }));
export type UpdateProductInput = z.infer<typeof updateProductSchema>;

export const answerProductRevisionSchema = productIdSchema.extend({
  body: z
    .string({ message: "Products.errors.answerRequired" })
    .trim()
    .min(1, "Products.errors.answerRequired")
    .max(2000, "Products.errors.answerTooLong"),
});

/** A file input with nothing chosen still sends an empty File: that is "no photo". */
export const addProductPhotoSchema = productIdSchema.extend({
  photo: z
    .custom<File>((value) => value instanceof File, { message: "Products.errors.photoEmpty" })
    .refine((file) => file.size > 0, { message: "Products.errors.photoEmpty" })
    .refine((file) => file.size <= maxPhotoBytes, { message: "Products.errors.photoTooLarge" }),
});

export const productPhotoIdSchema = z.object({ photoId: recordIdSchema });

/** "Keripik Tempe Sagu!" -> "keripik-tempe-sagu": lowercase ASCII and dashes. Pure. */
export function slugBase(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base || "produk";
}
