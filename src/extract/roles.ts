/**
 * Role stage: the office, country and rank the article gives each named person. Reads the title
 * chain before a name ("Iran's Defense Minister Brigadier General X"), an apposition after it
 * ("X, the deputy chief of ..."), "X of Azerbaijan", and roles by reference ("his Azeri
 * counterpart X" holds the subject's office in Azerbaijan).
 */
import type { RoleFact } from '../shared/types.ts';
import type { NameMention, PersonMention } from './persons.ts';
import {
  appositionAfter,
  chainBefore,
  countriesBefore,
  destinationsAfter,
  groupCountryBefore,
  ledSideCountry,
  LIST_GLUE,
} from './title-chains.ts';
import { spelledOutAcronyms } from './acronyms.ts';
import { companionCountry, companionLeader } from './companions.ts';
import { lateCounterparts } from './late-counterparts.ts';
import { describedCountries, type UnplacedOffice } from './nominal-countries.ts';
import { isNonStateOffice, parseTitle, type ParsedTitle, type TitleModel } from './titles.ts';
import { tokenCountry, type Token, type TokenizedSentence } from './tokens.ts';

/** Input of the role stage. */
export interface RoleContext {
  sentences: readonly TokenizedSentence[];
  /** Names from the person stage. */
  names: readonly NameMention[];
  /** Names and linked surnames, in text order (for finding who "his counterpart" refers to). */
  mentions: readonly PersonMention[];
  /** Country of the dateline ("ISLAMABAD:"), the default for offices given without a country. */
  homeCountry?: string | null;
}

/** Roles by article-local person key. */
export type RolesByPerson = Map<string, RoleFact[]>;

interface Found {
  person: string;
  /** The title chain used a plural office ("Foreign ministers X and Y"). */
  plural: boolean;
  /** Countries a plural office lists, in order ("ministers of Brazil and Chile"), and this name's place in the list. */
  listed: string[];
  listIndex: number;
  /** Body named right before the title chain ("NATO Secretary General", "Hamas leader"). */
  organization: string | null;
  at: number;
  parsed: ParsedTitle;
  rank: string | null;
  evidence: string;
  /** Countries the sentence sends the person to ("visit to Azerbaijan"): not their own. */
  destinations: string[];
  /** Where the sentence puts a person met by someone else ("arrived in Muscat ... met Sultan X"). */
  host: string | null;
  /** A second office joined by "and" in the chain ("Deputy Prime Minister and Foreign Minister"). */
  also?: ParsedTitle[];
  /** The leader the person travels with ("X, accompanied by Foreign Minister Y"): Y's office is X's country's. */
  leader?: string | null;
  /** The country of a leader named only by title ("The Iranian Foreign Minister, accompanied by Y"). */
  companionCountry?: string | null;
}

/** The roles of every named person, one per (title, country), ranks merged in. */
export function findRoles(ctx: RoleContext, model: TitleModel): RolesByPerson {
  const byIndex = new Map(ctx.sentences.map((s) => [s.index, s]));
  const listed = listedCounterparts(ctx, byIndex, model);
  const found: Found[] = [];
  ctx.names.forEach((n, i) => {
    const sentence = byIndex.get(n.sentence) as TokenizedSentence;
    const f = sharedPluralTitle(
      readRole(n, i, sentence, ctx, model),
      n,
      ctx.names[i - 1],
      found.at(-1),
      sentence,
    );
    const country = listed.get(n);
    found.push(country === undefined ? f : { ...f, parsed: { ...f.parsed, country, counterpart: true } });
  });
  const direct = new Map<string, ParsedTitle[]>();
  for (const f of found) if (!f.parsed.counterpart) push(direct, f.person, f.parsed);
  resolveCounterparts(found, ctx, direct);
  found.push(...surnameAppositions(ctx, byIndex, model));
  found.push(...namedLater(ctx, found, model));
  // Offices as finally read, counterparts resolved: "his Argentine counterpart X ... X's predecessor Y".
  const offices = new Map<string, ParsedTitle[]>();
  for (const f of found) push(offices, f.person, f.parsed);
  found.push(...predecessors(ctx, byIndex, offices));
  const roles: RolesByPerson = new Map();
  for (const f of found) {
    push(roles, f.person, toRole(f));
    for (const parsed of f.also ?? [])
      if (parsed.title !== null) push(roles, f.person, toRole({ ...f, parsed }));
  }
  // "NATO Secretary General X": an office of a named body takes no country by default.
  const ofBodies = new Set(
    found.filter((f) => f.organization !== null && f.parsed.country === null).map((f) => f.person),
  );
  const ranking = [...(ctx.homeCountry ? [ctx.homeCountry] : []), ...countryRanking(ctx.sentences, model)];
  const described = describedCountries(ctx.sentences, ctx.names, unplacedOffices(found, roles), model);
  for (const [person, list] of roles) {
    const own = found.filter((f) => f.person === person);
    const away = new Set(own.flatMap((f) => f.destinations));
    const host = own.find((f) => f.host !== null)?.host ?? null;
    // "Foreign ministers X and Y meet": a shared plural office says nothing of whose country is whose.
    const unsure = own.every((f) => f.parsed.title === null || (f.plural && f.parsed.country === null));
    const leader = own.find((f) => f.leader)?.leader ?? null;
    const leaderCountry =
      leader === null
        ? (own.find((f) => f.companionCountry)?.companionCountry ?? null)
        : explicitCountry(found, leader);
    const home =
      ofBodies.has(person) || unsure
        ? null
        : (described.get(person) ?? leaderCountry ?? host ?? ranking.find((c) => !away.has(c)) ?? null);
    roles.set(person, mergeRoles(fillCountry(mergeRoles(list), home, model)));
  }
  return roles;
}

// Each person's titles and stated country, before countries are filled in.
function unplacedOffices(found: readonly Found[], roles: RolesByPerson): UnplacedOffice[] {
  return [...roles].map(([person, list]) => ({
    person,
    titles: list.flatMap((r) => (r.title === null ? [] : [r.title.toLowerCase()])),
    country: explicitCountry(found, person),
  }));
}

// "UN chief X", "NATO head X": the chief of a body run by a secretariat is its Secretary General.
function bodyHead(title: string, organization: string, model: TitleModel): string {
  return CHIEF_WORDS.has(title) && model.people.secretariats.has(organization) ? 'Secretary General' : title;
}

const CHIEF_WORDS = new Set(['Chief', 'Head', 'Boss']);

function readRole(
  name: NameMention,
  at: number,
  sentence: TokenizedSentence,
  ctx: RoleContext,
  model: TitleModel,
): Found {
  const tokens = sentence.tokens;
  // A title chain never crosses the previous name in the same sentence (names are in text order).
  const previous = ctx.names[at - 1];
  const floor = previous?.sentence === name.sentence ? previous.lastToken : 0;
  const before = chainBefore(tokens, name.firstToken, floor, model);
  // "Deputy Prime Minister and Foreign Minister X": two offices, the first one's country for both.
  const [firstOffice, secondOffice] = splitJointOffices(before.title, model);
  let parsed = parseTitle(firstOffice, model);
  const also = secondOffice.length === 0 ? [] : [parseTitle(secondOffice, model)];
  const body =
    before.organization === null ? null : (acronymsOf(ctx).get(before.organization) ?? before.organization);
  if (parsed.title !== null && body !== null)
    parsed = {
      ...parsed,
      organization: parsed.organization ?? body,
      title: bodyHead(parsed.title, before.organization ?? body, model),
    };
  const after = appositionAfter(tokens, name.lastToken, model);
  if (after.title.length > 0 && parsed.title === null && !parsed.counterpart) {
    const apposition = parseTitle(after.title, model);
    parsed = { ...apposition, country: parsed.country ?? apposition.country };
  }
  if (parsed.country === null && after.country !== null) parsed = { ...parsed, country: after.country };
  if (parsed.country === null && before.bodyCountry !== null)
    parsed = { ...parsed, country: before.bodyCountry };
  if (parsed.country === null)
    parsed = { ...parsed, country: groupCountryBefore(tokens, name.firstToken, model) };
  if (parsed.country === null)
    parsed = { ...parsed, country: ledSideCountry(tokens, name.firstToken, model) };
  const destinations = destinationsAfter(tokens, name, model);
  const plural = before.title.some(
    (t) => t.lower.endsWith('s') && model.people.officeWords.has(t.lower.slice(0, -1)),
  );
  const listed = plural ? titleCountries(before.title, model) : [];
  if (listed.length > 1) parsed = { ...parsed, country: listed[0] ?? null };
  return {
    plural,
    listed,
    listIndex: 0,
    person: name.person,
    organization: body,
    at: name.start,
    parsed,
    rank: before.rank,
    evidence: sentence.text,
    destinations,
    host: isObject(name, ctx) ? placeBefore(tokens, name.firstToken, model) : null,
    also: also.map((o) => ({ ...o, country: o.country ?? parsed.country })),
    leader: companionLeader(name, sentence, mentionsBySentence(ctx).get(name.sentence) ?? [], model),
    companionCountry: companionCountry(name, sentence, model),
  };
}

// "Deputy Prime Minister and Foreign Minister": split at an "and" followed by a capitalised word when
// both sides hold an office word ("Minister of Trade and Industry" stays whole).
function splitJointOffices(title: readonly Token[], model: TitleModel): [Token[], Token[]] {
  const hasOffice = (part: readonly Token[]): boolean =>
    part.some((t) => model.people.officeWords.has(t.lower));
  const at = title.findIndex((t, i) => t.lower === 'and' && title[i + 1]?.cap === true);
  if (at <= 0) return [[...title], []];
  const first = title.slice(0, at);
  const second = title.slice(at + 1);
  return hasOffice(first) && hasOffice(second) ? [first, second] : [[...title], []];
}

// The country an office of the person states ("Iraqi President X"), not one filled in.
function explicitCountry(found: readonly Found[], person: string): string | null {
  return found.find((f) => f.person === person && f.parsed.country !== null)?.parsed.country ?? null;
}

// Someone else is named before in the sentence: the person is the one met, not the visitor.
function isObject(name: NameMention, ctx: RoleContext): boolean {
  return (mentionsBySentence(ctx).get(name.sentence) ?? []).some(
    (m) => m.start < name.start && m.person !== name.person,
  );
}

const acronymIndexes = new WeakMap<RoleContext, Map<string, string>>();

// "PTI Chairman X" after "Pakistan Tehreek-e-Insaf (PTI)": the body as the article spells it out.
function acronymsOf(ctx: RoleContext): Map<string, string> {
  let index = acronymIndexes.get(ctx);
  if (index === undefined) {
    index = spelledOutAcronyms(ctx.sentences);
    acronymIndexes.set(ctx, index);
  }
  return index;
}

// Built once per context: scanning every mention of a long article for each name was quadratic.
const sentenceIndexes = new WeakMap<RoleContext, Map<number, PersonMention[]>>();

function mentionsBySentence(ctx: RoleContext): Map<number, PersonMention[]> {
  let index = sentenceIndexes.get(ctx);
  if (index === undefined) {
    index = new Map();
    for (const m of ctx.mentions) push(index, m.sentence, m);
    sentenceIndexes.set(ctx, index);
  }
  return index;
}

// "in Muscat" / "in Oman" before the name: the country where the meeting happens.
function placeBefore(tokens: readonly Token[], first: number, model: TitleModel): string | null {
  for (let i = 1; i < first; i += 1) {
    const t = tokens[i] as Token;
    if (tokens[i - 1]?.lower !== 'in' || !t.cap) continue;
    const country = model.geo.placeByName.get(t.lower)?.country ?? tokenCountry(t, model.geo)?.name ?? null;
    if (country !== null) return country;
  }
  return null;
}

// "Foreign ministers Hakan Demir and Anar Guliyev": the second name of the list shares the plural office.
function sharedPluralTitle(
  f: Found,
  name: NameMention,
  previousName: NameMention | undefined,
  previous: Found | undefined,
  sentence: TokenizedSentence,
): Found {
  if (!previous?.plural || previousName?.sentence !== name.sentence || f.parsed.title !== null) return f;
  const gap = sentence.tokens.slice(previousName.lastToken, name.firstToken);
  if (gap.length === 0 || !gap.every((t) => LIST_GLUE.has(t.lower))) return f;
  const listIndex = previous.listIndex + 1;
  // "Foreign ministers of Brazil and Chile, X and Y": the n-th name takes the n-th country.
  const country = previous.listed.length > 1 ? (previous.listed[listIndex] ?? null) : f.parsed.country;
  return { ...f, plural: true, listed: previous.listed, listIndex, parsed: { ...previous.parsed, country } };
}

// The countries a title phrase names, in order: "ministers of Brazil and Chile" -> [Brazil, Chile].
function titleCountries(title: readonly Token[], model: TitleModel): string[] {
  const out: string[] = [];
  title.forEach((t, i) => {
    const pair = t.cap ? model.geo.countryByWord.get(`${t.lower} ${title[i + 1]?.lower ?? ''}`) : undefined;
    const entry =
      pair ??
      (title[i - 1]?.cap && model.geo.countryByWord.has(`${title[i - 1]?.lower ?? ''} ${t.lower}`)
        ? undefined
        : tokenCountry(t, model.geo));
    if (entry !== undefined && entry !== null && out.at(-1) !== entry.name) out.push(entry.name);
  });
  return out;
}

const PREDECESSOR = new Set(['predecessor', 'predecessors']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/**
 * "Kim's predecessor X", "his predecessor, X,": X held the office of the person referred to
 * before them, so X takes that title marked "(former)", in the same country.
 */
function predecessors(
  ctx: RoleContext,
  byIndex: ReadonlyMap<number, TokenizedSentence>,
  direct: ReadonlyMap<string, ParsedTitle[]>,
): Found[] {
  const found: Found[] = [];
  for (const name of ctx.names) {
    const s = byIndex.get(name.sentence) as TokenizedSentence;
    const p = s.tokens[name.firstToken - 1]?.text === ',' ? name.firstToken - 2 : name.firstToken - 1;
    if (!PREDECESSOR.has(s.tokens[p]?.lower ?? '')) continue;
    const holder = predecessorHolder(s.tokens[p - 1], name, ctx);
    const office =
      holder === null ? undefined : direct.get(holder)?.find((t) => t.title !== null && !t.former);
    if (office === undefined || office.title === null) continue;
    const parsed = { ...office, title: `${office.title} (former)`, former: true, counterpart: false };
    found.push({ ...bareFound(name, s.text), parsed, organization: office.organization });
  }
  return found;
}

// Whose predecessor: the name written right before ("Kim's"), or for "his"/"her" the last person named before.
function predecessorHolder(owner: Token | undefined, name: NameMention, ctx: RoleContext): string | null {
  if (owner === undefined) return null;
  const before = ctx.mentions.filter(
    (m) => m.start < owner.end && m.person !== null && m.person !== name.person,
  );
  if (owner.possessive) return before.find((m) => m.end === owner.end)?.person ?? personWithWord(owner, ctx);
  return POSSESSIVE_PRONOUNS.has(owner.lower) ? (before.at(-1)?.person ?? null) : null;
}

// "Kim's predecessor" where "Kim" was never linked (a surname written first, "Kim Sung-ho"): the one person with that word in the name.
function personWithWord(owner: Token, ctx: RoleContext): string | null {
  const people = new Set(
    ctx.names.filter((n) => n.start < owner.start && n.parts.includes(owner.text)).map((n) => n.person),
  );
  return people.size === 1 ? ([...people][0] ?? null) : null;
}

// "X and his Turkish counterpart have discussed ... X and Y exchanged views": Y holds X's office in Turkey.
function namedLater(ctx: RoleContext, found: readonly Found[], model: TitleModel): Found[] {
  const known = {
    titleOf: (person: string) =>
      found.find((f) => f.person === person && f.parsed.title !== null)?.parsed.title ?? null,
    countryOf: (person: string) =>
      found.find((f) => f.person === person && f.parsed.country !== null)?.parsed.country ?? null,
  };
  return lateCounterparts(ctx, known, model).map((c) => ({
    ...bareFound(c.name, c.evidence),
    organization: null,
    parsed: {
      title: c.title.replace(/ \(former\)$/, ''),
      country: c.country,
      former: false,
      counterpart: false,
      organization: null,
    },
  }));
}

function bareFound(name: NameMention, evidence: string): Omit<Found, 'parsed' | 'organization'> {
  return {
    plural: false,
    listed: [],
    listIndex: 0,
    person: name.person,
    at: name.start,
    rank: null,
    evidence,
    destinations: [],
    host: null,
  };
}

/**
 * "hosted his Azerbaijani and Turkish counterparts, Colonel General X and Y": the names listed
 * after plural "counterparts" take its countries in order (and, later, the host's office).
 */
function listedCounterparts(
  ctx: RoleContext,
  byIndex: ReadonlyMap<number, TokenizedSentence>,
  model: TitleModel,
): Map<NameMention, string> {
  const out = new Map<NameMention, string>();
  for (const s of byIndex.values()) {
    const c = s.tokens.findIndex((t) => t.lower === 'counterparts');
    if (c < 0) continue;
    const countries = countriesBefore(s.tokens, c, model);
    const listed = ctx.names.filter((n) => n.sentence === s.index && n.firstToken > c);
    let from = c + 1;
    for (const [i, name] of listed.entries()) {
      const country = countries[i];
      const gap = s.tokens.slice(from, name.firstToken);
      if (
        country === undefined ||
        !gap.every(
          (t) =>
            LIST_GLUE.has(t.lower) ||
            model.people.ranks.has(t.lower) ||
            model.people.rankStarts.has(t.lower) ||
            model.people.honorifics.has(t.lower),
        )
      )
        break;
      out.set(name, country);
      from = name.lastToken;
    }
  }
  return out;
}

// "Tadesse, a former chief of staff of the Ethiopian army, said": an apposition after a lone surname.
function surnameAppositions(
  ctx: RoleContext,
  byIndex: ReadonlyMap<number, TokenizedSentence>,
  model: TitleModel,
): Found[] {
  const found: Found[] = [];
  for (const m of ctx.mentions) {
    if (m.kind !== 'surname' || m.person === null) continue;
    const s = byIndex.get(m.sentence) as TokenizedSentence;
    const last = s.tokens.findIndex((t) => t.start === m.start) + 1;
    const after = appositionAfter(s.tokens, last, model);
    if (after.title.length === 0) continue;
    const parsed = parseTitle(after.title, model);
    if (parsed.title === null) continue;
    found.push({
      plural: false,
      listed: [],
      listIndex: 0,
      person: m.person,
      organization: null,
      at: m.start,
      parsed,
      rank: null,
      evidence: s.text,
      destinations: [],
      host: null,
    });
  }
  return found;
}

// "his Azeri counterpart X": X holds the office of the nearest person named before who has one.
// One forward pass over the mentions keeps the last titled mention and the last one of another person.
function resolveCounterparts(found: Found[], ctx: RoleContext, direct: Map<string, ParsedTitle[]>): void {
  const counterparts = found.filter((f) => f.parsed.counterpart).sort((a, b) => a.at - b.at);
  let last: Office | null = null;
  let lastOther: Office | null = null;
  let next = 0;
  for (const f of counterparts) {
    for (; next < ctx.mentions.length && (ctx.mentions[next] as PersonMention).start < f.at; next++) {
      const office = officeOf(ctx.mentions[next] as PersonMention, direct);
      if (office === null) continue;
      if (last !== null && last.person !== office.person) lastOther = last;
      last = office;
    }
    const title = (last?.person === f.person ? lastOther : last)?.title ?? null;
    f.parsed = { ...f.parsed, title: title?.replace(/ \(former\)$/, '') ?? null, counterpart: false };
  }
}

interface Office {
  person: string;
  title: string;
}

function officeOf(m: PersonMention, direct: Map<string, ParsedTitle[]>): Office | null {
  if (m.person === null) return null;
  const title = (direct.get(m.person) ?? []).find((t) => t.title !== null)?.title;
  return title ? { person: m.person, title } : null;
}

function toRole(f: Found): RoleFact {
  return {
    title: f.parsed.title,
    country: f.parsed.country,
    organization: f.parsed.organization,
    rank: f.rank,
    evidence: f.evidence,
  };
}

/** One role per (title, country): ranks merged in, and roles that say less than another dropped. */
export function mergeRoles(roles: readonly RoleFact[]): RoleFact[] {
  const byKey = new Map<string, RoleFact>();
  for (const r of roles) {
    const key = `${r.title ?? ''}|${r.country ?? ''}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, rank: seen.rank ?? r.rank } : r);
  }
  const merged = [...byKey.values()];
  const ranked = merged.map((r) => ({
    ...r,
    rank: r.rank ?? merged.find((o) => o.rank && sameOffice(o, r))?.rank ?? null,
  }));
  const kept = ranked.filter((r) => !ranked.some((o) => o !== r && (subsumes(o, r) || shortFormOf(r, o))));
  return kept.filter((r) => r.title !== null || r.country !== null || r.rank !== null);
}

function sameOffice(a: RoleFact, b: RoleFact): boolean {
  return (a.title === b.title || b.title === null) && (a.country === b.country || b.country === null);
}

function subsumes(o: RoleFact, r: RoleFact): boolean {
  const said = (x: string | null, y: string | null): boolean => x === null || x === y;
  const richer =
    (o.title !== null && r.title === null) ||
    (o.country !== null && r.country === null) ||
    (o.rank !== null && r.rank === null);
  return said(r.title, o.title) && said(r.country, o.country) && said(r.rank, o.rank) && richer;
}

// "Minister Otieno" after "Defence Minister Aden Otieno": a one-word title that is the head of the person's
// fuller office in the same country is that office shortened, not a second one.
function shortFormOf(r: RoleFact, o: RoleFact): boolean {
  if (r.title === null || o.title === null || r.title.includes(' ')) return false;
  const sameCountry = r.country === null || r.country === o.country;
  const sameRank = r.rank === null || r.rank === o.rank;
  return sameCountry && sameRank && !o.title.endsWith('(former)') && o.title.split(' ').includes(r.title);
}

// An office with no country: the person's other stated country, else the article's home country
// (dateline), else its most-named one. News names the foreign side's country; the home side often goes unsaid.
// An office of a party or an international body ("Chairman of the Justice Party") stays without one.
function fillCountry(roles: RoleFact[], main: string | null, model: TitleModel): RoleFact[] {
  const known = roles.find((r) => r.country !== null)?.country ?? main;
  const fillable = (r: RoleFact): boolean =>
    r.country === null &&
    r.title !== null &&
    !isNonStateOffice(r.organization === null ? r.title : `${r.title} of ${r.organization}`, model.people);
  return roles.map((r) => (fillable(r) ? { ...r, country: known } : r));
}

/** Countries named in the article (names and demonyms), most often first. */
export function countryRanking(sentences: readonly TokenizedSentence[], model: TitleModel): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      const entry = tokenCountry(t, model.geo);
      if (entry) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
