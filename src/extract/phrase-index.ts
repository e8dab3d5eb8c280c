/**
 * A fast longest-match phrase finder shared by the gazetteer stages (countries, places,
 * organizations, topics). Phrases are bucketed by their first word, so a scan costs one map
 * lookup per word of text, not one comparison per gazetteer entry.
 */

/** How strictly a phrase's letter case must match the text. */
export type PhraseCase =
  /** Exact case: "US" must not match the pronoun "us". */
  | 'exact'
  /** First letter upper case, rest any case: "Iranian", "Caspian sea". */
  | 'proper'
  /** Any case: topic terms such as "drug trafficking". */
  | 'any';

/** One phrase and what it stands for; a null value blocks a shorter match ("Latin American"). */
export interface PhraseEntry<T> {
  phrase: string;
  value: T | null;
  case: PhraseCase;
}

/** A phrase found in a text, with character offsets. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

/** Phrases bucketed by lower-cased first word, longest first within a bucket. */
export interface PhraseIndex<T> {
  buckets: Map<string, PhraseEntry<T>[]>;
}

// A word is a run of letters, marks or digits; hyphens and apostrophes split words, so
// "Tehran-Baku" yields both cities and "Iran's" yields "Iran".
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Builds an index from phrase entries; later duplicates of a phrase are ignored. */
export function buildPhraseIndex<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  const buckets = new Map<string, PhraseEntry<T>[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const phrase = entry.phrase.trim();
    const key = `${entry.case}:${phrase.toLowerCase()}`;
    if (phrase.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const first = firstWord(phrase);
    if (first === null) continue;
    const list = buckets.get(first) ?? [];
    list.push({ ...entry, phrase });
    buckets.set(first, list);
  }
  for (const list of buckets.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return { buckets };
}

/** Finds non-overlapping longest matches, left to right. */
export function findPhrases<T>(text: string, index: PhraseIndex<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let consumedTo = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (m.index < consumedTo) continue;
    const bucket = index.buckets.get(m[0].toLowerCase());
    if (bucket === undefined) continue;
    const entry = bucket.find((e) => matchesAt(text, m.index, e));
    if (entry === undefined) continue;
    consumedTo = m.index + entry.phrase.length;
    WORD.lastIndex = Math.max(WORD.lastIndex, consumedTo);
    if (entry.value === null) continue;
    hits.push({ start: m.index, end: consumedTo, text: text.slice(m.index, consumedTo), value: entry.value });
  }
  return hits;
}

/** The lower-cased first word of a phrase, as the scanner will see it. */
function firstWord(phrase: string): string | null {
  const m = /[\p{L}\p{M}\p{N}]+/u.exec(phrase);
  return m === null || m.index !== 0 ? null : m[0].toLowerCase();
}

function matchesAt<T>(text: string, at: number, entry: PhraseEntry<T>): boolean {
  const end = at + entry.phrase.length;
  if (end > text.length) return false;
  if (end < text.length && WORD_CHAR.test(text.charAt(end)) && WORD_CHAR.test(entry.phrase.charAt(entry.phrase.length - 1))) {
    return false;
  }
  const slice = text.slice(at, end);
  if (entry.case === 'exact') return slice === entry.phrase;
  if (normalise(slice) !== normalise(entry.phrase)) return false;
  if (entry.case === 'proper') return isUpper(slice.charAt(0));
  return true;
}

// Curly and straight apostrophes are the same letter for matching ("Cote d’Ivoire").
function normalise(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'");
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
