/**
 * Turns what a user types into a safe Lucene query for the full-text index: every word becomes an
 * exact-or-prefix term (prefix mode) or a prefix-or-fuzzy term (fuzzy mode), all words must
 * match, and no Lucene operator from the input survives.
 */

/** `prefix`: exact or prefix terms only (cheap); `fuzzy`: also edit-distance terms (the fallback). */
export type LuceneMode = 'prefix' | 'fuzzy';

/** Options of `toLuceneQuery`. */
export interface LuceneOptions {
  mode: LuceneMode;
}

/** Defaults of `toLuceneQuery`: the fuzzy query, which finds everything the prefix query finds. */
export const DEFAULT_LUCENE_OPTIONS: LuceneOptions = { mode: 'fuzzy' };

/**
 * "hasan" -> "(hasan OR hasan*)" in prefix mode, "(hasan* OR hasan~1)" in fuzzy mode ("~2" from eight letters);
 * "zakir hasanov" -> both terms ANDed; "" -> null.
 */
export function toLuceneQuery(text: string, options: Partial<LuceneOptions> = {}): string | null {
  const mode = options.mode ?? DEFAULT_LUCENE_OPTIONS.mode;
  // Words are runs of letters and digits: "Mohammad-Reza" is two words, as the index's analyzer sees it.
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => (mode === 'prefix' ? prefixTerm(w) : fuzzyTerm(w))).join(' AND ');
}

/** True when a query from `toLuceneQuery` has a fuzzy term (input cannot: "~" is not a word character). */
export function hasFuzzyTerm(query: string): boolean {
  return query.includes('~');
}

// The exact term is there for ranking: Lucene scores every prefix match alike, so without it
// "hasanov" would list Aysel Hasanova before Zakir Hasanov (ties go by name).
function prefixTerm(word: string): string {
  return `(${word} OR ${word}*)`;
}

// The fuzzy term ranks by closeness, exact first, so it needs no exact term of its own.
function fuzzyTerm(word: string): string {
  if (!isFuzzable(word)) return `${word}*`;
  return `(${word}* OR ${word}~${editsAllowed(word)})`;
}

// Two edits only from eight letters: a two-edit automaton costs Neo4j about three times a one-edit
// one (1.5 against 0.5 ms of CPU per search, docs/benchmarks.md), and most typos are one edit.
// Spellings of one name that differ more are joined as aliases at import, where search finds them.
function editsAllowed(word: string): 1 | 2 {
  return word.length >= 8 ? 2 : 1;
}

// Numbers ("2024", "a320") are prefixes only: "996~1" matches most other numbers in the index,
// the most expensive kind of term and never a misspelling anyone meant. Two letters are too few
// for one edit to stay close.
function isFuzzable(word: string): boolean {
  return word.length >= 3 && !/\p{N}/u.test(word);
}
