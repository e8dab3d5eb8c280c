/**
 * What the event stage reads around a trigger: the sentence's people, dates and places (computed
 * once per sentence), the clause a cue or date must share with the trigger, and the dates and
 * places that neighbouring sentences, captions and datelines tie to an event.
 */
import type { EventType, PartialDate } from '../shared/types.ts';
import { findDates, type DateMention } from './dates.ts';
import type { Candidate } from './event-merge.ts';
import {
  datelineEnd,
  datelinePlace,
  destination,
  eventPlace,
  geoHits,
  WHICH_TAKES_PLACE,
  type GeoHit,
  type LocalMention,
} from './event-parts.ts';
import type { EventContext } from './events.ts';
import type { GeoModel } from './model/geo.ts';
import type { Sentence } from './sentences.ts';
import { allMatches } from './regex.ts';

/** How many opening sentences (title, date and menu lines included) may carry the dateline. */
export const DATELINE_SENTENCES = 8;
/** How far back (in sentences) an undated event looks for a dated sentence about the same people. */
export const DATE_CONTEXT_SENTENCES = 2;
/** How many characters before a trigger its planned/negation/background cues may stand. */
export const CUE_WINDOW = 90;

/** Per-sentence facts computed once and shared by the sentence and its successors. */
export class SentenceReader {
  private readonly bySentence = new Map<number, LocalMention[]>();
  private readonly dates = new Map<number, DateMention[]>();
  private readonly geo = new Map<number, GeoHit[]>();
  private byIndex: Map<number, Sentence> | null = null;
  /** Person key -> indices of the sentences naming the person, in text order; built on first use. */
  private personSentences: Map<string, number[]> | null = null;

  constructor(private readonly ctx: EventContext) {
    for (const m of ctx.mentions) {
      const start = this.sentence(m.sentence)?.start;
      if (start === undefined) continue;
      const local: LocalMention = {
        person: m.person,
        description: m.description ?? null,
        kind: m.kind,
        start: m.start - start,
        end: m.end - start,
      };
      const list = this.bySentence.get(m.sentence);
      if (list) list.push(local);
      else this.bySentence.set(m.sentence, [local]);
    }
    this.dateline = null;
    for (const s of ctx.sentences.slice(0, DATELINE_SENTENCES)) {
      const place = datelinePlace(s.text, ctx.geo);
      if (place !== null) {
        this.dateline = { sentence: s.index, place };
        break;
      }
    }
  }

  /** Index of the sentence that opens with a dateline city ("TEHRAN -"), among the first few. */
  readonly dateline: { sentence: number; place: string } | null;

  mentions(index: number): LocalMention[] {
    return this.bySentence.get(index) ?? [];
  }

  /** The sentence with this index, or undefined. */
  sentence(index: number): Sentence | undefined {
    // Sentences are numbered in order from 0, so the index is the position; the map covers other inputs.
    const direct = this.ctx.sentences[index];
    if (direct?.index === index) return direct;
    this.byIndex ??= new Map(this.ctx.sentences.map((s) => [s.index, s]));
    return this.byIndex.get(index);
  }

  /** Indices of the sentences that name the person, in text order. */
  sentencesOf(person: string): readonly number[] {
    this.personSentences ??= this.indexPersons();
    return this.personSentences.get(person) ?? [];
  }

  private indexPersons(): Map<string, number[]> {
    const found = new Map<string, Set<number>>();
    for (const m of this.ctx.mentions) {
      if (m.person === null || this.sentence(m.sentence) === undefined) continue;
      const set = found.get(m.person) ?? new Set<number>();
      found.set(m.person, set.add(m.sentence));
    }
    // Sorted, so "the first sentence that ties the event" stays the first in text order.
    return new Map([...found].map(([person, set]) => [person, [...set].sort((a, b) => a - b)]));
  }

  /** The gazetteer the article is read with. */
  get geoModel(): GeoModel {
    return this.ctx.geo;
  }

  geoOf(sentence: Sentence): GeoHit[] {
    let found = this.geo.get(sentence.index);
    if (!found) this.geo.set(sentence.index, (found = geoHits(sentence.text, this.ctx.geo)));
    return found;
  }

  /** Date mentions of a sentence, leaving out a dateline's date ("BEIJING, Dec. 8 --" dates the report). */
  datesOf(sentence: Sentence): DateMention[] {
    let found = this.dates.get(sentence.index);
    if (!found) {
      const from = datelineEnd(sentence.text);
      found = findDates(sentence.text, this.ctx.published).filter((d) => d.start >= from);
      this.dates.set(sentence.index, found);
    }
    return found;
  }
}

/** A trigger found in a sentence, offsets relative to the sentence. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  /** Found from "counterpart" plus a verb, not from a meeting word. */
  weak?: boolean;
}

// Clause boundaries that end the reach of "will" or "is due to" ("X, who will retire, met Y").
const CLAUSE_BREAK =
  /[;:]|\bthat\b|,\s+(?:who|which|where|while|but|after|before|as)\b|\b(?:said|told|added)\b/gi;

const QUOTE_OR_SIDE_CLAUSE = /“[^”]*”|"[^"]*"|,\s+(?:who|whom|whose|which)\b[^,;]*,(?=\s+\p{Ll})/gu;

/** The text a planned cue must stand in: the trigger's clause, at most CUE_WINDOW characters before it. */
export function cueWindow(sentence: string, t: Trigger): string {
  // "'... would expand,' the president told the visiting minister": a cue inside a quote is the speaker's.
  // "X, who was invited to the summit by Y, arrived on a visit": a closed side clause's cues are its own.
  const text = sentence.replace(QUOTE_OR_SIDE_CLAUSE, (quote) => ' '.repeat(quote.length));
  const before = text.slice(0, t.start);
  let clauseStart = 0;
  for (const m of allMatches(CLAUSE_BREAK, before)) clauseStart = m.index + m[0].length;
  return text.slice(Math.max(clauseStart, t.start - CUE_WINDOW), t.end);
}

// "Rehman, who is on a five-day visit to China, ...": a visit spans days, so a day borrowed from a
// neighbouring sentence dates it only to the month.
/** A date borrowed for a visit, cut to the month. */
export const tiedDate = (t: Trigger, date: PartialDate | null): PartialDate | null =>
  t.type === 'visit' && date !== null ? date.slice(0, 7) : date;

// "Rehman, who is on a five-day visit to China, is also scheduled to meet Y on Saturday": a date
// after the trigger across a clause boundary dates the other clause's event. A date before it
// reaches into a relative clause ("In April, X visited Astana, where the two sides signed ...").
const DATE_CLAUSE_AFTER = /;|,\s+(?:and|but|who|which|where|while|whereas|is|are|was|were|has|had|will)\b/i;
// ", will visit": a comma then a main verb closes the relative clause the date stood in.
const DATE_CLAUSE_BEFORE = /;|,\s+(?:and|but|while|whereas|will|would|is|are|was|were|has|have|had)\b/i;

const SIDE_CLAUSE = /,\s+(?:who|whom|whose|which)\b[^,;]*,/g;
// "the 2020 war": a year on a noun dates that noun only, never a neighbouring event.
const YEAR_ON_NOUN = /^[Tt]he \d{4}$/;

// "signed a plan ... and agreed to hold exercises next year": a date past another kind of event's trigger,
// in a conjunct of its own, is that event's ("signed the convention at their summit on Sunday" is not:
// the signing was at the summit). "recalled his visit to Baku in 2022 and invited Y to visit Astana": a
// date just after an earlier trigger of the same type is that one's.
const CONJUNCT = /\band\b|,/;
const PURPOSE = /\bto\s+(?:attend|observe|watch|witness|take part in|participate in|join)\b/i;

function belongsToOther(d: DateMention, t: Trigger, others: readonly Trigger[], text: string): boolean {
  return others.some((u) => {
    if (u.start === t.start) return false;
    if (d.start >= t.end) {
      if (u.type === t.type || u.start < t.end || u.end > d.start) return false;
      const between = text.slice(t.end, u.start);
      return CONJUNCT.test(between) && !PURPOSE.test(between);
    }
    return u.type === t.type && u.end <= d.start && d.start - u.end < t.start - d.end;
  });
}

/** Spans of the closed relative clauses of a sentence (", who arrived on Sunday,"). */
function sideClauses(text: string): [number, number][] {
  if (!text.includes(', wh')) return [];
  return allMatches(SIDE_CLAUSE, text).map((m) => [m.index, m.index + m[0].length]);
}

/** The date mention nearest the trigger within its clause. */
export function nearestDate(
  dates: readonly DateMention[],
  t: Trigger,
  text: string,
  others: readonly Trigger[] = [],
): DateMention | null {
  // "met Y on Wednesday and discussed the meeting of the ministers, which will be held on Friday": a clause
  // on the trigger noun dates it, whatever stands nearer.
  const own = dates.find((d) => d.start >= t.end && WHICH_TAKES_PLACE.test(text.slice(t.end, d.start)));
  if (own) return own;
  const sides = sideClauses(text);
  const inClause = dates.filter((d) => {
    if (belongsToOther(d, t, others, text)) return false;
    if (YEAR_ON_NOUN.test(d.text) && !(d.end <= t.start && t.start - d.end <= 1)) return false;
    // "X, who arrived in Tehran on Sunday, met Y on Monday": the side clause's date is its own event's.
    if (sides.some(([s, e]) => d.start >= s && d.end <= e && !(t.start >= s && t.end <= e))) return false;
    if (d.start < t.end) return !DATE_CLAUSE_BEFORE.test(text.slice(d.end, t.start));
    const gap = text.slice(t.end, d.start);
    return !DATE_CLAUSE_AFTER.test(gap) || WHICH_TAKES_PLACE.test(gap);
  });
  const distance = (d: DateMention): number =>
    d.start >= t.end ? d.start - t.end : Math.max(0, t.start - d.end);
  return inClause.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

// "In October 2019, President X praised ... X said at a meeting with Y": an undated event takes the
// date of a recent sentence about the same person.
/** The date of one of the previous sentences about the event's people, or null. */
export function contextDate(
  sentence: Sentence,
  tie: { people: readonly string[]; planned: boolean },
  reader: SentenceReader,
): PartialDate | null {
  const people = tie.people;
  if (people.length === 0) return null;
  for (let i = sentence.index - 1; i >= sentence.index - DATE_CONTEXT_SENTENCES && i >= 0; i--) {
    const previous = reader.sentence(i);
    if (!previous || !reader.mentions(i).some((m) => m.person !== null && people.includes(m.person)))
      continue;
    // A planned event takes a planned date ("next week"), a held one a past date; a side clause's date is its own.
    const sides = sideClauses(previous.text);
    const dated = reader
      .datesOf(previous)
      .find(
        (d) =>
          (d.planned === true) === tie.planned &&
          !YEAR_ON_NOUN.test(d.text) &&
          !sides.some(([s, e]) => d.start >= s && d.end <= e),
      );
    if (dated) return dated.date;
  }
  return null;
}

/** A place after an earlier trigger of another kind (not a visit) and before this one. */
function isOtherEventsPlace(h: GeoHit, t: Trigger, others: readonly Trigger[]): boolean {
  return others.some((u) => u.type !== t.type && u.type !== 'visit' && u.end <= h.start && h.end <= t.start);
}

/** The event's place from its own sentence (destination, located place or dateline city), or null. */
export function placeOf(
  t: Trigger,
  sentence: Sentence,
  reader: SentenceReader,
  others: readonly Trigger[] = [],
  planned = false,
): string | null {
  // A call joins two places; "the administration in Tbilisi said" is where it was reported from.
  if (t.type === 'phone_call') return null;
  const text = sentence.text;
  // "received X in Baghdad to discuss property taken during the 1990 invasion": a place after an earlier
  // event's trigger of another kind is that event's (a visit's destination hosts what follows it).

  // "X, who is on a visit to China, is scheduled to meet Y": the side clause's place is its own event's.
  const sides = sideClauses(text).filter(([s, e]) => !(t.start >= s && t.end <= e));
  const hits = reader
    .geoOf(sentence)
    .filter((h) => !isOtherEventsPlace(h, t, others) && !sides.some(([s, e]) => h.start >= s && h.end <= e));
  // A meeting "in the Islamic Republic" has no place more precise than its country; a drill in a country
  // does, and so does a meeting still to come ("the next meeting will be held in Turkey").
  const place =
    t.type === 'visit'
      ? (destination(t, hits, text) ??
        capitalNamed(text.slice(t.end), reader.geoModel) ??
        placeBeforeVisit(t, hits, text))
      : eventPlace(text, t, hits, t.type !== 'meeting' || planned, t.type === 'agreement');
  // "TEHRAN - X arrived on Friday for a two-day visit": the dateline places the lead's event.
  if (place !== null) return place;
  return reader.dateline?.sentence === sentence.index ? reader.dateline.place : null;
}

// "arrived in the Georgian capital yesterday": the capital of the country named by its adjective.
const COUNTRY_CAPITAL = /^\s+(?:in\s+|to\s+)?the\s+(\p{Lu}[\p{L}-]*)\s+capital\b/u;
const capitals = new WeakMap<GeoModel, Map<string, string>>();

function capitalNamed(after: string, geo: GeoModel): string | null {
  const m = COUNTRY_CAPITAL.exec(after);
  if (m === null) return null;
  const country = geo.countryByWord.get(m[1]!.toLowerCase());
  if (country === undefined) return null;
  let byCountry = capitals.get(geo);
  if (byCountry === undefined) {
    byCountry = new Map(
      geo.places.flatMap((p): [string, string][] =>
        p.capital === true && p.country !== null ? [[p.country, p.name]] : [],
      ),
    );
    capitals.set(geo, byCountry);
  }
  return byCountry.get(country.name) ?? null;
}

// "X is in Iran on his first visit as minister": the place of "is in" before the visit.
const IS_IN_BEFORE = /\b(?:is|are)\s+(?:currently\s+|now\s+)?in\s+(?:the\s+)?$/i;
const ON_THE_VISIT = /^\s+on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,4}$/i;

function placeBeforeVisit(t: Trigger, hits: readonly GeoHit[], text: string): string | null {
  const hit = hits.findLast((h) => h.end <= t.start);
  if (hit === undefined || !ON_THE_VISIT.test(text.slice(hit.end, t.start))) return null;
  return IS_IN_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start)) ? hit.name : null;
}

// "Omani Ambassador X (right) with Qatar's Minister Y in Doha on October 7, 2019." A caption that
// names the same people on the same day ties the event to its place.
/** The event with the place of a sentence naming the same people on the same day, when it has none. */
export function withTiedPlace(c: Candidate, reader: SentenceReader): Candidate {
  if (c.place !== null || c.type === 'phone_call' || c.date?.length !== 10 || c.participants.length < 2)
    return c;
  // Only the sentences of the least-named participant can name them all (index, not a scan of the article).
  const rarest = c.participants
    .map((p) => reader.sentencesOf(p))
    .reduce((a, b) => (b.length < a.length ? b : a));
  for (const index of rarest) {
    const sentence = reader.sentence(index);
    if (!sentence) continue;
    const people = new Set(reader.mentions(index).map((m) => m.person));
    if (!c.participants.every((p) => people.has(p))) continue;
    if (!reader.datesOf(sentence).some((d) => d.date === c.date)) continue;
    const place = eventPlace(sentence.text, { start: 0 }, reader.geoOf(sentence));
    if (place !== null) return { ...c, place };
  }
  return c;
}
