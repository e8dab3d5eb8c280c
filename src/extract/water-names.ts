/**
 * Bodies of water named by their feature word ("the Gulf of Guayaquil", "the Kerch Strait",
 * "Manila Bay"). The gazetteer knows the big ones; the rest, and those whose name holds a city
 * ("Manila Bay" is not Manila), are read here. The whole phrase is the place's name, as the
 * reference writes seas and straits ("Strait of Malacca", "Caspian Sea").
 */
import { allMatches } from './regex.ts';

/** A body of water found in a text, with offsets. */
export interface WaterName {
  start: number;
  end: number;
  name: string;
}

const WORD = String.raw`\p{Lu}\p{Ll}+`;
// "Gulf of Guayaquil", "Bay of Bengal", "Strait of Otranto", "Sea of Marmara"
const NOUN_OF = new RegExp(String.raw`\b(?:Gulf|Bay|Straits?|Sea) of ${WORD}(?: ${WORD}){0,1}\b`, 'gu');
// "Kerch Strait", "Manila Bay", "Bab el-Mandeb Strait"; "Arab Gulf states" names a group, not water.
// The word before the noun has no hyphen or possessive ("Saudi-led Gulf coalition", "Monday's Gulf summit").
const NAME_NOUN = new RegExp(
  String.raw`\b${WORD}(?: (?:el-|al-)?\p{Lu}\p{Ll}+){0,1} (?:Straits?|Bay|Gulf|Sea|Channel)\b(?! (?:states|countries|nations|region|Cooperation|Council|News|Times|Airways|Air)\b)`,
  'gu',
);
// The noun words are rare; most sentences skip both patterns.
const HINT = /\b(?:Gulf|Bay|Straits?|Sea|Channel)\b/;
// Words that, anywhere in the phrase, show it names no water ("The Sea", "Fox News Channel").
const NOT_A_NAME = new Set([
  'The',
  'This',
  'That',
  'Its',
  'Their',
  'Our',
  'A',
  'An',
  'Arab',
  'Mr',
  'Ms',
  'News',
  'Television',
]);

/** Bodies of water named with a feature word, in text order, without overlaps. */
export function findWaterNames(text: string): WaterName[] {
  if (!HINT.test(text)) return [];
  const found = [...allMatches(NOUN_OF, text), ...allMatches(NAME_NOUN, text)]
    .filter((m) => !m[0].split(' ').some((w) => NOT_A_NAME.has(w)))
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, name: m[0] }))
    .sort((a, b) => a.start - b.start);
  return found.filter((w, i) => i === 0 || (found[i - 1]?.end ?? 0) <= w.start);
}
