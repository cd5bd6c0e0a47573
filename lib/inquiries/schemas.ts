// What the inquiry forms send, checked. Errors are message keys in the "Inquiries" namespace.
// The buyer organisation and the enterprise never come from the form: they come from the
// session (and the enterprise of a new inquiry from the published product or supplier named).
import { z } from "zod";
import { isCatalogSlug } from "@/lib/catalog/slug";
import { recordIdField } from "@/lib/http/record-id";

export const inquiryLimits = {
  subjectMin: 5,
  subjectMax: 120,
  bodyMin: 10,
  bodyMax: 4000,
} as const;

/** A thread the SME has not answered this many days after it was opened needs staff follow-up. */
export const followUpAfterDays = 3;

const body = z
  .string({ message: "Inquiries.errors.bodyTooShort" })
  .trim()
  .min(inquiryLimits.bodyMin, "Inquiries.errors.bodyTooShort")
  .max(inquiryLimits.bodyMax, "Inquiries.errors.bodyTooLong");

const inquiryId = recordIdField("Inquiries.errors.notFound");

export const startInquirySchema = z.object({
  target: z.enum(["product", "supplier"], { message: "Inquiries.errors.targetUnavailable" }),
  slug: z.string({ message: "Inquiries.errors.targetUnavailable" }).refine(isCatalogSlug, "Inquiries.errors.targetUnavailable"),
  subject: z
    .string({ message: "Inquiries.errors.subjectTooShort" })
    .trim()
    .min(inquiryLimits.subjectMin, "Inquiries.errors.subjectTooShort")
    .max(inquiryLimits.subjectMax, "Inquiries.errors.subjectTooLong"),
  body,
});
export type StartInquiryInput = z.infer<typeof startInquirySchema>;

export const replySchema = z.object({ inquiryId, body });
export type ReplyInput = z.infer<typeof replySchema>;

export const closeInquirySchema = z.object({ inquiryId });
export type CloseInquiryInput = z.infer<typeof closeInquirySchema>;

export const inquiryStatusFilters = ["all", "open", "closed", "follow-up"] as const;
export type InquiryStatusFilter = (typeof inquiryStatusFilters)[number];

export function parseStatusFilter(value: string | string[] | undefined): InquiryStatusFilter {
  const raw = Array.isArray(value) ? value[0] : value;
  return (inquiryStatusFilters as readonly string[]).includes(raw ?? "") ? (raw as InquiryStatusFilter) : "all";
}
