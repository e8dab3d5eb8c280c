/**
 * The parts of one event read from its sentence: who took part, where, and the exercise's name.
 * Each reader takes sentence-relative offsets (the trigger's) and returns plain values; the event
 * stage decides which reader applies to which event type.
 */
import type { PlaceKind } from '../shared/types.ts';
import { findGeoMentions, newWaterNames } from './geo.ts';
import { findWaterNames } from './water-names.ts';
import type { GeoModel } from './model/geo.ts';
import { allMatches } from './regex.ts';

/** A person mention with offsets relative to its sentence. */
export interface LocalMention {
  person: string | null;
  description: string | null;
  kind: 'name' | 'surname' | 'nominal' | 'pronoun';
  start: number;
  end: number;
}

/** Named participants and descriptions of unnamed ones. */
export interface Participants {
  named: string[];
  unnamed: string[];
}

const QUOTE = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;

/** Spans of quoted speech in a sentence; people named inside a quote are talked about, not present. */
export function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of allMatches(QUOTE, text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Mentions outside quoted speech. */
export function outsideQuotes(
  mentions: readonly LocalMention[],
  quotes: readonly [number, number][],
): LocalMention[] {
  return mentions.filter((m) => !quotes.some(([s, e]) => m.start >= s && m.end <= e));
}

// "his Azeri counterpart, Lieutenant General Zakir Hasanov": a description next to a name is that name.
// ("the Ambassador of the Sultanate of Oman to the State of Qatar, X": an office phrase in between).
const APPOSITION_GAP = /^[\s,]*(?:(?:[\p{Lu}][\p{L}.'’-]*|of|to|for|the|a|an)[\s,]+){0,12}$/u;

function isApposed(nominal: LocalMention, named: readonly LocalMention[], text: string): boolean {
  return named.some((n) => {
    if (n.start >= nominal.end) return APPOSITION_GAP.test(text.slice(nominal.end, n.start));
    return n.end <= nominal.start && /^[\s,]*$/.test(text.slice(n.end, nominal.start));
  });
}

// "X met Y, who later flew to Moscow to see Z": people in a clause that follows the meeting's
// participants are talked about, not present.
const SIDE_CLAUSE =
  /,\s+(?:who|whom|whose|which|where|while|whereas)\b|;|\baccording to\b|\bafter\s+\S+\s+(?:had|was)\b/gi;

const CONTRAST = /,\s+(?:while|whereas)\b|;/g;
const MAY_CONTRAST = /;|while|whereas/;

/** Mentions of the trigger's clause: up to the first side clause after it, from the last "while" or ";" before it. */
export function inMainClause(
  mentions: readonly LocalMention[],
  trigger: { start: number; end: number },
  text: string,
): LocalMention[] {
  SIDE_CLAUSE.lastIndex = trigger.end;
  const cut = SIDE_CLAUSE.exec(text)?.index ?? Infinity;
  // "A called on B in Islamabad, while C met D in Rawalpindi": a clause after "while" has its own people.
  let from = 0;
  if (MAY_CONTRAST.test(text))
    for (const m of allMatches(CONTRAST, text.slice(0, trigger.start))) from = m.index + m[0].length;
  return mentions.filter((m) => m.start >= from && m.start < cut);
}

const POSSESSOR =
  /^['’]s\s+(?:\p{Ll}+\s+){0,2}(?:deputy|aide|adviser|advisor|envoy|spokesman|spokeswoman|spokesperson|representative|wife|husband|son|daughter|office|team|delegation|assistant|secretary|chief of staff)\b/u;

// "X and Y will meet in May, Z said.", "..., said Foreign Minister Z.": who reports the event after it is
// not in it ("..., Z said after meeting Y" is: the speaker stands before the trigger).
const REPORTER_BEFORE = /,\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the)\s+){0,6}$/u;
const REPORTER_AFTER = /^\s+(?:said|says|told|added|noted|stressed|announced|wrote)\b/;
const SAID_BEFORE = /,\s+(?:said|says|added|noted|stressed)\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the)\s+){0,6}$/u;

function isReporter(m: LocalMention, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  if (SAID_BEFORE.test(before)) return true;
  return REPORTER_BEFORE.test(before) && REPORTER_AFTER.test(text.slice(m.end, m.end + 12));
}

/** Everyone in the mentions (reporters after the trigger left out): resolved people by key, unresolved nominals by description (unless apposed to a name). */
export function allParticipants(
  mentions: readonly LocalMention[],
  text: string,
  triggerEnd = 0,
): Participants {
  // "held talks with Muttaqi's deputy": the possessor is not the one present.
  const namedMentions = mentions.filter(
    (m) =>
      m.person !== null &&
      !POSSESSOR.test(text.slice(m.end, m.end + 24)) &&
      !(m.start >= triggerEnd && isReporter(m, text)),
  );
  const named = [...new Set(namedMentions.map((m) => m.person ?? ''))];
  const unnamed = mentions
    .filter((m) => m.person === null && m.kind === 'nominal' && !isApposed(m, namedMentions, text))
    .map((m) => m.description ?? text.slice(m.start, m.end));
  return { named, unnamed: [...new Set(unnamed)] };
}

const asParticipants = (m: LocalMention | undefined, text: string): Participants =>
  m === undefined
    ? { named: [], unnamed: [] }
    : m.person !== null
      ? { named: [m.person], unnamed: [] }
      : { named: [], unnamed: m.kind === 'nominal' ? [m.description ?? text.slice(m.start, m.end)] : [] };

// ", who met Y in January,", ", invited by Y,": a side clause's people are not the visitor.
const RELATIVE_CLAUSE = /,\s+(?:who|whom|whose|which|invited|accompanied|hosted|received|welcomed)\b[^,]*,/g;
// The invitation and up to six words of title before the guest's name, no clause break between.
const INVITED_BEFORE = /\binvit\w*\s+(?:[\p{L}'’.-]+,?\s+){0,6}$/iu;

// "the invitation of Foreign Minister Y", "an invitation from Y": the host, with up to six title words.
const INVITATION_BY = /\binvitation\s+(?:of|from)\s+(?:[\p{L}.'’-]+,?\s+){0,6}$/iu;

// "Y's invitation to visit", "Y's kind invitation to": the owner is the host, not the visitor.
const INVITATION_OF = /^['’]s\s+(?:\w+\s+)?invitation\s+to\s+$/i;

/** The visitor: "X's visit", "a visit by X", "invited X to visit", else the nearest person before the trigger. */
export function visitor(
  mentions: readonly LocalMention[],
  trigger: { start: number; end: number },
  text: string,
) {
  // "Mirzoyan, who met Amir-Abdollahian in January, will visit Moscow": skip people in a relative clause.
  const relatives = allMatches(RELATIVE_CLAUSE, text.slice(0, trigger.start));
  const before = mentions.filter(
    (m) =>
      m.end <= trigger.start && !relatives.some((r) => m.start > r.index && m.end < r.index + r[0].length),
  );
  const after = mentions.filter((m) => m.start >= trigger.end);
  const owner = before.find((m) => /^['’]s\s+(?:[\w-]+\s+){0,3}$/.test(text.slice(m.end, trigger.start)));
  // "X accepted Y's invitation to visit": Y invites, the person before Y goes.
  if (owner && INVITATION_OF.test(text.slice(owner.end, trigger.start)))
    return asParticipants(before.filter((m) => m.end <= owner.start).at(-1), text);
  // "X accepted the invitation of Y to visit Baku": likewise.
  const host = before.at(-1);
  if (
    host &&
    /^,?\s+to\s+$/.test(text.slice(host.end, trigger.start)) &&
    INVITATION_BY.test(text.slice(Math.max(0, host.start - 80), host.start))
  )
    return asParticipants(before.filter((m) => m.end <= host.start).at(-1), text);
  if (owner) return asParticipants(owner, text);
  // "X invited Park to Ulaanbaatar": the trigger spans the invitation; its last person is the guest.
  if (/^invit(?:ed|es)\s/i.test(text.slice(trigger.start, trigger.end)))
    return asParticipants(
      mentions.filter((m) => m.start > trigger.start && m.end <= trigger.end).at(-1),
      text,
    );
  // "X invited his Kyrgyz colleague to visit Astana": the guest visits, not the host.
  // "invited his Chilean counterpart Ricardo Fuentes to visit", "invited Uruguayan President Elena Castro to visit":
  // a title or description may stand between the invitation and the name.
  const guest = [...before].reverse().find((m) => /^,?\s+to\s+$/.test(text.slice(m.end, trigger.start)));
  if (guest && INVITED_BEFORE.test(text.slice(Math.max(0, guest.start - 80), guest.start)))
    return asParticipants(guest, text);
  if (/\binvit\w*\s+(?:[\p{L}'’-]+\s+){1,6}to\s+$/iu.test(text.slice(0, trigger.start)))
    return asParticipants(undefined, text);
  // "a visit by X", "the visit of X"; but "visited the mausoleum of X": after the verb, X is what was visited.
  const verb = /ed$/i.test(text.slice(trigger.start, trigger.end));
  const agent = verb
    ? undefined
    : after.find((m) =>
        /^\s+(?:[\w-]+\s+){0,2}(?:by|of)\s+(?:[\p{Lu}][\p{L}.-]*\s+){0,6}$/u.test(
          text.slice(trigger.end, m.start),
        ),
      );
  if (agent) return asParticipants(agent, text);
  // "spoke by phone with Y to prepare the visit": a visit named with "the" after a purpose word is
  // one reported elsewhere, and the person before it is not its visitor.
  if (VISIT_REFERENCE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)))
    return asParticipants(undefined, text);
  // "During the visit, X will ...": a visit named by an article refers back, and X is not its subject.
  return asParticipants(before.at(-1), text);
}

const VISIT_REFERENCE =
  /\b(?:prepare|preparing|preparations? for|ahead of|before|after|during|discuss(?:ed)?|about|regarding)\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?$/i;

/** "X and Y signed": the people named before the trigger in its clause, or after "signed by". */
export function signers(
  mentions: readonly LocalMention[],
  trigger: { start: number; end: number },
  text: string,
) {
  const clauseStart = Math.max(0, text.lastIndexOf(';', trigger.start) + 1);
  // "X said the countries had signed", "X called on both sides to sign": X speaks, others sign.
  // "documents were signed": a passive without its agent names no signer before it.
  const passive = /(?:was|were) signed$/i.test(text.slice(trigger.start, trigger.end));
  const before = mentions.filter(
    (m) =>
      !passive &&
      m.start >= clauseStart &&
      m.end <= trigger.start &&
      !NOT_SIGNER_GAP.test(text.slice(m.end, trigger.start)),
  );
  // "Moldova and Romania signed a memorandum during a visit by Romanian Minister Y": Y signs for the guest side.
  const guest =
    before.length === 0
      ? mentions.filter(
          (m) => m.start >= trigger.end && DURING_VISIT_BY.test(text.slice(trigger.end, m.start)),
        )
      : [];
  const byAfter = /signed by\s*$/i.test(text.slice(trigger.start, trigger.end))
    ? mentions.filter((m) => m.start >= trigger.end && m.start - trigger.end < 80)
    : [];
  // "X signed with Y a plan": Y, named inside the trigger, signs too.
  const withInside = SIGNED_WITH.test(text.slice(trigger.start, trigger.end))
    ? mentions.filter((m) => m.start > trigger.start && m.end < trigger.end)
    : [];
  // "signed an agreement with Moldovan Defence Minister Y on training": Y signs too.
  const withAfter = mentions.filter(
    (m) => m.start >= trigger.end && WITH_CO_SIGNER.test(text.slice(trigger.end, m.start)),
  );
  return allParticipants([...before, ...guest, ...byAfter, ...withInside, ...withAfter], text, trigger.end);
}

const NOT_SIGNER_GAP =
  /\b(?:said|says|say|stated|noted|added|told|recalled|announced|believes?|called on|urged|asked|invited|hoped?|hopes)\b/i;

/** "signed a memorandum during a visit by Y": the text between the trigger and Y. */
export const DURING_VISIT_BY =
  /^[^,;.]*?\bduring\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}visit\s+(?:by|of)\s+(?:[\p{L}.'’-]+\s+){0,6}$/u;

// "with his Moldovan counterpart", "with Romanian Defence Minister": up to eight title words, no clause break.
// "signed a declaration on allied relations with President Y": the document's subject may stand before "with".
const WITH_CO_SIGNER = /^(?:\s+[\p{L}-]+){0,5}?\s+with\s+(?:[\p{L}.'’-]+\s+){0,8}$/u;

const SIGNED_WITH = /^(?:signed|inked|sign|signs) with\s/i;

/** "called Y": a phone call only when a person follows, and not "called Y's visit" or "called Y a friend". */
export function callsPerson(
  mentions: readonly LocalMention[],
  trigger: { end: number },
  text: string,
): boolean {
  const next = mentions.find((m) => m.start >= trigger.end);
  if (!next || /^\s+(?:on|upon|for|off)\b/i.test(text.slice(trigger.end))) return false;
  const gap = text.slice(trigger.end, next.start);
  if (!/^\s+(?:(?:his|her|their|the)\s+)?(?:[\p{L}.-]+\s+){0,4}$/u.test(gap) || gap.length > 60) return false;
  return !/^(?:['’]s\b|\s+(?:an?|the|as)\b)/.test(text.slice(next.end, next.end + 6));
}

/**
 * True when a person is named right after the trigger ("received X", "received on Monday the
 * ambassador of Oman, X"); with `notAppeal`, not "called on X to release ..." (an appeal, not a visit).
 */
export function personFollows(
  mentions: readonly LocalMention[],
  trigger: { end: number },
  text: string,
  notAppeal = false,
): boolean {
  const next = mentions.find((m) => m.start >= trigger.end);
  if (next === undefined || next.start - trigger.end > 90) return false;
  // "received on Monday the Ambassador of the Sultanate of Oman to the State of Qatar, X": a long office first.
  if (!/^\s+(?:[\p{L}.'’-]+,?\s+){0,16}$/u.test(text.slice(trigger.end, next.start))) return false;
  return !notAppeal || !/^\s+to\s+\p{Ll}/u.test(text.slice(next.end, next.end + 12));
}

/** A place or named country found in a sentence (demonyms left out). */
export interface GeoHit {
  start: number;
  end: number;
  name: string;
  kind: PlaceKind | 'country';
}

/** Places and named countries in a sentence, scanned once per sentence and shared by the readers below. */
export function geoHits(text: string, geo: GeoModel): GeoHit[] {
  const known = findGeoMentions(text, geo).flatMap((hit): GeoHit[] => {
    const v = hit.value;
    if (v.type === 'place')
      return [{ start: hit.start, end: hit.end, name: v.place.name, kind: v.place.kind }];
    if (v.via === 'demonym') return [];
    return [{ start: hit.start, end: hit.end, name: v.country.name, kind: 'country' }];
  });
  const extra = [...waterHits(text, geo), ...countryParts(text, geo)];
  if (extra.length === 0) return known;
  // "in Manila Bay", "in the Gulf of Guayaquil": the body of water, not the city inside its name.
  const kept = known.filter(
    (h) => !extra.some((p) => p.kind === 'sea' && h.start < p.end && p.start < h.end),
  );
  const parts = extra.filter((p) => !kept.some((h) => h.start < p.end && p.start < h.end));
  return [...kept, ...parts].sort((a, b) => a.start - b.start);
}

function waterHits(text: string, geo: GeoModel): GeoHit[] {
  const water = findWaterNames(text);
  if (water.length === 0) return [];
  return newWaterNames(water, findGeoMentions(text, geo)).map((w) => ({ ...w, kind: 'sea' }));
}

// "Gunmen attacked a convoy in Kunar province", "in the province of Zabul": provinces and regions
// the gazetteer lacks are the event's place when named with their noun (the places stage names
// them the same way, without the noun). The nouns are rare, so most sentences skip the scan.
const PART_NOUN = /\b(?:province|region|district|governorate|oblast|county|town of|village of)\b/i;
// "attacked the town of Maigatari", "near the village of Kunduz": a settlement the gazetteer lacks.
const TOWN_OF = /\b(?:town|village) of (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/gu;
const PART_BEFORE =
  /\b(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) (?:province|region|district|governorate|oblast|county|Province|Region|District|Governorate|Oblast|County)\b/gu;
const PART_OF =
  /\b(?:province|region|district|governorate|oblast|county) of (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})/gu;
const NOT_A_PART = new Set([
  'The',
  'This',
  'That',
  'Each',
  'Every',
  'Border',
  'Southern',
  'Northern',
  'Eastern',
  'Western',
  'Central',
]);

function countryParts(text: string, geo: GeoModel): GeoHit[] {
  if (!PART_NOUN.test(text)) return [];
  const parts = [...allMatches(PART_BEFORE, text), ...allMatches(PART_OF, text)];
  return [...parts, ...allMatches(TOWN_OF, text)].flatMap((m): GeoHit[] => {
    const name = m[1] ?? '';
    const first = name.split(' ')[0] ?? '';
    if (
      NOT_A_PART.has(first) ||
      geo.countryByWord.has(name.toLowerCase()) ||
      geo.countryByWord.has(first.toLowerCase())
    )
      return [];
    const start = (m.index ?? 0) + m[0].indexOf(name);
    const kind = /^(?:town|village) of /.test(m[0]) ? 'city' : 'country_part';
    return [{ start, end: start + name.length, name, kind }];
  });
}

// "in Baku", "at the Kremlin in Moscow", "in the Iranian capital Tehran", "in the Azeri capital city of Baku".
// The words between the preposition and the place describe it; "at the airport by Riyadh Governor" does not.
const LOCATIVE =
  /\b(?:in|at|near|off|inside|to)\s+(?:the\s+)?(?:(?!(?:by|with|from|and|for|to)\s)[\p{L}'’-]+\s+){0,4}$/iu;

// "attacked the town of Maigatari": a settlement named with its noun is a place whatever the verb.
const SETTLEMENT_OF = /\b(?:town|village|city|port) of\s+$/i;
const isLocated = (before: string): boolean => LOCATIVE.test(before) || SETTLEMENT_OF.test(before);

// "discussed maritime security in the Strait of Malacca": a place after a topic word is what was
// talked about, not where.
// "signed an agreement on training air defence crews in Romania": a document's subject is not where it was signed.
const GERUND_TOPIC = /\bon\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}ing\b/u;

const TOPIC_GAP = /\b(?:discuss\w*|review\w*|about|regarding|concerning|situation)\b/i;

// "hosted X in the Kremlin on Thursday, and the two leaders agreed on a truce in Idlib": a place in
// a later clause belongs to that clause.
// "The exercises come two weeks after forces attacked positions in Tovuz": the place of the event a time
// phrase points to belongs to that event.
const PLACE_CLAUSE_END =
  /,\s+(?:and|but|who|whom|which|where|while|after|as)\b|;|\b(?:days?|weeks?|months?|years?) (?:after|before)\b/i;

/**
 * "the joint exercise, which will take place in September", "the exercise Steppe Shield-2024, which will be
 * held in Kazakhstan", "the first meeting of the ministers of Azerbaijan, Georgia and Turkey, which will be
 * held in Trabzon": a clause on the trigger noun (or on its name or "of" phrase) dates and places the event itself.
 */
export const WHICH_TAKES_PLACE =
  /^(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,4}(?:\s+of\s+[^;,]{1,60}(?:,\s+[^;,]{1,40}){0,3})?,\s+which\s+(?:[\w-]+\s+){0,3}(?:take place|be held|begin|start|run|open|last)\b[^,;]*$/iu;

// "struck Albu Kamal early Monday, in retaliation for the attack on a parade in Ahvaz": the place of
// the reprisal is not the place of the attack it answers.
// "A called on B in Islamabad, while C met D in Rawalpindi": the place of the other clause is not this one's.
const CAUSE_BEFORE =
  /,\s+(?:in retaliation for|in response to|in revenge for|a week after|days after|weeks after|while|whereas)\b|;/i;

const placeInLaterClause = (gap: string): boolean =>
  PLACE_CLAUSE_END.test(gap) && !WHICH_TAKES_PLACE.test(gap);

const isOwnClausePlace = (h: GeoHit, trigger: { start: number; end?: number }, text: string): boolean =>
  h.start > trigger.start && WHICH_TAKES_PLACE.test(text.slice(trigger.end ?? trigger.start, h.start));

/** Where the event happened: the located place nearest the trigger (cities, then regions and seas, then countries if allowed). */
export function eventPlace(
  text: string,
  trigger: { start: number; end?: number },
  hits: readonly GeoHit[],
  countries = false,
  topicOfDocument = false,
): string | null {
  const located = hits.filter(
    (h) =>
      (countries || h.kind !== 'country') &&
      isLocated(text.slice(Math.max(0, h.start - 40), h.start)) &&
      !(h.start > trigger.start && TOPIC_GAP.test(text.slice(trigger.start, h.start))) &&
      !(
        h.start > trigger.start &&
        topicOfDocument &&
        GERUND_TOPIC.test(text.slice(trigger.end ?? trigger.start, h.start))
      ) &&
      !(h.start > trigger.start && placeInLaterClause(text.slice(trigger.end ?? trigger.start, h.start))) &&
      !(h.end <= trigger.start && CAUSE_BEFORE.test(text.slice(h.end, trigger.start))),
  );
  // "met Y in Tbilisi and discussed the meeting of the ministers, which will be held in Trabzon": the
  // clause on the trigger noun places it, whatever stands nearer.
  const rank = (h: GeoHit): number =>
    (isOwnClausePlace(h, trigger, text) ? 0 : 1_000_000) +
    (h.kind === 'city' ? 0 : h.kind === 'country' ? 200_000 : 100_000) +
    Math.abs(h.start - trigger.start);
  return located.sort((a, b) => rank(a) - rank(b))[0]?.name ?? null;
}

// "X, who arrived on Monday on a three-day visit, will travel to Chennai": the main verb after a side
// clause starts another event, so the visit's destination is not there.
const MAIN_VERB_AFTER = /,\s+(?:will|would|is|are|was|were|has|have|had|also)\b/i;

/** How far after the trigger a destination may stand; an invitation to an event names the event first. */
const DESTINATION_REACH = 60;
const INVITATION_REACH = 90;

/** A visit's destination: the first place or named country after the trigger, a city preferred. */
export function destination(trigger: { end: number }, hits: readonly GeoHit[], text: string): string | null {
  const reach = INVITED_TO_EVENT.test(text.slice(trigger.end)) ? INVITATION_REACH : DESTINATION_REACH;
  // "paid a visit to Argentina, where he met business leaders in Rosario": the city of the next clause is not the destination.
  const after = hits.filter((h) => {
    const gap = text.slice(trigger.end, h.start);
    return (
      h.start >= trigger.end &&
      h.start - trigger.end <= reach &&
      !PLACE_CLAUSE_END.test(gap) &&
      !MAIN_VERB_AFTER.test(gap)
    );
  });
  // "on a visit to Peru, toured a shipyard in Callao": the place right after "to" is the destination.
  const named = after.find((h) => /^\s+to\s+(?:the\s+)?$/.test(text.slice(trigger.end, h.start)));
  return (named ?? after.find((h) => h.kind === 'city') ?? after[0])?.name ?? null;
}

/**
 * "invited Kim to observe the Blue Sky exercise in Mongolia", "to attend the defence show in Baku": an
 * invitation to an event held somewhere sends the guest there (the stage still wants a place).
 */
export const INVITED_TO_EVENT =
  /^\s+(?:attend|observe|watch|witness|take part in|participate in|join)\b[^,;.]{0,80}?\b(?:in|at|near|off)\s+(?:the\s+)?\p{Lu}/u;

const CODENAME =
  /\b(?:code-?named|codename|dubbed|named|called)\s+["“'‘]?([\p{Lu}\d][\p{L}\d-]*(?:[ -][\p{Lu}\d][\p{L}\d-]*){0,3})/u;
// "Blue Sky-2019", "Allied Resolve-2023": capitalised words and the year, not led by a common word.
const YEAR_NAME =
  /\b(?!(?:The|Exercise|Exercises|Drills?|Operation|Joint|Military|Naval)\b)(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}-(?:19|20)\d\d)\b/u;
const CODE_TOKEN = /\b([\p{Lu}]{3,}[\p{Lu}\d]*-\d{2,4})\b/u;
const QUOTED_NAME = /(?:drills?|exercises?|maneuvers|manoeuvres|games)\s+["“‘]([^"”’]{2,40})["”’]/;

/** The exercise's proper name: "codenamed Sea Shield-2021", "AZIREX-2024", `drills "Eternal Brotherhood"`. */
export function exerciseName(text: string): string | null {
  return (
    CODENAME.exec(text)?.[1] ??
    CODE_TOKEN.exec(text)?.[1] ??
    QUOTED_NAME.exec(text)?.[1] ??
    YEAR_NAME.exec(text)?.[1] ??
    null
  );
}

// "TEHRAN -", "ANKARA, March 3 (Reuters) -", "KUALA LUMPUR:": an upper-case dateline opening the story.
const DATELINE =
  /^\s*(\p{Lu}[\p{Lu}'’. -]{1,40}?)(?:,[^\n–—:-]{0,40})?(?:\s*\([^)\n]{1,40}\))?(?:\s+[-–—]+|:)\s/u;

/** Where a dateline opening the sentence ends ("TEHRAN, May 3 (IRNA) - "), or 0 when there is none. */
export function datelineEnd(sentence: string): number {
  const m = DATELINE.exec(sentence);
  return m ? m.index + m[0].length : 0;
}

/** The dateline city opening a sentence ("TEHRAN - ..."), when it names a known place. */
export function datelinePlace(sentence: string, geo: GeoModel): string | null {
  const m = DATELINE.exec(sentence);
  return m?.[1] ? (geo.placeByName.get(m[1].trim().toLowerCase())?.name ?? null) : null;
}
