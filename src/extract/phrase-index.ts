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

/** An indexed entry: the phrase with its case-folded form computed once. */
export interface IndexedPhrase<T> extends PhraseEntry<T> {
  norm: string;
}

/** Phrases bucketed by first word, longest first within a bucket. */
export interface PhraseIndex<T> {
  /** Keyed by the lower-cased first word. */
  buckets: Map<string, IndexedPhrase<T>[]>;
  /** The same buckets keyed by the first word as written, Capitalised and UPPER-CASE: no lower-casing per word. */
  surfaceBuckets: Map<string, IndexedPhrase<T>[]>;
  /** Phrases that may start with a small letter ("al-Qaeda"); the rest start with a capital. */
  lowerStarts: IndexedPhrase<T>[];
  /** Bit set of the first two character codes (low bytes) of every surface key: most words fail it without a slice. */
  pairs: Uint8Array;
  /** Bit set of the hashes of every surface key: a word that misses it is not a key (no slice, no garbage). */
  keyHashes: Uint8Array;
}

// A word is a run of letters, marks or digits; hyphens and apostrophes split words, so
// "Tehran-Baku" yields both cities and "Iran's" yields "Iran".
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Builds an index from phrase entries; later duplicates of a phrase are ignored. */
export function buildPhraseIndex<T>(entries: readonly PhraseEntry<T>[]): PhraseIndex<T> {
  const buckets = new Map<string, IndexedPhrase<T>[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const phrase = entry.phrase.trim();
    const key = `${entry.case}:${phrase.toLowerCase()}`;
    if (phrase.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const first = firstWord(phrase);
    if (first === null) continue;
    const list = buckets.get(first) ?? [];
    list.push({ ...entry, phrase, norm: normalise(phrase) });
    buckets.set(first, list);
  }
  for (const list of buckets.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  // A 'proper' phrase needs a capital in the text, so only 'any' and small-letter 'exact' phrases
  // can match at a small-letter word.
  const lowerStarts = [...buckets.values()]
    .flat()
    .filter((e) => e.case === 'any' || (e.case === 'exact' && !isUpper(e.phrase.charAt(0))));
  const surfaceBuckets = surfaceKeys(buckets);
  const keyHashes = new Uint8Array(HASH_SIZE);
  for (const key of surfaceBuckets.keys()) keyHashes[hashWord(key, 0, key.length)] = 1;
  return { buckets, surfaceBuckets, lowerStarts, pairs: firstPairs(surfaceBuckets.keys()), keyHashes };
}

const HASH_SIZE = 1 << 20;

// A rolling hash of text[from, to), masked to the bit set's size.
function hashWord(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h & (HASH_SIZE - 1);
}

function firstPairs(keys: Iterable<string>): Uint8Array {
  const pairs = new Uint8Array(65536);
  for (const key of keys) pairs[pairCode(key, 0)] = 1;
  return pairs;
}

// Low bytes of the first two characters; a one-letter word pairs with 0.
function pairCode(text: string, at: number): number {
  const second = at + 1 < text.length && isWordCode(text, at + 1) ? text.charCodeAt(at + 1) & 0xff : 0;
  return ((text.charCodeAt(at) & 0xff) << 8) | second;
}

// "Caspian" is looked up as "Caspian", "CASPIAN" or as its phrase spells it ("McDonald").
function surfaceKeys<T>(buckets: Map<string, IndexedPhrase<T>[]>): Map<string, IndexedPhrase<T>[]> {
  const out = new Map<string, IndexedPhrase<T>[]>();
  for (const [lower, list] of buckets) {
    const spelled = list.map((e) => /^[\p{L}\p{M}\p{N}]+/u.exec(e.phrase)?.[0] ?? lower);
    const forms = new Set([
      lower,
      lower.toUpperCase(),
      lower.charAt(0).toUpperCase() + lower.slice(1),
      ...spelled,
    ]);
    for (const form of forms) out.set(form, list);
  }
  return out;
}

/**
 * Finds non-overlapping longest matches, left to right. A hand-written scanner, not a regex:
 * this runs over every article several times and must stay well above 10 MB/s. When every
 * phrase starts with a capital (the usual case: proper names), small-letter words are skipped.
 */
export function findPhrases<T>(text: string, index: PhraseIndex<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isWordCode(text, end)) end++;
    if (
      !startsCapital(text, i) ||
      index.pairs[pairCode(text, i)] === 0 ||
      index.keyHashes[hashWord(text, i, end)] === 0
    ) {
      i = end;
      continue;
    }
    const at = i;
    const entry = index.surfaceBuckets.get(text.slice(i, end))?.find((e) => matchesAt(text, at, e));
    if (entry === undefined) {
      i = end;
      continue;
    }
    i = Math.max(end, at + entry.phrase.length);
    if (entry.value !== null)
      hits.push({
        start: at,
        end: at + entry.phrase.length,
        text: text.slice(at, at + entry.phrase.length),
        value: entry.value,
      });
  }
  return index.lowerStarts.length === 0 ? hits : withLowerStarts(text, index, hits);
}

// The few phrases that may start with a small letter ("al-Qaeda") are found by substring search
// of the lower-cased text, so the main scan can skip every small-letter word.
function withLowerStarts<T>(text: string, index: PhraseIndex<T>, hits: PhraseHit<T>[]): PhraseHit<T>[] {
  const lower = lowerCased(text);
  let kept = hits;
  const extra: PhraseHit<T>[] = [];
  const starts = prefixPositions(lower, index.lowerStarts);
  for (const entry of index.lowerStarts) {
    for (const at of starts.get(prefixOf(entry.norm)) ?? []) {
      if (!lower.startsWith(entry.norm, at)) continue;
      const end = at + entry.phrase.length;
      if ((at > 0 && isWordCode(text, at - 1)) || !matchesAt(text, at, entry)) continue;
      if (extra.some((h) => h.start < end && at < h.end)) continue;
      // "al-Nusra Front" is longer than the "Nusra Front" the main scan found inside it, and wins
      const inside = kept.filter((h) => h.start < end && at < h.end);
      if (inside.some((h) => h.start < at || h.end > end)) continue;
      if (inside.length > 0) kept = kept.filter((h) => !inside.includes(h));
      if (entry.value !== null) extra.push({ start: at, end, text: text.slice(at, end), value: entry.value });
    }
  }
  return extra.length === 0 && kept === hits ? hits : [...kept, ...extra].sort((a, b) => a.start - b.start);
}

// The last two texts lower-cased, newest first.
const lowered: { text: string; lower: string }[] = [];

/**
 * `text.toLowerCase()`, remembered for the last two texts: the gazetteer stages read the same
 * article text one after another (with a page's credit lines in between), and lower-casing a whole
 * article is a copy each time.
 */
export function lowerCased(text: string): string {
  const hit = lowered.find((entry) => entry.text === text);
  if (hit !== undefined) return hit.lower;
  const lower = text.toLowerCase();
  lowered.unshift({ text, lower });
  if (lowered.length > 2) lowered.pop();
  return lower;
}

// One search of the text per distinct four-letter prefix ("al-q", "al-s"): "al " alone would stop
// at every "national " and "general ".
const PREFIX = 4;

function prefixOf(norm: string): string {
  return norm.slice(0, PREFIX);
}

// Every position of each distinct prefix, in order (overlapping ones too, as repeated indexOf gives).
function prefixPositions<T>(lower: string, entries: readonly IndexedPhrase<T>[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const entry of entries) {
    const prefix = prefixOf(entry.norm);
    if (positions.has(prefix)) continue;
    const list: number[] = [];
    for (let at = lower.indexOf(prefix); at !== -1; at = lower.indexOf(prefix, at + 1)) list.push(at);
    positions.set(prefix, list);
  }
  return positions;
}

// ASCII letters and digits by code; anything beyond ASCII through the Unicode class.
function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // General punctuation (curly quotes, dashes) and no-break spaces are common and never letters.
  if ((c >= 0x2000 && c <= 0x206f) || c === 0xa0) return false;
  return WORD_CHAR.test(text.charAt(i));
}

function startsCapital(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isUpper(text.charAt(i));
}

/** The lower-cased first word of a phrase, as the scanner will see it. */
function firstWord(phrase: string): string | null {
  const m = /[\p{L}\p{M}\p{N}]+/u.exec(phrase);
  return m === null || m.index !== 0 ? null : m[0].toLowerCase();
}

function matchesAt<T>(text: string, at: number, entry: IndexedPhrase<T>): boolean {
  const end = at + entry.phrase.length;
  if (end > text.length) return false;
  if (end < text.length && isWordCode(text, end) && isWordCode(entry.phrase, entry.phrase.length - 1))
    return false;
  if (text.startsWith(entry.phrase, at)) return entry.case !== 'proper' || isUpper(entry.phrase.charAt(0));
  if (entry.case === 'exact') return false;
  if (!equalsFolded(text, at, entry.norm)) return false;
  if (entry.case === 'proper') return isUpper(text.charAt(at));
  return true;
}

// Case-insensitive comparison without allocating: ASCII folded by code, the rest by toLowerCase.
function equalsFolded(text: string, at: number, norm: string): boolean {
  for (let k = 0; k < norm.length; k++) {
    let a = text.charCodeAt(at + k);
    const b = norm.charCodeAt(k);
    if (a === b) continue;
    if (a >= 65 && a <= 90) a += 32;
    else if (a === 0x2019 || a === 0x2018 || a === 0x60) a = 39;
    else if (a > 127)
      a = text
        .charAt(at + k)
        .toLowerCase()
        .charCodeAt(0);
    if (a !== b) return false;
  }
  return true;
}

// Curly and straight apostrophes are the same letter for matching ("Cote d’Ivoire").
function normalise(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'");
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
