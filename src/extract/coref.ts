/**
 * Coreference within one article, in two steps. `linkSurnames` runs before the role stage: a lone
 * surname ("Dehqan", "President Erdogan") joins the full-name person with that surname.
 * `resolveReferences` runs after it: nominal references ("the Iranian minister", "his visiting
 * Azerbaijani counterpart") join the person whose role matches, pronouns join the last subject.
 */
import { mapSpelling, sameWord, skeleton } from '../resolve/names.ts';
import type { RoleFact } from '../shared/types.ts';
import { countryFromWord } from './geo.ts';
import type { NameMention, PersonMention, PersonStageModel } from './persons.ts';
import { isNameWord } from './persons.ts';
import { DASHES, isTitleWord, parseTitle } from './titles.ts';
import type { Token, TokenizedSentence } from './tokens.ts';

/** Names with merged person keys, plus the surname mentions, in text order. */
export interface LinkedNames {
  names: NameMention[];
  mentions: PersonMention[];
}

/** Links lone surnames and titled one-word names to the full-name person they refer to. */
export function linkSurnames(
  sentences: readonly TokenizedSentence[],
  found: readonly NameMention[],
  model: PersonStageModel,
): LinkedNames {
  const names = withShortForms(found);
  const bySurname = surnameIndex(names, familyName);
  const byGiven = surnameIndex(names, (parts) => parts[0] ?? '');
  const respelt = respellingIndex(bySurname);
  // "José Múcio Monteiro ... Minister Múcio": a titled word may be a middle name (a first surname).
  const byMiddle = surnameIndex(names, (parts) => (parts.length > 2 ? (parts[parts.length - 2] ?? '') : ''));
  const merged = names.map((n) => {
    if (n.parts.length !== 1) return n;
    const key = n.person.toLowerCase();
    // "Mr Budi" for Budi Santoso: a titled single word that is no surname may be the one given name.
    const given = byGiven.get(key);
    const person =
      pickBySalience(bySurname.get(key), names, n.start) ??
      (given?.length === 1 ? (given[0] ?? '') : null) ??
      (byMiddle.get(key)?.length === 1 ? (byMiddle.get(key)?.[0] ?? null) : null) ??
      respelling(key, respelt);
    return person ? { ...n, person } : n;
  });
  const taken = takenTokens(names);
  const surnames: PersonMention[] = [];
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (taken.get(s.index)?.has(i) === true || !isNameWord(t, model)) return;
      const person = pickBySalience(bySurname.get(t.lower), merged, t.start) ?? respelling(t.lower, respelt);
      if (person)
        surnames.push({
          person,
          surface: t.text,
          kind: 'surname',
          sentence: s.index,
          start: t.start,
          end: t.end,
        });
    });
  }
  return { names: merged, mentions: [...merged, ...surnames].sort((a, b) => a.start - b.start) };
}

/**
 * "Shehbaz Sharif ... Prime Minister Muhammad Shehbaz Sharif": a name that ends with the whole of
 * another person's two-or-more-word name is that person with a given name more; both forms join the
 * one named first.
 */
function withShortForms(names: readonly NameMention[]): NameMention[] {
  const persons = new Map<string, string>();
  const firstAt = new Map<string, number>();
  for (const n of names) {
    if (n.parts.length >= 2) persons.set(n.parts.join(' ').toLowerCase(), n.person);
    if (!firstAt.has(n.person)) firstAt.set(n.person, n.start);
  }
  const joined = new Map<string, string>();
  for (const n of names) {
    for (let k = 1; k <= n.parts.length - 2; k += 1) {
      const shorter = persons.get(n.parts.slice(k).join(' ').toLowerCase());
      if (shorter === undefined || shorter === n.person) continue;
      const longFirst = (firstAt.get(n.person) ?? 0) < (firstAt.get(shorter) ?? 0);
      if (longFirst) joined.set(shorter, n.person);
      else joined.set(n.person, shorter);
      break;
    }
  }
  return names.map((n) => {
    const person = joined.get(n.person);
    return person === undefined ? n : { ...n, person };
  });
}

// "Park Min-ho", "Wang Chih-ming": a romanised Korean or Taiwanese given name (hyphen, small letter after it)
// follows the family name, so a lone "Park" is that person; other names end in the surname.
const FAMILY_FIRST_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

function familyName(parts: readonly string[]): string {
  const last = parts[parts.length - 1] ?? '';
  return parts.length === 2 && FAMILY_FIRST_GIVEN.test(last) ? (parts[0] ?? '') : last;
}

/** Surnames by transliteration skeleton ("papiqian" <- Papikyan), for respelt lone surnames. */
type RespellingIndex = Map<string, { surname: string; persons: readonly string[] }[]>;

function respellingIndex(bySurname: ReadonlyMap<string, string[]>): RespellingIndex {
  const index: RespellingIndex = new Map();
  for (const [surname, persons] of bySurname) {
    if (surname.length < MIN_RESPELT) continue;
    const key = skeleton(mapSpelling(surname));
    index.set(key, [...(index.get(key) ?? []), { surname, persons }]);
  }
  return index;
}

// Short surnames ("Li", "Kim", "Ali") have too many near neighbours to be respelt safely.
const MIN_RESPELT = 5;

// "Papikyan ... Papykian later met": a lone word spelt another way joins the one person whose
// surname it transliterates (the resolver's rule), when exactly one person fits.
function respelling(word: string, index: RespellingIndex): string | null {
  if (index.size === 0 || word.length < MIN_RESPELT) return null;
  const fits = (index.get(skeleton(mapSpelling(word))) ?? []).filter((e) => sameWord(e.surname, word));
  const persons = new Set(fits.flatMap((e) => e.persons));
  return persons.size === 1 ? ([...persons][0] ?? null) : null;
}

// One word of every multi-word name -> the persons bearing it ("ashtiani" -> ["Mohammad-Reza Ashtiani"]).
function surnameIndex(
  names: readonly NameMention[],
  word: (parts: readonly string[]) => string,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const n of names) {
    if (n.parts.length < 2) continue;
    const key = word(n.parts).toLowerCase();
    const list = index.get(key) ?? [];
    if (!list.includes(n.person)) list.push(n.person);
    index.set(key, list);
  }
  return index;
}

/**
 * Salience rule for a surname two people share: prefer the people already introduced before the
 * surname; among them the one named most often so far, then the one named most recently. A
 * surname before any full name (a caption) takes the most-named person overall.
 */
export function pickBySalience(
  candidates: readonly string[] | undefined,
  names: readonly PersonMention[],
  at: number,
): string | null {
  if (!candidates || candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0] as string;
  const stats = candidates.map((person) => {
    const before = names.filter((n) => n.person === person && n.kind === 'name' && n.start < at);
    const all = names.filter((n) => n.person === person && n.kind === 'name');
    return { person, count: before.length, last: before.at(-1)?.start ?? -1, total: all.length };
  });
  stats.sort((a, b) => b.count - a.count || b.last - a.last || b.total - a.total);
  return stats[0]?.person ?? null;
}

/** Input of the reference step. */
export interface ReferenceContext {
  sentences: readonly TokenizedSentence[];
  /** Names and surnames from `linkSurnames`. */
  mentions: readonly PersonMention[];
  roles: ReadonlyMap<string, RoleFact[]>;
  /** Country of the dateline: "the visiting minister" is from elsewhere. */
  homeCountry?: string | null;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'to', 'in', 'on']);
const NOMINAL_OPENERS = new Set(['the', 'his', 'her', 'their']);
const NOMINAL_SKIP = new Set(['visiting', 'former', 'senior', 'top', 'new', 'then', 'two']);
const OPEN_HEADS = new Set(['official', 'counterpart', 'guest', 'host', 'delegate']);
// Heads that name a kind of office under other words ("the envoy" is an ambassador or a special envoy).
const HEAD_TITLES: Readonly<Record<string, RegExp>> = {
  envoy: /ambassador|envoy|representative/,
  diplomat: /ambassador|envoy|foreign affairs|consul|chargé|charge/,
  premier: /prime minister|premier/,
  leader: /president|prime minister|premier|chancellor|king|emir|sultan|leader/,
  // "the Azeri defense chief", "Pakistan's army chief": a minister or a commander of that portfolio.
  chief: /chief|minister|commander|head/,
};
// "the Turkish head of state", "the Iraqi head of government".
const RULER_OF: Readonly<Record<string, string>> = { 'of state': 'leader', 'of government': 'premier' };
// Portfolio words of a nominal phrase, as they appear in normalised office titles.
const PORTFOLIO_HINTS: Readonly<Record<string, string>> = {
  defense: 'defense',
  defence: 'defense',
  foreign: 'foreign',
  interior: 'interior',
  army: 'army',
  navy: 'navy',
  naval: 'naval',
  intelligence: 'intelligence',
  police: 'police',
};

// "Tehran's": the country of a national capital, or null.
function capitalCountry(t: Token, model: PersonStageModel): string | null {
  const place = model.geo.placeByName.get(t.lower);
  return place?.capital === true ? place.country : null;
}

/** All mentions in text order: names, surnames, resolved (or unnamed) nominals and pronouns. */
export function resolveReferences(ctx: ReferenceContext, model: PersonStageModel): PersonMention[] {
  const out: PersonMention[] = [...ctx.mentions];
  const cataphoric = new Set<number>();
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of ctx.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const s of ctx.sentences) {
    const covered = new Set<number>();
    for (const n of findNominals(s, { ...ctx, mentions: out }, bySentence.get(s.index) ?? [], model)) {
      for (let i = n.first; i < n.last; i += 1) covered.add(i);
      out.push(n.mention);
    }
    for (const p of findPronouns(s, covered, model)) out.push(p);
    for (const start of forOnesPart(s)) cataphoric.add(start);
  }
  out.sort((a, b) => a.start - b.start);
  return resolvePronouns(out, cataphoric);
}

interface Nominal {
  first: number;
  last: number;
  mention: PersonMention;
}

function findNominals(
  s: TokenizedSentence,
  ctx: ReferenceContext,
  named: readonly PersonMention[],
  model: PersonStageModel,
): Nominal[] {
  const found: Nominal[] = [];
  const nameStarts = new Set(named.map((m) => m.start));
  const nameEnds = new Set(named.map((m) => m.end));
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    // "Tehran's envoy", "Moscow's top diplomat": a capital's possessive names its country.
    const capital = t.possessive ? capitalCountry(t, model) : null;
    const opener =
      NOMINAL_OPENERS.has(t.lower) || (t.possessive && (isTitleWord(t, model) || capital !== null));
    if (!opener) continue;
    let last = nominalEnd(tokens, i + 1, model);
    const head = tokens[last - 1];
    if (last === i + 1 || !head || !model.people.nominalHeads.has(head.lower)) continue;
    // "the Turkish head of state": the president (or, for government, the prime minister).
    const ruler =
      head.lower === 'head' ? RULER_OF[`${tokens[last]?.lower} ${tokens[last + 1]?.lower}`] : undefined;
    if (ruler !== undefined) last += 2;
    // "at the head of a delegation", "the chief of staff": the noun is not the whole reference.
    else if (tokens[last]?.lower === 'of') continue;
    if (introducesName(tokens, last, nameStarts, model) || isApposition(tokens, i, nameEnds)) continue;
    // "adviser to the Leader", "envoy of the president": the object of another office, unnamed here.
    if (isOfficeObject(tokens, i, model)) continue;
    const phrase = tokens.slice(i, ruler === undefined ? last : last - 2);
    const end = (tokens[last - 1] as Token).end;
    const surface = s.text.slice(t.start - s.start, end - s.start);
    const person = resolveNominal(
      { phrase: capital === null ? phrase : phrase.slice(1), head: ruler ?? head.lower, country: capital },
      t.start,
      { ...ctx, mentions: [...ctx.mentions, ...found.map((f) => f.mention)] },
      model,
    );
    const mention: PersonMention = {
      person,
      surface,
      kind: 'nominal',
      sentence: s.index,
      start: t.start,
      end,
    };
    if (person === null) mention.description = surface;
    found.push({ first: i, last, mention });
    i = last - 1;
  }
  return found;
}

function nominalEnd(tokens: readonly Token[], from: number, model: PersonStageModel): number {
  let j = from;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    // "the South Korean minister", "the Sri Lankan envoy": a two-word demonym is one title word.
    if (t.cap && isTwoWordCountry(t, tokens[j + 1], model)) {
      j += 2;
      continue;
    }
    if (!(NOMINAL_SKIP.has(t.lower) || isTitleWord(t, model)) || CONNECTORS.has(t.lower)) break;
    j += 1;
    if (t.possessive) break;
  }
  return j;
}

function isTwoWordCountry(t: Token, next: Token | undefined, model: PersonStageModel): boolean {
  return next !== undefined && next.cap && countryFromWord(`${t.text} ${next.text}`, model.geo) !== null;
}

// "his Azeri counterpart, Ilham Aliyev", "the minister Ali X" and "Pakistan's Chief of Army Staff
// General X" are title chains before a name, not references.
function introducesName(
  tokens: readonly Token[],
  last: number,
  nameStarts: ReadonlySet<number>,
  model: PersonStageModel,
): boolean {
  let j = last;
  while (
    j < tokens.length &&
    (isTitleWord(tokens[j] as Token, model) ||
      DASHES.has(tokens[j]?.text ?? '') ||
      model.people.rankStarts.has(tokens[j]?.lower ?? ''))
  )
    j += 1;
  if (tokens[j]?.text === ',' && j > last) j += 1;
  while (j < tokens.length && model.people.rankStarts.has(tokens[j]?.lower ?? '')) j += 1;
  while (
    j < tokens.length &&
    (model.people.ranks.has(tokens[j]?.lower ?? '') || model.people.honorifics.has(tokens[j]?.lower ?? ''))
  )
    j += 1;
  if (j > last && tokens[j] && nameStarts.has((tokens[j] as Token).start)) return true;
  const next = tokens[last];
  if (!next) return false;
  if (nameStarts.has(next.start) || isNameWord(next, model) || model.people.ranks.has(next.lower))
    return true;
  const after = tokens[last + 1];
  return (
    next.text === ',' &&
    after !== undefined &&
    (nameStarts.has(after.start) || model.people.ranks.has(after.lower))
  );
}

// "president" is a word of "Vice President", not of "Presidential Administration".
function wordIn(word: string, text: string): boolean {
  const at = text.indexOf(word);
  if (at < 0) return false;
  const before = text[at - 1];
  const after = text[at + word.length];
  return (
    (before === undefined || before === ' ' || before === '-') &&
    (after === undefined || !/[a-z]/.test(after))
  );
}

function isOfficeObject(tokens: readonly Token[], i: number, model: PersonStageModel): boolean {
  const link = tokens[i - 1]?.lower ?? '';
  return (
    (link === 'to' || link === 'of' || link === 'for') &&
    model.people.officeWords.has(tokens[i - 2]?.lower ?? '')
  );
}

// "Major General Ali Abdullahi, the deputy chief of ...": the phrase describes the name before it.
function isApposition(tokens: readonly Token[], i: number, nameEnds: ReadonlySet<number>): boolean {
  const comma = tokens[i - 1];
  const before = tokens[i - 2];
  return comma?.text === ',' && before !== undefined && nameEnds.has(before.end);
}

/** A nominal reference: its words, its head noun, and a country known from outside them ("Tehran's"). */
interface NominalPhrase {
  phrase: readonly Token[];
  head: string;
  country: string | null;
}

function resolveNominal(
  { phrase, head, country }: NominalPhrase,
  at: number,
  ctx: ReferenceContext,
  model: PersonStageModel,
): string | null {
  const read = parseTitle(phrase, model);
  const parsed = { ...read, country: read.country ?? country };
  // "the Azeri defense chief": a portfolio named in the phrase must be in the office.
  const portfolios = phrase.map((t) => PORTFOLIO_HINTS[t.lower]).filter((p) => p !== undefined);
  const wanted = parsed.title?.replace(/ \(former\)$/, '').toLowerCase() ?? null;
  // "his Azeri counterpart": same office as the person "his" refers to, in the named country.
  const subject = parsed.counterpart ? subjectOf(at, ctx) : null;
  const office = subject === null ? null : officeOf(subject, ctx);
  const matches = (roles: readonly RoleFact[]): boolean =>
    roles.some((r) => {
      if (parsed.country !== null && r.country !== parsed.country) return false;
      if (office !== null && r.title?.replace(/ \(former\)$/, '') !== office) return false;
      if (OPEN_HEADS.has(head)) return parsed.country !== null || r.title !== null;
      const title = r.title?.toLowerCase() ?? '';
      if (!portfolios.every((p) => title.includes(p))) return false;
      const rank = r.rank?.toLowerCase() ?? '';
      // "Aide to the President" is an aide, not a president: what follows "to"/"for" is another office.
      const own = title.split(/ (?:to|for) /)[0] ?? title;
      const synonym = HEAD_TITLES[head]?.test(own) ?? false;
      const named = (wanted !== null && own.includes(wanted)) || wordIn(head, own) || wordIn(head, rank);
      return named || synonym;
    });
  // "X invited his counterpart": a counterpart is never the person "his" refers to.
  let candidates = [...ctx.roles]
    .filter(([person, roles]) => person !== subject && matches(roles))
    .map(([person]) => person);
  // "the visiting minister" in a story told from Islamabad is not the Pakistani minister.
  const home = ctx.homeCountry ?? null;
  if (home !== null && phrase.some((t) => t.lower === 'visiting')) {
    const away = candidates.filter((p) => !(ctx.roles.get(p) ?? []).some((r) => r.country === home));
    if (away.length > 0) candidates = away;
  }
  if (candidates.length === 0) return null;
  const before = ctx.mentions.filter(
    (m) => m.start < at && m.person !== null && candidates.includes(m.person),
  );
  const recent = before.at(-1)?.person ?? null;
  if (recent !== null) return recent;
  return candidates.length === 1 ? (candidates[0] ?? '') : null;
}

// The person named last before `at`: whom "his" in "his counterpart" refers to.
function subjectOf(at: number, ctx: ReferenceContext): string | null {
  let subject: PersonMention | null = null;
  for (const m of ctx.mentions)
    if (m.person !== null && m.start < at && (subject === null || m.start > subject.start)) subject = m;
  return subject?.person ?? null;
}

function officeOf(person: string, ctx: ReferenceContext): string | null {
  const title = ctx.roles.get(person)?.find((r) => r.title !== null)?.title;
  return title?.replace(/ \(former\)$/, '') ?? null;
}

function findPronouns(
  s: TokenizedSentence,
  covered: ReadonlySet<number>,
  model: PersonStageModel,
): PersonMention[] {
  const found: PersonMention[] = [];
  s.tokens.forEach((t, i) => {
    if (covered.has(i) || !model.people.pronouns.has(t.lower)) return;
    // "his Azeri counterpart X": the pronoun belongs to a title chain.
    const next = s.tokens[i + 1];
    if (next && isTitleWord(next, model) && !['part', 'side', 'turn'].includes(next.lower)) return;
    found.push({
      person: null,
      surface: t.text,
      kind: 'pronoun',
      sentence: s.index,
      start: t.start,
      end: t.end,
    });
  });
  return found;
}

// "For his part, Aliyef said": starts of pronouns that point to the name after them.
function forOnesPart(s: TokenizedSentence): number[] {
  const starts: number[] = [];
  s.tokens.forEach((t, i) => {
    const prev = s.tokens[i - 1]?.lower;
    const next = s.tokens[i + 1]?.lower;
    if (
      (prev === 'for' || prev === 'on' || prev === 'in') &&
      (next === 'part' || next === 'side' || next === 'turn')
    )
      starts.push(t.start);
  });
  return starts;
}

// A pronoun refers to the first person named earlier in its sentence ("For his part, X" looks
// ahead to X), else to the subject (first person) of the nearest earlier sentence that has one.
function resolvePronouns(mentions: PersonMention[], cataphoric: ReadonlySet<number>): PersonMention[] {
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const out: PersonMention[] = [];
  let lastSubject: string | null = null;
  for (const group of bySentence.values()) {
    const named = group.filter((m) => m.kind !== 'pronoun' && m.person !== null);
    let subject = named[0]?.person ?? null;
    for (const m of group) {
      if (m.kind !== 'pronoun') {
        out.push(m);
        continue;
      }
      const first = named[0];
      const ahead = first !== undefined && (first.start < m.start || cataphoric.has(m.start));
      const person = ahead ? first.person : lastSubject;
      subject ??= person;
      out.push(person === null ? m : { ...m, person });
    }
    lastSubject = subject ?? lastSubject;
  }
  return out;
}

// Sentence index -> token indexes inside a name ("Hossein Dehqan" is no lone surname "Dehqan").
function takenTokens(names: readonly NameMention[]): Map<number, Set<number>> {
  const taken = new Map<number, Set<number>>();
  for (const n of names) {
    const set = taken.get(n.sentence) ?? new Set<number>();
    for (let i = n.firstToken; i < n.lastToken; i += 1) set.add(i);
    taken.set(n.sentence, set);
  }
  return taken;
}
