/**
 * Person stage: finds people's names in tokenized sentences. A name is a run of 1-4 capitalised
 * name tokens (particles such as "bin" or "al-" allowed inside) that is not a country, place,
 * organization head, calendar word or title; a one-word run counts only after a title, rank or
 * honorific ("President Erdogan"), the coreference stage links other lone surnames.
 */
import type { GeoModel } from './model/geo.ts';
import type { PeopleModel } from './model/people.ts';
import { countryFromWord, placeCountry } from './geo.ts';
import { isGeoToken, type Token, type TokenizedSentence } from './tokens.ts';

/** One reference to a person in the article body. kind: full name, surname alone, nominal ("the Iranian minister"), pronoun. */
export interface PersonMention {
  /** Article-local person key (canonical full name); null = unresolved or unnamed. */
  person: string | null;
  /** For unnamed people: "his Lebanese counterpart". */
  description?: string;
  surface: string;
  kind: 'name' | 'surname' | 'nominal' | 'pronoun';
  /** Sentence.index from splitSentences. */
  sentence: number;
  /** Offsets in the body text. */
  start: number;
  end: number;
}

/** A name found by this stage, with the token span the role stage reads around. */
export interface NameMention extends PersonMention {
  kind: 'name';
  person: string;
  /** Index of the first and one past the last token of the name within its sentence. */
  firstToken: number;
  lastToken: number;
  /** The name's words without honorifics or particles, in canonical order (given name first). */
  parts: string[];
}

/** Models the person stage reads. */
export interface PersonStageModel {
  geo: GeoModel;
  people: PeopleModel;
}

const MAX_NAME_WORDS = 4;
const INITIAL = /^\p{Lu}\.$/u;
// "Fuad Nadir oglu Mammadov": Turkic patronymic markers written in lower case.
const PATRONYMIC_WORDS = new Set([
  'oglu',
  'oğlu',
  'ogly',
  'ogli',
  'qizi',
  'gizi',
  'kyzy',
  'kizi',
  'uly',
  'uulu',
]);
const LOWER_PARTICLE_PREFIX = /^(?:al|el|ul|ad|ar|as|at|az|an|ash|ad-din)-\p{Lu}/u;

/** Every full or titled name in the sentences, in text order. */
export function findNames(sentences: readonly TokenizedSentence[], model: PersonStageModel): NameMention[] {
  return sentences.flatMap((s) => findNamesInSentence(s, model));
}

/** The names in one sentence. */
export function findNamesInSentence(sentence: TokenizedSentence, model: PersonStageModel): NameMention[] {
  const found: NameMention[] = [];
  const tokens = sentence.tokens;
  const headline = isTitleCase(tokens);
  const geo = multiWordGeo(tokens, model);
  let i = 0;
  while (i < tokens.length) {
    const end = geo.has(i) ? i : runEnd(tokens, i, model, geo);
    if (end === i) {
      i += 1;
      continue;
    }
    const [from, to] = headline ? trimHeadline(tokens, i, end, model) : [i, end];
    const mention = toMention(sentence, from, to, model);
    if (mention) found.push(mention);
    i = end;
  }
  return found;
}

/**
 * True when a token can be a word of a person's name. `afterTitle`: the run follows a title, so a
 * word that is also a city ("Defence Minister Sari Harikan") may be a name; countries never are.
 */
export function isNameWord(token: Token, model: PersonStageModel, afterTitle = false): boolean {
  if (!token.cap || token.text.length < 2 || !token.lowerCase) return LOWER_PARTICLE_PREFIX.test(token.text);
  const lower = bareOffice(token.lower);
  const people = model.people;
  // "Kim Jong Un": "UN" written in title case is a name word.
  if (TITLE_CASE_SYLLABLES.has(lower) && token.text !== token.text.toUpperCase()) return true;
  if (people.nonNameWords.has(lower) || people.officeWords.has(lower) || people.titleWords.has(lower))
    return false;
  if (people.ranks.has(lower) || people.honorifics.has(lower) || people.rankStarts.has(lower)) return false;
  // "Chairman of Pakistan Tehreek-i-Insaf Imran Khan": the party's name ends before the person's.
  if (lower.includes('-') && people.groupNameWord.test(lower)) return false;
  if (afterTitle) return !model.geo.countryByWord.has(lower);
  // "Luisa Cardenas": a small town's name (counted as a place only after "in"/"near") may be a surname.
  return !isGeoToken(token, model.geo) || model.geo.placeByName.get(lower)?.gated === true;
}

// The longest multi-word country, demonym or place phrase ("Sri Lankan", "New Zealand", "Ho Chi
// Minh City") has at most this many tokens.
const MAX_GEO_TOKENS = 4;

/**
 * Indexes of tokens inside a multi-word country, demonym or place name. Such a phrase is never a
 * name, and its first word is no honorific: "the Sri Lankan envoy" has no person "Lankan".
 */
function multiWordGeo(tokens: readonly Token[], model: PersonStageModel): Set<number> {
  const taken = new Set<number>();
  const { countryByWord, placeByName } = model.geo;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i]?.cap || !tokens[i + 1]?.cap) continue;
    let key = tokens[i]?.lower ?? '';
    for (let n = 2; n <= MAX_GEO_TOKENS && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1] as Token;
      if (!t.cap) break;
      key += ` ${t.lower}`;
      if (countryByWord.has(key) || placeByName.has(key)) for (let k = i; k < i + n; k++) taken.add(k);
    }
  }
  return taken;
}

// An initial ("S.", "A.") may open a name when a name word follows: "A. K. Sharma", "J. Smith".
function initialsEnd(tokens: readonly Token[], start: number): number {
  let end = start;
  while (INITIAL.test(tokens[end]?.text ?? '')) end += 1;
  return end;
}

// "Abdul Amir", "Abdel Malik": after "Abdul" ("servant of"), a title word is part of the given name.
const SERVANT_OF = new Set(['abdul', 'abdel', 'abdol', 'abdal', 'abd']);
function servantOf(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.cap === true && SERVANT_OF.has(tokens[i - 1]?.lower ?? '');
}

// "Amir" (an office word that is also a given name) followed by a name word.
function isGivenNameOffice(
  tokens: readonly Token[],
  i: number,
  model: PersonStageModel,
  titled: boolean,
): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined || !t.cap || !model.people.givenNameOffices.has(t.lower))
    return false;
  return isNameWord(next, model, titled);
}

// One past the last token of the name run starting at `start` (== start when none starts here).
function runEnd(
  tokens: readonly Token[],
  start: number,
  model: PersonStageModel,
  geo: ReadonlySet<number>,
): number {
  const titled = hasTitleBefore(tokens, start, model);
  const opening = initialsEnd(tokens, start);
  const first = tokens[opening];
  if (opening > start && (first === undefined || geo.has(opening) || !isNameWord(first, model, titled)))
    return start;
  const next = tokens[start + 1];
  // "General He Jianguo": after a title, the Chinese surname He opens a name.
  const chineseHe = titled && first?.text === 'He' && next !== undefined && isNameWord(next, model, true);
  // "Aden Duale", "Sofia Rossi": a city that is also a given name opens a name before a name word.
  const givenCity =
    first !== undefined &&
    model.geo.givenNameCities.has(first.lower) &&
    next !== undefined &&
    isNameWord(next, model, titled);
  // "Brigadier General Amir Ali Hajizadeh": after a rank or office, "Amir" opens the name.
  const givenOffice = titled && isGivenNameOffice(tokens, start, model, true);
  // "Foreign Minister Israel Katz": after a title, a country that is also a given name opens a name.
  const givenCountry =
    titled &&
    first !== undefined &&
    model.people.givenNameCountries.has(first.lower) &&
    next !== undefined &&
    isNameWord(next, model, true);
  const opens = chineseHe || givenCity || givenOffice || givenCountry;
  if (!first || !(opens || isNameWord(first, model, titled))) return start;
  // A capitalised particle opens a name only before another name word ("Abu Mohammad al-Julani").
  if (model.people.particles.has(first.lower) && !(next && isNameWord(next, model, titled))) return start;
  let end = opening + 1;
  while (end < tokens.length && !tokens[end - 1]?.possessive && !geo.has(end)) {
    const t = tokens[end] as Token;
    const inner = model.people.particles.has(t.lower) || INITIAL.test(t.text);
    const named =
      isNameWord(t, model, titled) ||
      PATRONYMIC_WORDS.has(t.lower) ||
      servantOf(tokens, end) ||
      isGivenNameOffice(tokens, end, model, titled);
    if (named) end += 1;
    else if (inner && tokens[end + 1] && isNameWord(tokens[end + 1] as Token, model, titled)) end += 2;
    else break;
  }
  return end;
}

const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'to',
  'in',
  'a',
  'an',
  'for',
  'on',
  'at',
  'with',
  'by',
  'as',
]);

// A headline or menu line: nearly every word capitalised and no final stop ("Former PM Slams Deal With Ankara").
function isTitleCase(tokens: readonly Token[]): boolean {
  if (/^[.!?"”’)]$/.test(tokens.at(-1)?.text ?? '')) return false;
  const words = tokens.filter((t) => t.word && !SMALL_WORDS.has(t.lower));
  return words.length >= 4 && words.filter((t) => t.cap).length >= 0.8 * words.length;
}

/**
 * "Nouri al-Maliki Slams Deal", "Analyst Mark Johnson Explains": in a title-case line common words
 * stick to a name. While a run has three or more words, common English words come off its ends.
 */
function trimHeadline(
  tokens: readonly Token[],
  first: number,
  end: number,
  model: PersonStageModel,
): [number, number] {
  const common = (t: Token | undefined): boolean => t !== undefined && model.people.englishWords.has(t.lower);
  const core = (a: number, b: number): number =>
    tokens.slice(a, b).filter((t) => !model.people.particles.has(t.lower)).length;
  let [from, to] = [first, end];
  while (core(from, to) >= 3 && common(tokens[to - 1])) to -= 1;
  while (core(from, to) >= 3 && common(tokens[from]) && !hasTitleBefore(tokens, from, model)) from += 1;
  return [from, to];
}

function toMention(
  s: TokenizedSentence,
  first: number,
  end: number,
  model: PersonStageModel,
): NameMention | null {
  const words = s.tokens.slice(first, end);
  const core = words.filter(
    (t) => !model.people.particles.has(t.lower) && !INITIAL.test(t.text) && !PATRONYMIC_WORDS.has(t.lower),
  );
  if (core.length === 0 || core.length > MAX_NAME_WORDS) return null;
  const surface = s.text.slice(
    (words[0] as Token).start - s.start,
    (words[words.length - 1] as Token).end - s.start,
  );
  if (isGeoPhrase(surface, model) || (core.length === 1 && isGeoToken(core[0] as Token, model.geo)))
    return null;
  const titled = hasTitleBefore(s.tokens, first, model);
  // "J. Smith": initials before a surname make a full name.
  if (core.length === 1 && !titled && !INITIAL.test(words[0]?.text ?? '')) return null;
  // "Ho Chi Minh City", "Jinnah International Airport": a name before a place noun is the place's.
  const next = s.tokens[end];
  if (next !== undefined && next.cap && model.people.placeHeads.has(next.lower)) return null;
  // "Imam Khomeini International Airport": an adjective may stand between the name and the place noun.
  const nextButOne = s.tokens[end + 1];
  if (
    next?.cap === true &&
    PLACE_ADJECTIVES.has(next.lower) &&
    nextButOne !== undefined &&
    model.people.placeHeads.has(nextButOne.lower)
  )
    return null;
  if (model.people.shipWords.has(s.tokens[first - 1]?.lower ?? '')) return null;
  // "King Fahd Causeway", "Sultan Qaboos Stadium": a run ending in a place noun names that place.
  if (model.people.placeHeads.has((words[words.length - 1] as Token).lower)) return null;
  if (!titled && (isDescribedThing(s.tokens, first, end) || isDestination(s.tokens, first, model)))
    return null;
  // "Khor Abdullah waterway", "Shusha summit": a lower-case thing noun after the run.
  const after = s.tokens[end];
  if (!titled && after !== undefined && !after.cap && model.people.thingNouns.has(after.lower)) return null;
  if (!titled && isCommonPhrase(core, model) && !hasPersonCue(s.tokens, first, end, model)) return null;
  if (isByline(s.tokens, first, model) || isAgencyByline(s.tokens, end)) return null;
  const parts = canonicalParts(joinedInitials(words), model.people);
  const start = (words[0] as Token).start;
  return {
    person: parts.join(' '),
    surface,
    kind: 'name',
    sentence: s.index,
    start,
    end: start + surface.length,
    firstToken: first,
    lastToken: end,
    parts,
  };
}

const PLACE_ADJECTIVES = new Set(['international', 'national', 'memorial', 'central', 'grand', 'new', 'old']);

// "A.K. Bhatt" keeps its initials together as written; "A. K. Bhatt" keeps them apart.
function joinedInitials(words: readonly Token[]): string[] {
  const out: string[] = [];
  words.forEach((t, i) => {
    const prev = words[i - 1];
    if (prev !== undefined && prev.end === t.start && INITIAL.test(t.text) && INITIAL.test(prev.text))
      out[out.length - 1] += t.text;
    else out.push(t.text);
  });
  return out;
}

// "the Kura Araz lowland", "The Trust Principles", "in Sharm el-Sheikh": an article or a place
// preposition before an untitled name marks a thing or a place, not a person.
// A possessive after a preposition is a person's ("at Vladimir Putin's invitation").
const ARTICLES = new Set(['the', 'a', 'an']);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside']);

function isDescribedThing(tokens: readonly Token[], first: number, end: number): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  if (ARTICLES.has(before)) return true;
  return PLACE_PREPOSITIONS.has(before) && tokens[end - 1]?.possessive !== true;
}

// "will visit Andhra Pradesh", "flew to Baja California", "the state of Nuevo Leon": a destination or a
// place noun's name is a place, not a person.
function isDestination(tokens: readonly Token[], first: number, model: PersonStageModel): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  const twoBefore = tokens[first - 2]?.lower ?? '';
  if (model.people.destinationVerbs.has(before)) return true;
  if (before === 'of' && model.people.placeOfNouns.has(twoBefore)) return true;
  return before === 'to' && model.people.motionWords.has(twoBefore);
}

// "Peace Endeavor", "Olive Branch": every word an English word.
function isCommonPhrase(core: readonly Token[], model: PersonStageModel): boolean {
  return core.every((t) => model.people.englishWords.has(t.lower));
}

// "Bill Burns said", "met with Rose Gray": a verb or cue beside the run shows it names a person.
function hasPersonCue(
  tokens: readonly Token[],
  first: number,
  end: number,
  model: PersonStageModel,
): boolean {
  const after = tokens[end]?.text === ',' ? tokens[end + 1] : tokens[end];
  return (
    model.people.verbsAfter.has(after?.lower ?? '') ||
    model.people.cuesBefore.has(tokens[first - 1]?.lower ?? '')
  );
}

// "Associated Press writer Kamran Jafri", "Reporting by X": credits, not people in the story.
function isByline(tokens: readonly Token[], first: number, model: PersonStageModel): boolean {
  let p = first - 1;
  // "(AP Photo/Jane Doe)", "Photo: Jane Doe"
  while (
    p >= 0 &&
    (model.people.honorifics.has(tokens[p]?.lower ?? '') || [':', '/'].includes(tokens[p]?.text ?? ''))
  )
    p -= 1;
  const prev = tokens[p];
  if (prev?.lower !== 'by') return prev !== undefined && model.people.bylineWords.has(prev.lower);
  // "By John Smith" opening a line, "Reporting by ...", "additional reporting by ..."
  const before = tokens[p - 1];
  return before === undefined || model.people.bylineWords.has(before.lower) || before.text === ';';
}

// "Baku. Rashad Aliyev – APA.", "By Leyla Huseynova – Trend:": a reporter signed with the agency's name.
function isAgencyByline(tokens: readonly Token[], end: number): boolean {
  const dash = tokens[end];
  const agency = tokens[end + 1];
  if (dash === undefined || agency === undefined || !DASHES.has(dash.text) || !agency.cap) return false;
  if (!agency.lowerCase && agency.text.length >= 2) return true;
  return tokens[end + 2]?.text === ':';
}
const DASHES = new Set(['-', '–', '—']);

function isGeoPhrase(surface: string, model: PersonStageModel): boolean {
  return countryFromWord(surface, model.geo) !== null || placeCountry(surface, model.geo) !== null;
}

// "President Erdogan", "Gen. Bagheri", "Sheikh Tamim": a lone word is a name only after one of these.
function hasTitleBefore(tokens: readonly Token[], index: number, model: PersonStageModel): boolean {
  const prev = tokens[index - 1];
  if (!prev) return false;
  const people = model.people;
  return (
    people.ranks.has(prev.lower) ||
    people.honorifics.has(prev.lower) ||
    people.officeWords.has(bareOffice(prev.lower))
  );
}

// Acronyms in the non-name list that are also name syllables when written in title case.
const TITLE_CASE_SYLLABLES = new Set(['un', 'eu']);

// "ex-minister", "then-president" -> the office word itself.
function bareOffice(lower: string): string {
  // Runs for most tokens several times; only a hyphenated word can carry the prefix.
  return lower.includes('-') ? (EX_OFFICE.exec(lower)?.[1] ?? lower) : lower;
}
const EX_OFFICE = /^(?:ex|former|then)-(.+)$/;

/**
 * The name in canonical order. "Mammadov Fuad Nadir" (surname ending -ov/-ev first, then a given
 * name and a patronymic or "oglu") becomes "Fuad Mammadov"; other names keep their written order.
 */
export function canonicalParts(words: readonly string[], people: PeopleModel): string[] {
  const core = words.filter((w) => !people.particles.has(w.toLowerCase()));
  const [surname, given, third] = core;
  if (surname && given && third && core.length <= 4 && isSurnameFirst(core, people)) return [given, surname];
  return [...words];
}

function isSurnameFirst(core: readonly string[], people: PeopleModel): boolean {
  const [surname, given, ...rest] = core as [string, string, ...string[]];
  if (!people.surnameFirstEnding.test(surname) || people.surnameFirstEnding.test(given)) return false;
  // The last word must be a patronymic ("Ivanovich", "oglu") or a bare father's name ("Nadir").
  return rest.every((w) => people.patronymic.test(w) || !people.surnameFirstEnding.test(w));
}
