/**
 * Countries stated only by a later description: "KABUL - Prime Minister X held talks with President
 * Y. The Pakistani premier said ...". X's office was given without a country, so the role stage
 * would fill in the dateline's; the description "the Pakistani premier" says whose office it is.
 */
import type { NameMention } from './persons.ts';
import { isTitleWord, type TitleModel } from './titles.ts';
import { tokenCountry, type Token, type TokenizedSentence } from './tokens.ts';

/** What the role stage knows of one person before countries are filled in. */
export interface UnplacedOffice {
  person: string;
  /** Lower-case office titles the text gives the person. */
  titles: string[];
  /** A country the text states for the person, or null. */
  country: string | null;
}

// Heads of a description and the office titles they name ("the Pakistani premier" = a prime minister).
const HEAD_TITLES: Readonly<Record<string, RegExp>> = {
  premier: /\b(?:prime minister|premier)\b/,
  minister: /\bminister\b/,
  president: /^(?:vice )?president\b/,
  chief: /\b(?:chief|commander|head)\b/,
  commander: /\b(?:commander|chief)\b/,
  general: /\b(?:chief|commander)\b/,
  envoy: /\b(?:ambassador|envoy|representative)\b/,
  ambassador: /\bambassador\b/,
  speaker: /\bspeaker\b/,
  diplomat: /\bforeign affairs\b/,
};
const MAX_WORDS_BEFORE_HEAD = 3;

/**
 * Person -> country for people whose offices state none, when a later "the <demonym> ... <head>"
 * can only mean them: no one with a stated country holds such an office there, and exactly one
 * person without a country named earlier does.
 */
export function describedCountries(
  sentences: readonly TokenizedSentence[],
  names: readonly NameMention[],
  offices: readonly UnplacedOffice[],
  model: TitleModel,
): Map<string, string> {
  const out = new Map<string, string>();
  const found = sentences.flatMap((s) => descriptions(s.tokens, model));
  if (found.length === 0) return out;
  const first = firstMentions(sentences, model);
  const unnamed = firstUnnamedGuest(sentences);
  for (const d of found) {
    // "X met his counterpart ... The Omani minister said": the description may be that guest.
    if (unnamed < d.start) continue;
    // "received a Turkish delegation ... The Turkish minister said": a country named before the
    // description may be an unnamed guest's, so only a description that names it first is trusted.
    if (first.get(d.country) !== d.demonymStart) continue;
    const fits = (o: UnplacedOffice): boolean => o.titles.some((t) => HEAD_TITLES[d.head]?.test(t) === true);
    if (offices.some((o) => o.country === d.country && fits(o))) continue;
    const earlier = new Set(names.filter((n) => n.start < d.start).map((n) => n.person));
    const unplaced = offices.filter((o) => o.country === null && earlier.has(o.person) && fits(o));
    const only = unplaced.length === 1 ? unplaced[0] : undefined;
    if (only !== undefined && !out.has(only.person)) out.set(only.person, d.country);
  }
  return out;
}

// Offset of the first word naming someone without a name ("his counterpart", "a delegation"), or Infinity.
function firstUnnamedGuest(sentences: readonly TokenizedSentence[]): number {
  for (const s of sentences) for (const t of s.tokens) if (GUEST_WORDS.has(t.lower)) return t.start;
  return Number.POSITIVE_INFINITY;
}

const GUEST_WORDS = new Set([
  'counterpart',
  'counterparts',
  'delegation',
  'guest',
  'guests',
  'visitor',
  'visitors',
  'envoy',
  'side',
]);

// Country -> offset of its first mention (name or demonym).
function firstMentions(sentences: readonly TokenizedSentence[], model: TitleModel): Map<string, number> {
  const first = new Map<string, number>();
  for (const s of sentences)
    for (const t of s.tokens) {
      const country = tokenCountry(t, model.geo);
      if (country !== null && !first.has(country.name)) first.set(country.name, t.start);
    }
  return first;
}

interface Description {
  country: string;
  head: string;
  /** Offsets of "the" and of the demonym. */
  start: number;
  demonymStart: number;
}

// "the Pakistani premier", "the visiting Iraqi foreign minister": the country and the head noun.
function descriptions(tokens: readonly Token[], model: TitleModel): Description[] {
  const out: Description[] = [];
  tokens.forEach((t, i) => {
    if (t.lower !== 'the') return;
    let k = i + 1;
    if (tokens[k]?.lower === 'visiting') k += 1;
    const demonym = tokens[k];
    const country = demonym?.cap === true && !demonym.possessive ? tokenCountry(demonym, model.geo) : null;
    if (country === null) return;
    for (let j = k + 1; j <= k + MAX_WORDS_BEFORE_HEAD; j += 1) {
      const word = tokens[j];
      if (word === undefined || !isTitleWord(word, model)) return;
      // "the Pakistani premier said": the head closes the description ("the Pakistani Prime Minister
      // Imran Khan" is a title chain before a name).
      const next = tokens[j + 1];
      if (
        HEAD_TITLES[word.lower] !== undefined &&
        (next === undefined || !(next.cap || isTitleWord(next, model)))
      ) {
        out.push({
          country: country.name,
          head: word.lower,
          start: t.start,
          demonymStart: demonym?.start ?? -1,
        });
        return;
      }
    }
  });
  return out;
}
