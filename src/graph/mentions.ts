/**
 * How often an article names an entity, and the sentence where it first does: the `count` and
 * `evidence` of a MENTIONS relationship. Plain string search over the cleaned text, because the
 * extraction facts carry names, not offsets.
 */

/** Count of non-overlapping whole-word occurrences of any of `forms`, and the first one's sentence. */
export interface MentionStats {
  count: number;
  evidence: string | null;
}

const WORD = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const ch = text[index];
  return ch === undefined || !WORD.test(ch);
}

/** Finds the sentence around `index`: back to the previous terminator or line break, on to the next. */
export function sentenceAround(text: string, index: number): string {
  let start = index;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '')) start -= 1;
  const rest = text.slice(index).search(/[.!?](\s|$)|\n/);
  const end = rest < 0 ? text.length : index + rest + 1;
  return text.slice(start, end).trim();
}

/** Counts `forms` in `text` (longest form first, so "Zakir Hasanov" is not also counted as "Hasanov"). */
export function mentionStats(text: string, forms: string[]): MentionStats {
  const taken: Array<[number, number]> = [];
  const sorted = [...new Set(forms.filter((f) => f.trim().length > 1))].sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      const end = at + form.length;
      if (!isBoundary(text, at - 1) || !isBoundary(text, end)) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
    }
  }
  if (taken.length === 0) return { count: 0, evidence: null };
  const first = Math.min(...taken.map(([s]) => s));
  return { count: taken.length, evidence: sentenceAround(text, first) };
}
