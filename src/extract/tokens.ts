/**
 * Word tokens with offsets for the person stages. One regex pass per sentence; the person,
 * role and coreference stages all read the same tokens, so the text is scanned once.
 */
import type { CountryEntry, GeoModel } from './model/geo.ts';
import type { Sentence } from './sentences.ts';

/** A word or punctuation mark; `start`/`end` are offsets in the body text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter ("Dehqan", "UAE"); name words also need a lower-case letter. */
  cap: boolean;
  /** Has a lower-case letter ("Dehqan", not "UAE" or "TEHRAN"). */
  lowerCase: boolean;
  /** A word (letters), as opposed to a digit run or punctuation. */
  word: boolean;
  /** Followed by a possessive "'s" that was split off ("Iran’s" -> "Iran"). */
  possessive: boolean;
}

/** A sentence with its tokens. */
export interface TokenizedSentence extends Sentence {
  tokens: Token[];
}

// Words keep inner hyphens and apostrophes ("Mohammad-Reza", "al-Sudani", "O'Brien"); a trailing
// period stays on abbreviations ("Gen.", "Dr.") and initials ("W."), handled after matching.
const TOKEN = /[\p{L}\p{M}](?:[\p{L}\p{M}'’-]*[\p{L}\p{M}])?|\d+(?:[.,:]\d+)*|[^\s\p{L}\p{M}\d]/gu;
const POSSESSIVE = /['’]s$/;
const UPPER_START = /^\p{Lu}/u;
const LETTER_START = /^[\p{L}\p{M}]/u;
const ABBREVIATION = /^(?:\p{Lu}|Gen|Brig|Maj|Lt|Col|Adm|Capt|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Eng|St|Jr|Sr)$/u;

/** Splits one piece of text into tokens whose offsets are shifted by `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // exec on the shared pattern, not matchAll: matchAll clones the regex for every sentence.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    let raw = match[0];
    const start = offset + match.index;
    let possessive = false;
    if (raw.length > 2 && POSSESSIVE.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
    }
    const isWord = startsWithLetter(raw);
    const next = text[match.index + match[0].length];
    if (isWord && next === '.' && ABBREVIATION.test(raw)) raw += '.';
    tokens.push(makeToken(raw, start, isWord, possessive));
  }
  return mergeAbbreviationPeriods(tokens);
}

/** Tokenizes every sentence once. */
export function tokenizeSentences(sentences: readonly Sentence[]): TokenizedSentence[] {
  return sentences.map((s) => ({ ...s, tokens: tokenize(s.text, s.start) }));
}

function makeToken(text: string, start: number, word: boolean, possessive: boolean): Token {
  const cap = word && startsUpper(text);
  const lower = text.toLowerCase();
  return {
    text,
    lower,
    start,
    end: start + text.length,
    cap,
    lowerCase: hasLowerCase(text),
    word,
    possessive,
  };
}

// ASCII by code (most tokens), the rest through the Unicode classes: this runs for every token.
function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_START.test(text);
}

function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}

// Some letter changes when upper-cased; the whole-string comparison only once a non-ASCII letter shows up.
function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return text !== text.toUpperCase();
  }
  return false;
}

// An abbreviation took its period into its text; drop the separate "." token that follows it.
function mergeAbbreviationPeriods(tokens: Token[]): Token[] {
  return tokens.filter(
    (t, i) => !(t.text === '.' && tokens[i - 1]?.text.endsWith('.') && tokens[i - 1]?.end === t.end),
  );
}

/**
 * The country a capitalised token names ("Iranian", "Iran’s", "US"): one map lookup, since the
 * token is already lower-cased with its "'s" split off (the per-token fast path of `countryFromWord`).
 */
export function tokenCountry(token: Token, geo: GeoModel): CountryEntry | null {
  return token.cap ? (geo.countryByWord.get(token.lower) ?? null) : null;
}

/** True when a token is a country word or a known place name ("Baku", "Caspian"). */
export function isGeoToken(token: Token, geo: GeoModel): boolean {
  return geo.countryByWord.has(token.lower) || geo.placeByName.has(token.lower);
}
