// Typo correction for the catalog search: each word of a search that the full text did not find
// is replaced by the closest word of the catalog's vocabulary (trigram similarity, the measure
// pg_trgm uses), e.g. "batk tulis" -> "batik tulis". Pure.

/** Words of a search or a name: lower-case runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const result = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) result.add(padded.slice(i, i + 3));
  return result;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Edit distance with adjacent swaps (optimal string alignment): "batk" -> "batik" is 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

export interface Vocabulary {
  words: Map<string, number>;
  /** Each word with its trigrams and how many products use it, for the nearest-word search. */
  entries: { word: string; grams: Set<string>; uses: number }[];
}

/** The vocabulary from [word, number of products using it] pairs. */
export function vocabularyOf(words: Iterable<readonly [string, number]>): Vocabulary {
  const map = new Map(words);
  return { words: map, entries: [...map].map(([word, uses]) => ({ word, grams: trigrams(word), uses })) };
}

/** A word needs this trigram similarity to be a candidate: pg_trgm's default similarity threshold. */
export const correctionThreshold = 0.3;

/**
 * The search with every unknown word (three letters or more, not a number) replaced by the best
 * candidate from the vocabulary, or null when nothing changes. Candidates share enough
 * trigrams and are at most two edits away (one for words of four letters or fewer); the fewest
 * edits wins, then the word more products use ("batk" is one edit from
 * both "bata" and "batik": the catalog's many batik products make it "batik").
 */
export function correctQuery(q: string, vocabulary: Vocabulary): string | null {
  const words = wordsOf(q);
  let changed = false;
  const corrected = words.map((word) => {
    if (word.length < 3 || /^\d+$/.test(word) || vocabulary.words.has(word)) return word;
    const grams = trigrams(word);
    let best: { word: string; edits: number; uses: number } | null = null;
    // One slip in a short word, two in a longer one; anything further is not a typo of it.
    const maxEdits = word.length <= 4 ? 1 : 2;
    for (const entry of vocabulary.entries) {
      if (similarity(grams, entry.grams) < correctionThreshold) continue;
      const edits = editDistance(word, entry.word);
      if (edits > maxEdits) continue;
      if (best === null || edits < best.edits || (edits === best.edits && entry.uses > best.uses)) {
        best = { word: entry.word, edits, uses: entry.uses };
      }
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? corrected.join(" ") : null;
}
