/**
 * Turns what a user types into a safe Lucene query for the full-text index: every word becomes a
 * prefix-or-fuzzy term, all words must match, and no Lucene operator from the input survives.
 */

/** "hasan" -> "(hasan* OR hasan~1)"; "zakir hasanov" -> both terms ANDed; "" -> null. */
export function toLuceneQuery(text: string): string | null {
  // Words are runs of letters and digits: "Mohammad-Reza" is two words, as the index's analyzer sees it.
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => (w.length < 3 ? `${w}*` : `(${w}* OR ${w}~${w.length > 5 ? 2 : 1})`)).join(' AND ');
}
