/**
 * Title chains around a name, read from tokens: the rank, honorific and title words before it
 * ("Iran's Defense Minister | Brigadier General | X"), an apposition after it (", the deputy chief
 * of ...,"), "X of Azerbaijan", countries before plural "counterparts", and travel destinations.
 */
import { countryFromWord } from './geo.ts';
import { DASHES, isTitleWord, type TitleModel } from './titles.ts';
import { tokenCountry, type Token } from './tokens.ts';

const CALENDAR =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday)$/;
// Capitalised only because they open a sentence.
const OPENERS = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'and',
  'but',
  'for',
  'with',
  'after',
  'before',
  'during',
  'as',
  'by',
  'from',
  'former',
  'when',
  'while',
]);

// Offices whose title ends in "General" ("Secretary General"), where it is no rank.
const GENERAL_OFFICES = new Set([
  'secretary',
  'attorney',
  'director',
  'consul',
  'governor',
  'solicitor',
  'inspector',
  'surgeon',
  'auditor',
  'prosecutor',
  'procurator',
  'postmaster',
  'commissioner',
]);

/** Words joining the items of a list ("Azerbaijani and Turkish"). */
export const LIST_GLUE = new Set([',', 'and', '&']);

/** Countries listed before plural "counterparts": "his Azerbaijani and Turkish counterparts" -> [Azerbaijan, Turkey]. */
export function countriesBefore(tokens: readonly Token[], c: number, model: TitleModel): string[] {
  const out: string[] = [];
  for (let i = c - 1; i >= 0; i -= 1) {
    const t = tokens[i] as Token;
    const entry = tokenCountry(t, model.geo);
    if (entry) out.unshift(entry.name);
    else if (!LIST_GLUE.has(t.lower)) break;
  }
  return out;
}

/** Rank and title words right before a name: "Iran's Defense Minister | Brigadier General | X". */
export function chainBefore(
  tokens: readonly Token[],
  first: number,
  floor: number,
  model: TitleModel,
): { rank: string | null; title: Token[]; organization: string | null; bodyCountry: string | null } {
  let p = retiredBefore(tokens, first - 1);
  let rank: string | null = null;
  for (;;) {
    const hit = rankOrHonorificEndingAt(tokens, p, floor, model);
    if (hit === null) break;
    if (hit.rank !== null) rank ??= hit.rank;
    p -= hit.length;
  }
  if (
    tokens[p]?.text === ',' &&
    p - 1 >= floor &&
    (isChainWord(tokens, p - 1, model) || bodyAfterOf(tokens, p - 1, floor, model) >= 0)
  )
    p -= 1;
  let q = p;
  for (;;) {
    const of = q >= floor && !isChainWord(tokens, q, model) ? bodyAfterOf(tokens, q, floor, model) : -1;
    if (of >= 0) q = of;
    if (q < floor || !isChainWord(tokens, q, model)) break;
    // "an aide to President X": X holds the office after "to", not the one serving it.
    if (servesOffice(tokens, q, model))
      return { rank, title: tokens.slice(q + 1, p + 1), organization: null, bodyCountry: null };
    const lower = tokens[q]?.lower ?? '';
    q -= 1;
    if (isLeftEdge(lower, tokens[q]))
      return { rank, title: tokens.slice(q + 1, p + 1), organization: null, bodyCountry: null };
  }
  const body = q >= floor && q < p ? bodyName(tokens, q, model) : null;
  const named = body === null ? null : countryOpeningBody(tokens, q, floor, model);
  return {
    rank,
    title: tokens.slice(q + 1, p + 1),
    organization: named?.organization ?? body,
    bodyCountry: named?.country ?? null,
  };
}

// "US Central Command chief Gen X": a country opening the body's name (up to three capitalised
// words before the office) is the holder's country, and the words after it are the body.
function countryOpeningBody(
  tokens: readonly Token[],
  q: number,
  floor: number,
  model: TitleModel,
): { organization: string; country: string } | null {
  for (let k = q - 1; k >= Math.max(floor, q - 3); k -= 1) {
    const t = tokens[k] as Token;
    if (!t.cap || t.possessive) {
      if (!t.possessive) return null;
      const country = tokenCountry(t, model.geo);
      return country === null ? null : { country: country.name, organization: bodyText(tokens, k + 1, q) };
    }
    const country = tokenCountry(t, model.geo);
    if (country !== null) return { country: country.name, organization: bodyText(tokens, k + 1, q) };
  }
  return null;
}

function bodyText(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(' ');
}

function servesOffice(tokens: readonly Token[], q: number, model: TitleModel): boolean {
  const next = tokens[q + 1];
  return tokens[q]?.lower === 'to' && next?.cap === true && model.people.officeWords.has(next.lower);
}

const RETIRED = new Set(['retd', 'retd.', 'rtd', 'ret', 'ret.', 'retired', 'r']);

// "Maj. Gen. (retd) X": a retired marker between rank and name is skipped; the rank stays the rank.
function retiredBefore(tokens: readonly Token[], p: number): number {
  const marker = tokens[p - 1]?.lower.replace(/\.$/, '') ?? '';
  return tokens[p]?.text === ')' && tokens[p - 2]?.text === '(' && RETIRED.has(marker) ? p - 3 : p;
}

// "the head of Turkmen Railways, X": up to three capitalised words naming a body after "of" and
// an office; returns the index of that "of", or -1.
function bodyAfterOf(tokens: readonly Token[], q: number, floor: number, model: TitleModel): number {
  let k = q;
  while (k >= floor && k > q - 3 && tokens[k]?.cap === true && !(tokens[k]?.possessive === true)) k -= 1;
  // "Secretary-General of the Shanghai Cooperation Organization X"
  if (k < q && tokens[k]?.lower === 'the') k -= 1;
  const of = tokens[k];
  if (k === q || of?.lower !== 'of' || !model.people.officeWords.has(tokens[k - 1]?.lower ?? '')) return -1;
  return k;
}

// "NATO Secretary General X", "Hamas leader X": a capitalised word right before the title names its body.
function bodyName(tokens: readonly Token[], q: number, model: TitleModel): string | null {
  const t = tokens[q] as Token;
  if (!t.cap || t.possessive || CALENDAR.test(t.lower) || (q === 0 && OPENERS.has(t.lower))) return null;
  // "talks between Mammadov and Georgian Foreign Minister X": a word joined by "and" is a list item, no body.
  if (LIST_GLUE.has(tokens[q + 1]?.lower ?? '')) return null;
  // "Abu Dhabi Crown Prince": the end of a two-word place is no body.
  const pair = `${tokens[q - 1]?.lower ?? ''} ${t.lower}`;
  if (model.geo.placeByName.has(pair) || model.geo.countryByWord.has(pair)) return null;
  return model.people.bodyShortNames.get(t.lower) ?? t.text;
}

// "the visiting Turkish minister", "Outgoing Defence Minister X": words about the stay or the term,
// dropped from the title but part of its phrase (never the name of a body).
const TENURE_WORDS = new Set(['visiting', 'outgoing', 'incumbent']);

function isChainWord(tokens: readonly Token[], q: number, model: TitleModel): boolean {
  const t = tokens[q] as Token;
  if (['his', 'her', 'their', 'its', 'a', 'an'].includes(t.lower)) return true;
  if (TENURE_WORDS.has(t.lower)) return true;
  if (isTitleWord(t, model)) return true;
  // "the then defence minister, X"
  if (t.lower === 'then' && tokens[q - 1]?.lower === 'the') return true;
  // "Deputy Defense Minister – Chief of the General Staff X" joins two offices; "KABUL, Afghanistan -
  // Prime Minister X" is a dateline's country, not the holder's.
  if (DASHES.has(t.text)) {
    const before = tokens[q - 1];
    return before !== undefined && isTitleWord(before, model) && tokenCountry(before, model.geo) === null;
  }
  const prev = tokens[q - 1];
  // "the Iranian ambassador in Baku, X": the post's city belongs to the chain.
  if (prev?.lower === 'in' && t.cap && model.geo.placeByName.has(t.lower)) return true;
  // "South Korean Defence Minister X": both words of a two-word demonym belong to the chain.
  const next = tokens[q + 1];
  if (t.cap && next?.cap === true && model.geo.countryByWord.has(`${t.lower} ${next.lower}`)) return true;
  return prev !== undefined && t.cap && model.geo.countryByWord.has(`${prev.lower} ${t.lower}`);
}

// "his", "a" and a "the" not preceded by "of"/"for"/"to" open the phrase: stop after them.
function isLeftEdge(lower: string, before: Token | undefined): boolean {
  if (['his', 'her', 'their', 'its', 'a', 'an'].includes(lower)) return true;
  return lower === 'the' && !['of', 'for', 'to', 'and'].includes(before?.lower ?? '');
}

function rankOrHonorificEndingAt(
  tokens: readonly Token[],
  p: number,
  floor: number,
  model: TitleModel,
): { rank: string | null; length: number } | null {
  if (!model.people.titleLastWords.has(tokens[p]?.lower ?? '')) return null;
  for (let k = model.people.maxRankTokens; k >= 1; k -= 1) {
    if (p - k + 1 < floor) continue;
    const phrase = tokens
      .slice(p - k + 1, p + 1)
      .map((t) => t.lower)
      .join(' ');
    const rank = model.people.ranks.get(phrase);
    // "Secretary General X": after an office word, "General" is part of the title.
    if (rank !== undefined && !(rank === 'General' && GENERAL_OFFICES.has(tokens[p - k]?.lower ?? ''))) {
      return { rank, length: k };
    }
    // "Crown Prince X": here "Prince" is part of an office, not an honorific.
    const office = tokens[p - k]?.lower === 'crown';
    if (model.people.honorifics.has(phrase) && !office) return { rank: null, length: k };
  }
  return null;
}

/** Apposition after a name (", the deputy chief of ...,") and "X of Azerbaijan". */
export function appositionAfter(
  tokens: readonly Token[],
  last: number,
  model: TitleModel,
): { title: Token[]; country: string | null } {
  const next = tokens[last];
  // "Igor Popov (Russia), Stephane Visconti (France)": the country in brackets after the name.
  if (next?.text === '(' && tokens[last + 2]?.text === ')' && tokens[last + 1]?.cap) {
    const entry = countryFromWord(tokens[last + 1]?.text ?? '', model.geo);
    if (entry !== null) return { title: [], country: entry.name };
  }
  if (next?.lower === 'of' && tokens[last + 1]?.cap) {
    const entry = countryFromWord(tokens[last + 1]?.text ?? '', model.geo);
    return { title: [], country: entry?.name ?? null };
  }
  // ", and the Uzbek ambassador": the next item of a list, not an apposition.
  if (next?.text !== ',' || ['and', 'or'].includes(tokens[last + 1]?.lower ?? ''))
    return { title: [], country: null };
  const side = memberOfSide(tokens, last + 1 + relativeOpening(tokens, last + 1), model);
  if (side !== null) return { title: [], country: side };
  // ", who is also the head of ...": the relative clause introduces the apposition.
  const from = last + 1 + relativeOpening(tokens, last + 1);
  let q = from;
  let office = false;
  // After an office word, capitalised words belong to the body's name ("the head of Iran's Atomic Energy Organization").
  for (; q < tokens.length; q += 1) {
    const t = tokens[q] as Token;
    // ", his Azerbaijani counterpart,": a possessive pronoun may open the apposition.
    const opener = q === from && POSSESSIVE_OPENERS.has(t.lower);
    // ", the visiting Turkish Minister of Trade,"; ", visiting Azerbaijan," is no apposition.
    const tenure = TENURE_WORDS.has(t.lower) && tokens[q - 1]?.lower === 'the';
    // ", the NATO commander in Afghanistan,": an international body named before its office.
    const body = t.cap && model.people.bodyShortNames.has(t.lower);
    // ", an aide to President Rouhani,": a capitalised name right after an office word is its holder.
    if (office && isHolderName(tokens, q, model)) return { title: tokens.slice(from, q), country: null };
    if (!(
      isTitleWord(t, model) ||
      ['a', 'an'].includes(t.lower) ||
      opener ||
      tenure ||
      body ||
      (office && t.cap)
    ))
      break;
    office ||= model.people.officeWords.has(t.lower);
  }
  const stop = tokens[q];
  // ", leader of the Nationalist Movement Party (MHP),": an acronym in brackets closes it too.
  const closed = stop === undefined || /^[,.;:()—–-]$/.test(stop.text);
  return { title: closed ? tokens.slice(from, q) : [], country: null };
}

const POSSESSIVE_OPENERS = new Set(['his', 'her', 'their']);

function isHolderName(tokens: readonly Token[], q: number, model: TitleModel): boolean {
  const t = tokens[q] as Token;
  const prev = tokens[q - 1];
  return (
    t.cap &&
    !isTitleWord(t, model) &&
    !model.people.nonNameWords.has(t.lower) &&
    prev !== undefined &&
    model.people.officeWords.has(prev.lower)
  );
}
const MEMBERSHIP = new Set(['member', 'part']);

// ", a member of the Georgian delegation", ", who is part of the Kazakh side": the side's country.
function memberOfSide(tokens: readonly Token[], at: number, model: TitleModel): string | null {
  const k = ['a', 'also'].includes(tokens[at]?.lower ?? '') ? at + 1 : at;
  if (
    !MEMBERSHIP.has(tokens[k]?.lower ?? '') ||
    tokens[k + 1]?.lower !== 'of' ||
    tokens[k + 2]?.lower !== 'the'
  )
    return null;
  const demonym = tokens[k + 3];
  if (demonym === undefined || !SIDES.has(tokens[k + 4]?.lower ?? '')) return null;
  return tokenCountry(demonym, model.geo)?.name ?? null;
}

// "who is also", "who is", "who was", "who also serves as": words before an apposition's office.
function relativeOpening(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== 'who') return 0;
  let n = 1;
  if (['is', 'was', 'serves', 'served'].includes(tokens[at + n]?.lower ?? '')) n += 1;
  else if (tokens[at + n]?.lower === 'also' && ['serves', 'served'].includes(tokens[at + n + 1]?.lower ?? ''))
    n += 2;
  else return 0;
  if (tokens[at + n]?.lower === 'also') n += 1;
  if (tokens[at + n]?.lower === 'as') n += 1;
  return n;
}

/**
 * "12 Azerbaijani soldiers, including Major General X", "three Iranian diplomats, including X": the
 * country of the group a name is picked out of. `first` is the name's first token; ranks and titles
 * before it are skipped.
 */
export function groupCountryBefore(
  tokens: readonly Token[],
  first: number,
  model: TitleModel,
): string | null {
  let k = first - 1;
  while (k >= 0 && tokens[k]?.cap === true) k -= 1;
  if (tokens[k]?.lower !== 'including') return null;
  k -= tokens[k - 1]?.text === ',' ? 2 : 1;
  // The group's nouns are lower case ("soldiers", "border guards"); the demonym stands before them.
  let nouns = 0;
  while (k >= 0 && tokens[k]?.word === true && tokens[k]?.cap === false && nouns < 3) {
    k -= 1;
    nouns += 1;
  }
  const demonym = tokens[k];
  return nouns > 0 && demonym !== undefined ? (tokenCountry(demonym, model.geo)?.name ?? null) : null;
}

const LED = new Set(['led', 'headed', 'represented', 'chaired']);
const SIDES = new Set(['side', 'delegation', 'team', 'party', 'government', 'army', 'military']);

/**
 * "the Azerbaijani delegation was led by Deputy Foreign Minister X": the country of the side a person
 * leads. `first` is the name's first token; the title chain before it is skipped.
 */
export function ledSideCountry(tokens: readonly Token[], first: number, model: TitleModel): string | null {
  let k = first - 1;
  while (k >= 0 && (tokens[k]?.cap === true || isTitleWord(tokens[k] as Token, model))) k -= 1;
  if (tokens[k]?.lower !== 'by' || !LED.has(tokens[k - 1]?.lower ?? '')) return null;
  k -= 2;
  if (tokens[k]?.lower === 'was' || tokens[k]?.lower === 'were') k -= 1;
  if (!SIDES.has(tokens[k]?.lower ?? '')) return null;
  const demonym = tokens[k - 1];
  return demonym === undefined ? null : (tokenCountry(demonym, model.geo)?.name ?? null);
}

const TRAVEL = new Set([
  'visit',
  'trip',
  'travel',
  'travelled',
  'traveled',
  'tour',
  'journey',
  'came',
  'went',
  'flew',
]);

/** Countries the sentence sends the person to: "Khatami's state visit to Azerbaijan" -> [Azerbaijan]. */
export function destinationsAfter(
  tokens: readonly Token[],
  name: { firstToken: number; lastToken: number },
  model: TitleModel,
): string[] {
  const out: string[] = [];
  for (let i = name.lastToken + 2; i < tokens.length; i += 1) {
    if (tokens[i - 1]?.lower !== 'to' || !TRAVEL.has(tokens[i - 2]?.lower ?? '') || !tokens[i]?.cap) continue;
    const entry = tokenCountry(tokens[i] as Token, model.geo);
    if (entry) out.push(entry.name);
  }
  const arrival = arrivalCountry(tokens, name, model);
  if (arrival !== null) out.push(arrival);
  return out;
}

const ARRIVED = new Set(['arrived', 'arrives', 'arrive', 'landed']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'is', 'are']);

/**
 * "Turkish Defense Minister X and Chief of General Staff Y arrived in Baku", "X arrived in Kabul on
 * a two-day visit": the country a person arrives in is not theirs. Only names, titles and list words
 * may stand between the name and the verb (a host who "received the delegation that arrived in
 * Baku" keeps it), and the person must close a list of travellers or the sentence call it a visit:
 * a minister who "arrived in Ganja" may be travelling at home.
 */
function arrivalCountry(
  tokens: readonly Token[],
  name: { firstToken: number; lastToken: number },
  model: TitleModel,
): string | null {
  let i = name.lastToken;
  while (i < tokens.length && (tokens[i]?.cap === true || LIST_GLUE.has(tokens[i]?.lower ?? ''))) i += 1;
  while (AUXILIARIES.has(tokens[i]?.lower ?? '')) i += 1;
  if (!ARRIVED.has(tokens[i]?.lower ?? '') || !['in', 'at'].includes(tokens[i + 1]?.lower ?? '')) return null;
  const place = tokens[i + 2];
  if (place?.cap !== true) return null;
  // "on a two-day visit" is this arrival; "after a visit to China" is another trip.
  const visit = tokens.some((t, k) => k > i + 2 && TRAVEL.has(t.lower) && tokens[k + 1]?.lower !== 'to');
  const home = tokens.some((t) => HOMECOMING.has(t.lower));
  if (home || !(visit || closesList(tokens, name.firstToken, model))) return null;
  return model.geo.placeByName.get(place.lower)?.country ?? tokenCountry(place, model.geo)?.name ?? null;
}

const HOMECOMING = new Set(['back', 'home', 'returned', 'returning', 'returns']);

// "Defence Minister X and Chief of General Staff Y": Y's title chain follows another name and "and".
function closesList(tokens: readonly Token[], first: number, model: TitleModel): boolean {
  let k = first - 1;
  while (
    k >= 0 &&
    !LIST_GLUE.has(tokens[k]?.lower ?? '') &&
    (tokens[k]?.cap === true || isTitleWord(tokens[k] as Token, model))
  )
    k -= 1;
  return k > 0 && LIST_GLUE.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.cap === true;
}
