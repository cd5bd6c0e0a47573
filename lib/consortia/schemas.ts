// What the consortium forms send, checked. Errors are message keys under "Matching.consortium.errors".
// The member enterprise and the buyer organisation of an answer come from the session, never the form.
import { z } from "zod";
import { maxMembers, minMembers } from "@/lib/matching/engine/consortium-optimise";
import { recordIdField } from "@/lib/http/record-id";

const idField = recordIdField("Matching.consortium.errors.notFound");

export const consortiumIdSchema = z.object({ consortiumId: idField });

export const consortiumAnswerSchema = z.object({
  consortiumId: idField,
  answer: z.enum(["ACCEPTED", "DECLINED"], { message: "Matching.errors.answerInvalid" }),
});

/** Staff's edit: the whole member set (checkboxes; one value arrives as a string) and the lead. */
export const consortiumEditSchema = z.object({
  consortiumId: idField,
  memberIds: z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(recordIdField("Matching.consortium.errors.ineligible")))
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).min(minMembers, "Matching.consortium.errors.size").max(maxMembers, "Matching.consortium.errors.size")),
  leadId: recordIdField("Matching.consortium.errors.lead"),
});

export type ConsortiumAnswerInput = z.infer<typeof consortiumAnswerSchema>;
export type ConsortiumEditInput = z.infer<typeof consortiumEditSchema>;
