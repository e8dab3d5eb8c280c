/**
 * Office titles: turns the words of a title phrase into one normalised title and the country it
 * belongs to. "Iran's Defense Minister", "Minister of Defence of Iran" and "the Iranian defense
 * minister" all give { title: "Minister of Defense", country: "Iran" }.
 */
import type { CountryEntry, GeoModel } from './model/geo.ts';
import type { PeopleModel } from './model/people.ts';
import { tokenCountry, type Token } from './tokens.ts';

/** What a title phrase says about its holder. */
export interface ParsedTitle {
  /** Normalised office title, or null when the phrase names no office. */
  title: string | null;
  country: string | null;
  /** "former president": the title gets a " (former)" suffix. */
  former: boolean;
  /** "his Azeri counterpart": the office is the one of the person referred to. */
  counterpart: boolean;
  /** Body the office belongs to when the phrase names one before the office ("Foreign Office spokesperson"). */
  organization: string | null;
}

const NO_TITLE: ParsedTitle = {
  title: null,
  country: null,
  former: false,
  counterpart: false,
  organization: null,
};

/** Models the title parser reads. */
export interface TitleModel {
  geo: GeoModel;
  people: PeopleModel;
}

// "ex-minister", "then-president": a past holder of the office.
const EX_PREFIX = /^(?:ex|former|then)-(.+)$/;
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'to', 'in', 'on']);
const DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);
const DROPPED = new Set(['visiting', 'then', 'incumbent', 'outgoing', 'newly', 'appointed', 'top']);
// Offices too generic to be a title of their own ("an Iranian official").
const GENERIC = new Set([
  'official',
  'officials',
  'diplomat',
  'counterpart',
  'member',
  'officer',
  'delegate',
  'boss',
]);
const LOWER_WORDS = new Set(['of', 'the', 'for', 'and', 'to', 'in', 'on', 'at']);

/** True when a word can sit inside a title phrase (office word, title word, country or demonym). */
export function isTitleWord(token: Token, model: TitleModel): boolean {
  const people = model.people;
  if (people.officeWords.has(token.lower) || people.titleWords.has(token.lower)) return true;
  // "ex-president", "former-minister"
  const bare = EX_PREFIX.exec(token.lower)?.[1];
  if (bare !== undefined && people.officeWords.has(bare)) return true;
  return tokenCountry(token, model.geo) !== null;
}

/** Parses the words of a title phrase ("Iran's former president", "the deputy chief of ... for coordination affairs"). */
export function parseTitle(tokens: readonly Token[], model: TitleModel): ParsedTitle {
  if (tokens.length === 0) return NO_TITLE;
  const cache = parsedTitles(model);
  const key = phraseKey(tokens);
  let parsed = cache.get(key);
  if (parsed === undefined) {
    if (cache.size >= MAX_CACHED_TITLES) cache.clear();
    cache.set(key, (parsed = parseTitleWords(tokens, model)));
  }
  // A fresh object per call, as before the cache: callers may spread or keep it.
  return { ...parsed };
}

// The same few title phrases ("Foreign Minister", "his Iranian counterpart") recur in every article; the
// parse depends only on the words and the models, so it is remembered per pair of models (bounded).
const MAX_CACHED_TITLES = 20_000;
const titleCaches = new WeakMap<PeopleModel, WeakMap<GeoModel, Map<string, ParsedTitle>>>();

function parsedTitles(model: TitleModel): Map<string, ParsedTitle> {
  let byGeo = titleCaches.get(model.people);
  if (byGeo === undefined) titleCaches.set(model.people, (byGeo = new WeakMap()));
  let cache = byGeo.get(model.geo);
  if (cache === undefined) byGeo.set(model.geo, (cache = new Map()));
  return cache;
}

// Everything the parser reads of a token: its text, its lower-cased form and a split-off possessive.
function phraseKey(tokens: readonly Token[]): string {
  let key = '';
  for (const t of tokens) key += `${t.text}\u0001${t.lower}\u0001${t.possessive ? 1 : 0}\u0002`;
  return key;
}

function parseTitleWords(tokens: readonly Token[], model: TitleModel): ParsedTitle {
  let words = tokens.map((t) => ({ text: t.text, lower: t.lower, possessive: t.possessive }));
  const country = takeCountry(words, model);
  // "First Deputy Defense Minister – Chief of the General Staff": the office next to the name wins.
  const dash = lastDash(country.words);
  words = possessiveHolder(dropPosts(country.words.slice(dash + 1), model), model.people);
  const former = words.some(
    (w, i) =>
      w.lower === 'former' ||
      w.lower === 'ex' ||
      EX_PREFIX.test(w.lower) ||
      // "the then foreign minister": "then" after "the" dates the office; "and then President X" does not.
      (w.lower === 'then' && words[i - 1]?.lower === 'the'),
  );
  const counterpart = words.some((w) => w.lower === 'counterpart');
  let lowers = topDiplomat(
    words
      // "leader of the Republican People's Party": a possessive inside a body's name is part of it.
      .map((w, i) =>
        w.possessive && words.slice(0, i).some((v) => v.lower === 'of') ? `${w.lower}'s` : w.lower,
      )
      .flatMap((w) => splitEx(w))
      // "FM" -> "foreign minister": an abbreviation written in capitals reads as its words.
      .flatMap((w) => model.people.officeAbbreviations.get(w)?.split(' ') ?? [w]),
  )
    .map((w, i, all) => (all[i - 1] === 'joint' ? w : singular(w, model.people))) // "Joint Chiefs of Staff"
    .filter((w) => w !== 'former' && w !== 'ex' && !DROPPED.has(w));
  lowers = trimEdges(lowers);
  const office = lowers.findIndex((w) => model.people.officeWords.has(w) && !GENERIC.has(w));
  if (office < 0) return { title: null, country: country.name, former, counterpart, organization: null };
  const split = splitOrganization(lowers, office, model.people);
  const normalised = titleCase(
    addArticles(reorderPortfolio(dropAffairs(split.words, model.people), model.people)),
  );
  const title = former ? `${normalised} (former)` : normalised;
  // "Chairman of Pakistan Tehreek-i-Insaf": a party's office belongs to no country, even one in its name.
  const holder = isNonStateOffice(normalised, model.people) ? null : country.name;
  return { title, country: holder, former, counterpart, organization: split.organization };
}

/** True when an office title names a body that is no state after its last "of" ("Secretary General of the United Nations"). */
export function isNonStateOffice(title: string, people: PeopleModel): boolean {
  const lower = title.toLowerCase();
  const at = lower.lastIndexOf(' of ');
  if (at < 0) return false;
  if (people.internationalBodies.some((body) => lower.includes(body))) return true;
  return lower
    .slice(at + 4)
    .split(' ')
    .some((w) => people.nonStateBodyWords.has(w) || people.groupNameWord.test(w));
}

/** Standalone dashes that join two offices of one person. */
export const DASHES = new Set(['–', '—', '-']);
const BODY_HEADS = new Set(['ministry', 'office', 'department', 'agency', 'service', 'directorate']);
// Bodies an office is "of": "Security Council Secretary" -> "Secretary of the Security Council".
const COUNCIL_HEADS = new Set([
  'council',
  'commission',
  'committee',
  'assembly',
  'parliament',
  'senate',
  'majlis',
  'staff',
  'court',
  'corps',
  'guards',
  'group',
]);
// "IRGC Aerospace Force commander", "Air Defense Forces commander": a force named before its commander.
const FORCE_HEADS = new Set(['force', 'forces', 'navy', 'army', 'guard', 'gendarmerie']);
const MODIFIERS = new Set(['deputy', 'vice', 'first', 'second', 'acting', 'senior', 'assistant']);

// "navy commander" -> "commander of the navy"; "deputy parliament speaker" -> "deputy speaker of the
// parliament"; "foreign office spokesperson" -> "spokesperson" of
// the Foreign Office; "foreign ministry spokesman" -> "spokesman" of the Ministry of Foreign Affairs.
function splitOrganization(
  words: string[],
  office: number,
  people: PeopleModel,
): { words: string[]; organization: string | null } {
  if (office === 0) return { words, organization: null };
  // "the NATO commander": an international body's acronym before the office is its organization.
  const body = office === 1 ? people.bodyShortNames.get(words[0] ?? '') : undefined;
  if (body !== undefined) return { words: words.slice(office), organization: body };
  let lead = 0;
  while (lead < office && MODIFIERS.has(words[lead] ?? '')) lead += 1;
  const modifiers = words.slice(0, lead);
  const prefix = words.slice(lead, office);
  const joined = prefix.join(' ');
  const head = prefix.at(-1) ?? '';
  const of =
    people.forceWords.includes(joined) ||
    (prefix.length > 0 && (COUNCIL_HEADS.has(head) || FORCE_HEADS.has(head)));
  if (of)
    return { words: [...modifiers, ...words.slice(office), 'of', 'the', ...prefix], organization: null };
  if (lead > 0) return { words, organization: null };
  if (!BODY_HEADS.has(prefix[prefix.length - 1] ?? '')) return { words, organization: null };
  const portfolio = people.portfolios.get(prefix.slice(0, -1).join(' '));
  const organization =
    prefix.length > 1 && portfolio !== undefined && prefix.at(-1) === 'ministry'
      ? `Ministry of ${portfolio}`
      : titleCase(prefix);
  return { words: words.slice(office), organization };
}

// "Chief of Naval Staff" -> "Chief of the Naval Staff"; "spokesman" -> "spokesperson".
const BODY_AFTER_OF =
  /^(?:(?:naval|general|joint|air|army|defen[cs]e) staff|armed forces|army|navy|air force|general staff)\b/;
// One spelling per word: "Defence" and "Organisation" are the same offices as "Defense" and "Organization".
const NEUTRAL: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  defence: 'defense',
  organisation: 'organization',
};

function addArticles(words: string[]): string[] {
  const out: string[] = [];
  words.forEach((w, i) => {
    // "Commander of the Royal Navy" -> "Commander of the Navy": the country field says whose.
    if (w === 'royal' && /^(?:navy|army|air)$/.test(words[i + 1] ?? '')) return;
    out.push(NEUTRAL[w] ?? w);
    if (w === 'of' && words[i + 1] !== 'the' && BODY_AFTER_OF.test(words.slice(i + 1, i + 3).join(' ')))
      out.push('the');
  });
  return out;
}

// "ambassador in Baku" -> "ambassador": where the post is, like "to Turkey", is not part of the title.
function dropPosts(words: Word[], model: TitleModel): Word[] {
  return words.filter((w, i) => {
    const place = (x: Word | undefined): boolean =>
      x !== undefined && /^\p{Lu}/u.test(x.text) && model.geo.placeByName.has(x.lower);
    return !(w.lower === 'in' && place(words[i + 1])) && !(words[i - 1]?.lower === 'in' && place(w));
  });
}

// "the president's chief of staff" -> "chief of staff of the president": the office a possessive
// office word owns is held of that office, not of the country.
const SERVING_OFFICES = new Set(['adviser', 'advisor', 'aide', 'assistant']);

function possessiveHolder(words: Word[], people: PeopleModel): Word[] {
  const at = words.findIndex(
    (w, i) => w.possessive && people.officeWords.has(w.lower) && i < words.length - 1,
  );
  if (at < 0 || !words.slice(at + 1).some((w) => people.officeWords.has(w.lower))) return words;
  const holder = words.slice(0, at + 1).filter((w) => !DETERMINERS.has(w.lower));
  // "the president's adviser" serves the president: "adviser to the president".
  const link = words.slice(at + 1).some((w) => SERVING_OFFICES.has(w.lower)) ? 'to' : 'of';
  const joint = [link, 'the'].map((lower) => ({ text: lower, lower, possessive: false }));
  return [...words.slice(at + 1), ...joint, ...holder.map((w) => ({ ...w, possessive: false }))];
}

// "ex-president" -> "former", "president"
function splitEx(word: string): string[] {
  const bare = EX_PREFIX.exec(word)?.[1];
  return bare === undefined ? [word] : ['former', bare];
}

// "ministers" -> "minister": one person holds one office.
function singular(word: string, people: PeopleModel): string {
  return word.endsWith('s') && people.officeWords.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}

function lastDash(words: readonly Word[]): number {
  for (let i = words.length - 1; i >= 0; i -= 1) if (DASHES.has(words[i]?.text ?? '')) return i;
  return -1;
}

interface Word {
  text: string;
  lower: string;
  possessive: boolean;
}

// First words of a state's own bodies: "of the Iranian Armed Forces", "of Azerbaijan's State Border
// Service" lose the country (the country field says whose); "of Turkmen Railways" keeps it.
const STATE_BODY_WORDS = new Set([
  'armed',
  'forces',
  'army',
  'navy',
  'air',
  'border',
  'guards',
  'guard',
  'police',
  'coast',
  'revolutionary',
  'national',
  'general',
  'joint',
  'staff',
  'ground',
  'land',
  'naval',
  'aerospace',
  'special',
  'marine',
  'missile',
  'strategic',
  'parliament',
  'majlis',
  'senate',
  'assembly',
  'council',
  'cabinet',
  'government',
  'judiciary',
  'supreme',
  'security',
  'ministry',
  'foreign',
  'defense',
  'defence',
  'interior',
  'intelligence',
  'islamic',
  'republic',
  'presidential',
  'central',
  'state',
  'federal',
  'emergency',
]);

// Removes the country words and keeps the rest grammatical: "of Iran's Armed Forces" -> "of the
// armed forces", "President of Azerbaijan" -> "president", "ambassador to Turkey" -> "ambassador".
function takeCountry(words: Word[], model: TitleModel): { words: Word[]; name: string | null } {
  let name: string | null = null;
  const out: Word[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] as Word;
    // Words are lower-cased with "'s" split off: a country is one map lookup ("saudi arabia", "iranian").
    const capital = /^\p{Lu}/u.test(w.text);
    const following = words[i + 1];
    const pairCountry =
      capital && following ? model.geo.countryByWord.get(`${w.lower} ${following.lower}`) : undefined;
    const entry = pairCountry ?? (capital ? model.geo.countryByWord.get(w.lower) : undefined);
    if (!entry) {
      out.push(w);
      continue;
    }
    const prev = out[out.length - 1];
    // "the head of Turkmen Railways": a country word opening a body's name stays in the title.
    const after = words[i + (pairCountry ? 2 : 1)];
    if (
      (prev?.lower === 'of' || prev?.lower === 'the') &&
      !(words[i + (pairCountry ? 1 : 0)] as Word).possessive &&
      after !== undefined &&
      /^\p{Lu}/u.test(after.text) &&
      !STATE_BODY_WORDS.has(after.lower) &&
      !model.people.officeWords.has(after.lower)
    ) {
      name ??= entry.name;
      out.push(w);
      if (pairCountry) out.push(following as Word);
      if (pairCountry) i += 1;
      continue;
    }
    // "Special Envoy for Afghanistan": the country is the envoy's brief, part of the title, not theirs.
    if (prev?.lower === 'for' && !w.possessive) {
      out.push(w);
      if (pairCountry) out.push(following as Word);
      if (pairCountry) i += 1;
      continue;
    }
    if (pairCountry) i += 1;
    const last = words[i] as Word;
    const next = words[i + 1]?.lower;
    const beforeOffice = next !== undefined && model.people.officeWords.has(next);
    // "adviser to Iran's Supreme Leader": the holder serves that country's office, "to the leader".
    if (prev?.lower === 'to' && (last.possessive || beforeOffice)) {
      name ??= entry.name;
      out.push({ text: 'the', lower: 'the', possessive: false });
      continue;
    }
    // "ambassador to Qatar", "the NATO commander in Afghanistan": the destination or the post is not
    // the holder's country, and not part of the title.
    if (prev?.lower === 'to' || (prev?.lower === 'in' && !last.possessive && words[i + 1] === undefined)) {
      out.pop();
      continue;
    }
    if (isPostedTo(out)) {
      out.splice(-3, 3);
      continue;
    }
    name ??= entry.name;
    // "chief of staff of the Iranian President": a demonym before the office just goes.
    if (beforeOffice && prev?.lower === 'the' && isDemonym(last.lower, entry)) continue;
    // "Armed Forces of the Philippines chief": the country closes a body's name before its office.
    const endsPhrase =
      next === undefined || next === 'and' || next === 'for' || next === 'to' || beforeOffice;
    if (prev?.lower === 'of' && last.possessive) out.push({ text: 'the', lower: 'the', possessive: false });
    else if (prev?.lower === 'of' && endsPhrase) dropOfPhrase(out);
    // "Prime Minister of the UAE and ...": "of the" goes with a country name that ends the phrase.
    else if (prev?.lower === 'the' && out[out.length - 2]?.lower === 'of' && endsPhrase) out.splice(-2, 2);
  }
  return { words: out, name };
}

function isDemonym(word: string, entry: CountryEntry): boolean {
  return entry.demonyms.some((d) => d.toLowerCase() === word);
}

// Words naming a state before "of" and its name ("the Sultanate of Oman", "the State of Qatar").
const POLITIES = new Set(['republic', 'sultanate', 'kingdom', 'state', 'emirate', 'federation']);

// "of the Republic of" before a dropped country name goes with it.
function dropOfPhrase(out: Word[]): void {
  out.pop();
  const tail = out.slice(-2).map((w) => w.lower);
  if ((tail[0] === 'the' || tail[0] === 'islamic') && POLITIES.has(tail[1] ?? '')) {
    out.splice(-2, 2);
    if (out[out.length - 1]?.lower === 'of') out.pop();
  }
}

// "ambassador ... to the State of Qatar": the country is the post's, as in "to Qatar".
function isPostedTo(out: readonly Word[]): boolean {
  const tail = out.slice(-4).map((w) => w.lower);
  return (
    tail.length === 4 &&
    tail[0] === 'to' &&
    tail[1] === 'the' &&
    POLITIES.has(tail[2] ?? '') &&
    tail[3] === 'of'
  );
}

// "Pakistan's top diplomat", "the chief diplomat": the foreign minister.
function topDiplomat(words: string[]): string[] {
  const at = words.findIndex((w, i) => w === 'diplomat' && ['top', 'chief'].includes(words[i - 1] ?? ''));
  return at < 1 ? words : [...words.slice(0, at - 1), 'foreign', 'minister', ...words.slice(at + 1)];
}

function trimEdges(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && (CONNECTORS.has(words[start] ?? '') || DETERMINERS.has(words[start] ?? '')))
    start += 1;
  while (end > start && CONNECTORS.has(words[end - 1] ?? '')) end -= 1;
  return words.slice(start, end);
}

// "for coordination affairs" -> "for coordination"; "for political affairs" keeps its noun.
function dropAffairs(words: string[], people: PeopleModel): string[] {
  const forAt = words.lastIndexOf('for');
  const last = words[words.length - 1];
  if (forAt < 0 || last !== 'affairs' || words.length - forAt !== 3) return words;
  return people.affairsNoun.test(words[forAt + 1] ?? '') ? words.slice(0, -1) : words;
}

// "deputy defense minister for logistics" -> "deputy minister of defense for logistics";
// "foreign minister" -> "minister of foreign affairs"; "minister of defence" -> "minister of defense".
// "defense secretary" -> "secretary of defense"; "defence cabinet secretary" -> "cabinet secretary for defense".
function reorderPortfolio(words: string[], people: PeopleModel): string[] {
  let m = words.indexOf('minister');
  if (m < 0) m = words.indexOf('secretary');
  if (m < 0) return words;
  if (words[m + 1] === 'of' || (words[m] === 'secretary' && words[m + 1] === 'for'))
    return normaliseAfterOf(words, m, people);
  // "Minister for Foreign Affairs" -> "Minister of Foreign Affairs"; "for Logistics" is no portfolio.
  if (words[m] === 'minister' && words[m + 1] === 'for' && startsWithPortfolio(words, m + 2, people)) {
    return normaliseAfterOf([...words.slice(0, m + 1), 'of', ...words.slice(m + 2)], m, people);
  }
  const cabinet = words[m] === 'secretary' && words[m - 1] === 'cabinet';
  const end = cabinet ? m - 1 : m;
  for (let start = Math.max(0, end - 3); start < end; start += 1) {
    const portfolio = people.portfolios.get(words.slice(start, end).join(' '));
    if (portfolio === undefined) continue;
    const portfolioWords = portfolio.toLowerCase().split(' ');
    const office = cabinet ? ['cabinet', 'secretary', 'for'] : [words[m] ?? '', 'of'];
    return [...words.slice(0, start), ...office, ...portfolioWords, ...words.slice(m + 1)];
  }
  return words;
}

function startsWithPortfolio(words: readonly string[], at: number, people: PeopleModel): boolean {
  return [1, 2, 3].some((len) => people.portfolios.has(words.slice(at, at + len).join(' ')));
}

function normaliseAfterOf(words: string[], m: number, people: PeopleModel): string[] {
  for (let len = 3; len >= 1; len -= 1) {
    const key = words.slice(m + 2, m + 2 + len).join(' ');
    const portfolio = people.portfolios.get(key);
    if (portfolio === undefined) continue;
    return [...words.slice(0, m + 2), ...portfolio.toLowerCase().split(' '), ...words.slice(m + 2 + len)];
  }
  return words;
}

function titleCase(words: readonly string[]): string {
  return words
    .map((w, i) =>
      i > 0 && LOWER_WORDS.has(w)
        ? w
        : // "Tehreek-i-Insaf": a one-letter linking particle stays lower case.
          w.replace(/(^|-)(\p{L})(?!-)/gu, (_m, dash: string, c: string) => dash + c.toUpperCase()),
    )
    .join(' ')
    .replace(/\bIct\b/g, 'ICT')
    .replace(/\b(?:Un|Nato|Isaf|Eu|Osce|Sco|Csto)\b/g, (w) => w.toUpperCase())
    .replace(/\bIrgc\b/g, 'IRGC');
}
