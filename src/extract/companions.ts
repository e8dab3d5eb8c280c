/**
 * Companions of a visiting leader. "Iranian President X, accompanied by Foreign Minister Y and Oil
 * Minister Z, arrived in Baku": the offices of Y and Z, given without a country, are the leader's
 * country's, not the dateline's. The same holds for the sender of a message the visitor brings:
 * "Y conveyed the greetings of President X" (X is Y's president).
 */
import type { NameMention, PersonMention } from './persons.ts';
import { isTitleWord, type TitleModel } from './titles.ts';
import { tokenCountry, type Token, type TokenizedSentence } from './tokens.ts';

// "accompanied by", "a delegation including": the words that open the list of companions.
const CUES: readonly (readonly string[])[] = [
  ['accompanied', 'by'],
  ['delegation', 'including'],
  ['delegation', 'comprising'],
  ['delegation', 'that', 'included'],
  ['delegation', 'which', 'included'],
  ['entourage', 'including'],
  // "Y conveyed the greetings of President X": X heads the messenger's own country.
  ['greetings', 'of'],
  ['greetings', 'from'],
  ['message', 'of'],
  ['message', 'from'],
  ['letter', 'from'],
];
const LIST_WORDS = new Set([',', 'and', '&']);
const CUE_TEXT = /accompanied by|delegation|entourage|greetings|message|letter/i;

// Where the companion cue before `name` ends ("accompanied by" | Name), when only names, titles and
// list words stand between them; -1 otherwise. Most sentences have no cue: one native scan skips them.
function companionCueEnd(name: NameMention, sentence: TokenizedSentence, model: TitleModel): number {
  if (!CUE_TEXT.test(sentence.text)) return -1;
  const cueEnd = lastCueEnd(sentence.tokens, name.firstToken);
  if (cueEnd === -1 || !onlyListBetween(sentence.tokens, cueEnd, name.firstToken, model)) return -1;
  return cueEnd;
}

/**
 * The leader a name travels with: the first other person named in the sentence before a companion
 * cue, when only names, titles and list words stand between the cue and the name. Else null.
 * `mentions` are the sentence's own, in text order.
 */
export function companionLeader(
  name: NameMention,
  sentence: TokenizedSentence,
  mentions: readonly PersonMention[],
  model: TitleModel,
): string | null {
  const cueEnd = companionCueEnd(name, sentence, model);
  if (cueEnd === -1) return null;
  const cueStart = sentence.tokens[cueEnd - 1]?.start ?? 0;
  const leader = mentions.find((m) => m.start < cueStart && m.person !== null && m.person !== name.person);
  return leader?.person ?? null;
}

/**
 * "The Iranian Foreign Minister, accompanied by Deputy Foreign Minister Y": a leader named only by
 * a title phrase right before the cue gives the country that phrase states. Else null.
 */
export function companionCountry(
  name: NameMention,
  sentence: TokenizedSentence,
  model: TitleModel,
): string | null {
  const cueEnd = companionCueEnd(name, sentence, model);
  if (cueEnd === -1) return null;
  const tokens = sentence.tokens;
  let k = cueEnd - 3;
  if (tokens[k]?.text === ',') k -= 1;
  for (; k >= 0 && isTitleWord(tokens[k] as Token, model); k -= 1) {
    const country = tokenCountry(tokens[k] as Token, model.geo);
    if (country !== null) return country.name;
  }
  return null;
}

// One past the last cue word before `limit`, or -1.
function lastCueEnd(tokens: readonly Token[], limit: number): number {
  for (let i = limit - 1; i >= 0; i -= 1) {
    for (const cue of CUES) {
      const at = i - cue.length + 1;
      if (at >= 0 && cue.every((w, k) => tokens[at + k]?.lower === w)) return i + 1;
    }
  }
  return -1;
}

// "accompanied by Foreign Minister Y and Oil Minister Z": nothing but names, titles and list words.
function onlyListBetween(tokens: readonly Token[], from: number, to: number, model: TitleModel): boolean {
  for (let i = from; i < to; i += 1) {
    const t = tokens[i] as Token;
    if (!(t.cap || LIST_WORDS.has(t.lower) || isTitleWord(t, model))) return false;
  }
  return true;
}
