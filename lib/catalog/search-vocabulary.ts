import "server-only";
import { db } from "@/lib/db";
import { type Vocabulary, vocabularyOf } from "./search-typos";

// The words of public product names, for typo correction. Reading them takes one pass over the
// products (about 0.1 s at 100,000), so each process keeps them and reads them again in the
// background at most once a minute, and only after the catalog changed (catalog_version). A
// word published within that minute is still found by the trigram last resort.
const refreshAfterMs = 60_000;
let current: { version: string; at: number; vocabulary: Promise<Vocabulary> } | null = null;

async function load(): Promise<Vocabulary> {
  const rows = await db.$queryRaw<{ word: string; uses: number }[]>`
    SELECT w AS word, count(*)::int AS uses
      FROM "Product" p, regexp_split_to_table(p."searchName", '[^[:alnum:]]+') AS w
     WHERE p."catalogVisible" AND length(w) BETWEEN 3 AND 40
     GROUP BY w`;
  return vocabularyOf(rows.map((row) => [row.word, row.uses] as const));
}

export function catalogVocabulary(version: string): Promise<Vocabulary> {
  if (current === null) {
    current = { version, at: Date.now(), vocabulary: load() };
  } else if (current.version !== version && Date.now() - current.at > refreshAfterMs) {
    const previous = current.vocabulary;
    const next = load();
    current = { version, at: Date.now(), vocabulary: previous };
    const entry = current;
    // Keep answering from the previous words until the new ones are in.
    next.then((vocabulary) => {
      if (current === entry) current = { ...entry, vocabulary: Promise.resolve(vocabulary) };
    }, () => undefined);
  }
  const entry = current;
  entry.vocabulary.catch(() => {
    if (current === entry) current = null;
  });
  return entry.vocabulary;
}
