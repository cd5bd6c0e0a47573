// Search-as-you-type over KBLI 2020 subclasses (5-digit codes): digits match a code prefix,
// words must each appear in the Indonesian or English name. Pure: builds the query, runs none.
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { KBLI_VERSION } from "@/lib/reference/kbli";

export const maxKbliResults = 20;

export const kbliQuerySchema = z.object({ q: z.string().trim().max(100) });

export type KbliOption = { code: string; nameId: string; nameEn: string | null };

/** The words of a query: at most 6, each at least 2 characters, lower-case. */
export function kbliSearchTerms(query: string): { codePrefix: string | null; words: string[] } {
  const text = query.trim().toLowerCase();
  if (/^\d{1,5}$/.test(text)) return { codePrefix: text, words: [] };
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2)
    .slice(0, 6);
  return { codePrefix: null, words };
}

/** The where-clause of a search, or null when the query has nothing to search for. */
export function kbliSearchWhere(query: string): Prisma.KbliWhereInput | null {
  const { codePrefix, words } = kbliSearchTerms(query);
  const base = { version: KBLI_VERSION, level: "SUBCLASS" } as const;
  if (codePrefix) return { ...base, code: { startsWith: codePrefix } };
  if (words.length === 0) return null;
  return {
    ...base,
    AND: words.map((word) => ({
      OR: [{ nameId: { contains: word, mode: "insensitive" } }, { nameEn: { contains: word, mode: "insensitive" } }],
    })),
  };
}
