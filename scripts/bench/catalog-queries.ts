// The fixed set of 200 catalog searches the benchmark runs, derived from the synthetic product
// templates (lib/seed/demo-data/synthetic-catalog.ts) so every query has real matches at any
// scale: each template's Indonesian name, its English name, and a typo of the Indonesian name
// (one letter dropped from its longest word, "batik tulis" -> "batk tulis"). Pure, deterministic.
import { syntheticTrades } from "../../lib/seed/demo-data/synthetic-catalog";

export const benchQueryCount = 200;

/** Drops the second-to-last letter of the longest word (of 4+ letters): a plausible typing slip. */
export function typoOf(text: string): string {
  const words = text.toLowerCase().split(/\s+/);
  let longest = 0;
  words.forEach((word, index) => {
    if (word.length > (words[longest] ?? "").length) longest = index;
  });
  const word = words[longest] ?? "";
  if (word.length < 4) return text.toLowerCase();
  words[longest] = word.slice(0, -2) + word.slice(-1);
  return words.join(" ");
}

export function benchQueries(): string[] {
  const templates = [...new Map(syntheticTrades.flatMap((trade) => trade.products).map((p) => [p.nameId, p])).values()];
  const indonesian = templates.map((p) => p.nameId.toLowerCase());
  const english = templates.map((p) => p.nameEn.toLowerCase());
  const typos = templates.map((p) => typoOf(p.nameId));
  const queries: string[] = [];
  for (let i = 0; queries.length < benchQueryCount; i++) {
    const list = [indonesian, english, typos][i % 3] as string[];
    const item = list[Math.floor(i / 3) % list.length];
    if (item) queries.push(item);
  }
  return queries;
}
