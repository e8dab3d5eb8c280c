/**
 * One event per real occurrence: an article often states the same meeting in its caption, its
 * lead and again later ("In the meeting, ..."). Repeats merge when type, people, date and place
 * agree (a missing date or place agrees with anything; "2024-11" agrees with "2024-11-18"); the
 * fullest statement stays as evidence. A visit whose visitor is at a meeting of the same dates is
 * that meeting's occasion ("X arrived in Tehran ... met Y"), so it folds into the meeting.
 */
import type { EventType, PartialDate } from '../shared/types.ts';

/** An event read from one sentence, before merging. */
export interface Candidate {
  type: EventType;
  participants: string[];
  unnamed: string[];
  date: PartialDate | null;
  place: string | null;
  planned: boolean;
  evidence: string;
  name: string | null;
  /** Sentence index, for ordering and for the undated-event rules. */
  sentence: number;
  /** True when the sentence puts an undated event in the past ("had met"). */
  background: boolean;
  /** True when the date comes from a neighbouring sentence about the same people, not the event's own words. */
  borrowedDate?: boolean;
  /** True when the people come from a plural subject pointing back ("The three ministers signed ..."). */
  referent?: boolean;
  /** True for a meeting held apart from a gathering ("on the sidelines of the summit", "met separately"). */
  aside?: boolean;
  /** True for a visit told as an arrival on a stated day ("who arrived in Tehran on Monday"). */
  arrival?: boolean;
}

/** Two partial dates agree when either is unknown or one refines the other. */
export function datesAgree(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

const placesAgree = (a: string | null, b: string | null): boolean =>
  a === null || b === null || a.toLowerCase() === b.toLowerCase();

const subset = (small: readonly string[], big: readonly string[]): boolean =>
  small.every((p) => big.includes(p));

// "The defence ministers of Georgia and Turkey met in Tbilisi on Tuesday. Georgian Defence Minister
// X hosted his Turkish counterpart Y ...": a meeting stated without names takes the names that follow.
const NAMELESS_REACH = 2;

function peopleAgree(a: Candidate, b: Candidate): boolean {
  const nameless = a.participants.length === 0 ? a : b.participants.length === 0 ? b : null;
  const gathers = a.type === 'meeting' || a.type === 'agreement';
  if (nameless && gathers && !a.planned && Math.abs(a.sentence - b.sentence) <= NAMELESS_REACH) {
    return a.unnamed.length === 0 && b.unnamed.length === 0 ? true : nameless.unnamed.length === 0;
  }
  if (a.participants.length === 0 || b.participants.length === 0) {
    return (
      a.participants.length === b.participants.length &&
      (a.name === null || b.name === null || a.name === b.name)
    );
  }
  return subset(a.participants, b.participants) || subset(b.participants, a.participants);
}

// An exercise runs for days and moves about: "began on Sunday in the Mediterranean" and "met off
// Alexandria on Monday to review the exercise" are one exercise when the months agree.
const month = (date: PartialDate | null): PartialDate | null => date?.slice(0, 7) ?? null;

/** The country a place lies in (a country is its own), or null; lets "Tehran" agree with "Iran". */
export type CountryOf = (place: string) => string | null;

const noCountry: CountryOf = () => null;

// "arrived in Tehran on Sunday ... the first army chief to visit Iran in two decades": a city and its
// country are one place at two precisions.
function within(a: string | null, b: string | null, countryOf: CountryOf): boolean {
  if (a === null || b === null) return false;
  return countryOf(a)?.toLowerCase() === b.toLowerCase() || countryOf(b)?.toLowerCase() === a.toLowerCase();
}

/** The more precise of two agreeing places: the city, not the country it lies in. */
function finerPlace(a: string | null, b: string | null, countryOf: CountryOf): string | null {
  if (a === null || b === null || !within(a, b, countryOf)) return a ?? b;
  return countryOf(a)?.toLowerCase() === b.toLowerCase() ? a : b;
}

function sameOccurrence(a: Candidate, b: Candidate, countryOf: CountryOf): boolean {
  if (a.type !== b.type || a.planned !== b.planned || !peopleAgree(a, b)) return false;
  // "On the sidelines of the summit, X met Y separately": a smaller meeting of the summit's people is its own.
  if ((a.aside ?? false) !== (b.aside ?? false) && a.participants.length !== b.participants.length)
    return false;
  if (a.type === 'exercise') return datesAgree(month(a.date), month(b.date));
  return datesAgree(a.date, b.date) && (placesAgree(a.place, b.place) || within(a.place, b.place, countryOf));
}

/** How fully a sentence states its event: people first, then date precision, place and name. */
function fullness(c: Candidate): number {
  return c.participants.length * 100 + (c.date?.length ?? 0) * 5 + (c.place ? 20 : 0) + (c.name ? 20 : 0);
}

const morePrecise = (a: PartialDate | null, b: PartialDate | null): PartialDate | null =>
  (a?.length ?? 0) >= (b?.length ?? 0) ? a : b;

function combine(a: Candidate, b: Candidate, countryOf: CountryOf): Candidate {
  const best =
    fullness(b) > fullness(a) || (fullness(b) === fullness(a) && b.evidence.length > a.evidence.length)
      ? b
      : a;
  const morePeople = b.participants.length > a.participants.length ? b : a;
  const first = a.sentence <= b.sentence ? a : b;
  return {
    ...best,
    participants: [...new Set([...a.participants, ...b.participants])],
    unnamed: morePeople.unnamed,
    // An exercise's date is the day it began, the first one stated.
    date: a.type === 'exercise' ? (first.date ?? a.date ?? b.date) : morePrecise(a.date, b.date),
    place: within(a.place, b.place, countryOf)
      ? finerPlace(a.place, b.place, countryOf)
      : (best.place ?? a.place ?? b.place),
    name: best.name ?? a.name ?? b.name,
    sentence: Math.min(a.sentence, b.sentence),
    background: a.background && b.background,
    borrowedDate: (a.borrowedDate ?? false) && (b.borrowedDate ?? false),
    referent: (a.referent ?? false) && (b.referent ?? false),
  };
}

// "The presidents of the five Caspian states signed the convention at their summit in Aktau on Sunday.
// Rouhani, Aliyev, ... put their signatures to the document.": the summit's people are the signers.
const GATHERINGS: ReadonlySet<EventType> = new Set(['meeting', 'agreement']);

function neighbourPeople(c: Candidate, all: readonly Candidate[]): string[] | null {
  if (!GATHERINGS.has(c.type) || c.participants.length > 0 || c.unnamed.length > 0) return null;
  const near = all.filter(
    (o) =>
      o !== c &&
      GATHERINGS.has(o.type) &&
      o.planned === c.planned &&
      o.participants.length >= 2 &&
      Math.abs(o.sentence - c.sentence) <= NAMELESS_REACH &&
      // Both dated: "Iran and Armenia signed a memorandum last year" is not the talks told just before.
      o.date !== null &&
      c.date !== null &&
      datesAgree(o.date, c.date) &&
      placesAgree(o.place, c.place),
  );
  near.sort((x, y) => Math.abs(x.sentence - c.sentence) - Math.abs(y.sentence - c.sentence));
  return near[0]?.participants ?? null;
}

/** A meeting or agreement stated without names takes the people of a meeting or agreement of the same occasion next to it. */
export function adoptNeighbourPeople(candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const people = neighbourPeople(c, candidates);
    return people === null ? c : { ...c, participants: people };
  });
}

/** Merges repeated statements of one occurrence, keeping the first statement's position. */
export function mergeRepeats(
  candidates: readonly Candidate[],
  countryOf: CountryOf = noCountry,
): Candidate[] {
  const merged: Candidate[] = [];
  // Only events of one type and tense can merge: each candidate scans its own bucket, not every event.
  const buckets = new Map<string, number[]>();
  for (const c of candidates) {
    const key = `${c.type}|${c.planned}`;
    const bucket = buckets.get(key) ?? [];
    const i = bucket.find((at) => sameOccurrence(merged[at]!, c, countryOf));
    if (i === undefined) {
      bucket.push(merged.length);
      buckets.set(key, bucket);
      merged.push(c);
    } else merged[i] = combine(merged[i]!, c, countryOf);
  }
  return merged;
}

// "received his visiting Omani counterpart": the unnamed visitor at a meeting is the person whose visit
// the article reports, when the dates agree.
const VISITING = /\bvisiting\b/i;

// "The minister, who arrived on Tuesday, also met Y": a meeting dated only from an earlier sentence may
// be the occasion of the visit; one dated in its own words on another day is not.
const ownDate = (e: Candidate): PartialDate | null => (e.borrowedDate === true ? null : e.date);

function hostMeeting(visit: Candidate, events: readonly Candidate[], published: PartialDate | null): number {
  // An undated "visiting counterpart" is news of the article's month; a visit months earlier is not it.
  const visitingAgrees = (e: Candidate): boolean =>
    e.unnamed.some((u) => VISITING.test(u)) &&
    datesAgree(e.date ?? published?.slice(0, 7) ?? null, visit.date);
  return events.findIndex(
    (e) =>
      e.type === 'meeting' &&
      !e.planned &&
      visit.participants.length > 0 &&
      (subset(visit.participants, e.participants) || visitingAgrees(e)) &&
      datesAgree(ownDate(e), visit.date) &&
      placesAgree(e.place, visit.place),
  );
}

/** True when the visitor's talks are told on a day of their own, not the arrival's. */
function talksOnAnotherDay(visit: Candidate, events: readonly Candidate[]): boolean {
  return events.some((e) => {
    const day = ownDate(e);
    return (
      e.type === 'meeting' &&
      !e.planned &&
      day !== null &&
      day.length === 10 &&
      day !== visit.date &&
      subset(visit.participants, e.participants)
    );
  });
}

function hostWithVisitor(meeting: Candidate, visit: Candidate): Candidate {
  const joined = [...new Set([...meeting.participants, ...visit.participants])];
  const visiting = meeting.unnamed.findIndex((u) => VISITING.test(u));
  const named = subset(visit.participants, meeting.participants) || visiting === -1;
  return {
    ...meeting,
    participants: joined,
    unnamed: named ? meeting.unnamed : meeting.unnamed.filter((_, i) => i !== visiting),
    place: meeting.place ?? visit.place,
    date: morePrecise(meeting.date, visit.date),
  };
}

/** Folds held visits into the meeting they were the occasion of; the meeting gains the visit's place and date. */
export function absorbVisits(events: readonly Candidate[], published: PartialDate | null): Candidate[] {
  let out = [...events];
  for (const visit of events) {
    if (visit.type !== 'visit' || visit.planned) continue;
    out = out.map((e) => (isLaterMeetingOfTrip(e, visit) ? { ...e, place: visit.place } : e));
    // "arrived in Beijing on Monday ... called on A and held talks with B": every meeting of the trip gains its place.
    let host = hostMeeting(visit, out, published);
    if (host === -1) continue;
    while (host !== -1) {
      out[host] = hostWithVisitor(out[host]!, visit);
      const next = hostMeeting(visit, out.slice(host + 1), published);
      host = next === -1 ? -1 : host + 1 + next;
    }
    // "X, who arrived in Tehran on Sunday, met Y on Monday": an arrival on a day before the talks is news
    // of its own; "arrived on Saturday ... in a meeting with his visiting counterpart" (no day) is the talks' occasion.
    if (!(visit.arrival === true && talksOnAnotherDay(visit, events))) out = out.filter((e) => e !== visit);
  }
  return out;
}

// "X is scheduled to travel to Ankara on September 16 for a summit with Y and Z": the trip is the
// occasion of the planned meeting stated with it, so it folds into that meeting.
function plannedHost(visit: Candidate, events: readonly Candidate[]): number {
  return events.findIndex(
    (e) =>
      e.type === 'meeting' &&
      e.planned &&
      e.sentence === visit.sentence &&
      visit.participants.length > 0 &&
      subset(visit.participants, e.participants),
  );
}

/** Folds a planned trip into the planned meeting of the same sentence; the meeting gains the trip's place and date. */
export function absorbPlannedTrips(events: readonly Candidate[]): Candidate[] {
  let out = [...events];
  for (const visit of events) {
    if (visit.type !== 'visit' || !visit.planned) continue;
    const host = plannedHost(visit, out);
    if (host === -1) continue;
    out[host] = hostWithVisitor(out[host]!, visit);
    out = out.filter((e) => e !== visit);
  }
  return out;
}

// "Perera, who arrived on Thursday on a three-day visit, ... held talks with Y in New Delhi on Friday":
// a visit with no destination named is to where the visitor meets people in the days after arriving.
function tripPlace(visit: Candidate, events: readonly Candidate[]): string | null {
  if (visit.type !== 'visit' || visit.planned || visit.place !== null || visit.date?.length !== 10)
    return visit.place;
  const meeting = events.find(
    (e) => isLaterMeetingOfTrip({ ...e, place: null }, { ...visit, place: '' }) && e.place !== null,
  );
  return meeting?.place ?? null;
}

/** Gives a held visit with no destination the place of the visitor's meetings in the days after it. */
export function placeVisitsByMeetings(events: readonly Candidate[]): Candidate[] {
  return events.map((e) =>
    e.type === 'visit' && e.place === null ? { ...e, place: tripPlace(e, events) } : e,
  );
}

// "The defence ministers met in Tbilisi on Tuesday. X hosted Y and Z. The three ministers signed a
// memorandum.": the event a plural subject points back to, once its statements are merged, dates it.
function pointedEvent(c: Candidate, events: readonly Candidate[]): Candidate | null {
  const earlier = events.filter(
    (e) =>
      e !== c &&
      !e.planned &&
      e.date !== null &&
      e.sentence < c.sentence &&
      e.participants.length === c.participants.length &&
      subset(e.participants, c.participants),
  );
  return earlier.at(-1) ?? null;
}

/** Gives an undated event whose people were pointed back to the day and place of the event they came from. */
export function sharePointedDays(events: readonly Candidate[]): Candidate[] {
  return events.map((c) => {
    if (c.referent !== true || c.date !== null || c.planned) return c;
    const e = pointedEvent(c, events);
    return e === null ? c : { ...c, date: e.date, place: c.place ?? e.place };
  });
}

/** How many days a visit may last for its later meetings to share its place. */
export const TRIP_DAYS = 7;

// "X, who arrived in Tehran on Monday, ... also met Y on Tuesday": a meeting of the visitor in the
// days after the arrival, with no place of its own, is in the visited place.
function isLaterMeetingOfTrip(e: Candidate, visit: Candidate): boolean {
  if (e.type !== 'meeting' || e.planned || e.place !== null || visit.place === null) return false;
  if (e.date?.length !== 10 || visit.date?.length !== 10 || !subset(visit.participants, e.participants))
    return false;
  const days = (Date.parse(e.date) - Date.parse(visit.date)) / 86_400_000;
  return days >= 0 && days <= TRIP_DAYS;
}

// "KUALA LUMPUR: X and Y signed a memorandum on Thursday. ... after a bilateral meeting, where the two
// ministers discussed ...": the same people on the same day are in the same place.
// "Rusu received Dumitrescu in Chisinau on Monday. Dumitrescu signed an agreement with Ceban": one
// person on one day is in one place, so an event sharing a person takes the place when none names all.
function companionPlace(event: Candidate, events: readonly Candidate[]): string | null {
  const sameDay = events.filter(
    (e) => e !== event && e.place !== null && e.date === event.date && e.participants.length >= 2,
  );
  const same = sameDay.find(
    (e) => e.participants.length === event.participants.length && subset(e.participants, event.participants),
  );
  if (same) return same.place;
  const shared = sameDay.filter(
    (e) => !e.planned && !event.planned && e.participants.some((p) => event.participants.includes(p)),
  );
  const places = new Set(shared.map((e) => e.place));
  return places.size === 1 ? (shared[0]?.place ?? null) : null;
}

/** Gives an event with no place the place of another event of the same people on the same day. */
export function shareCompanionPlaces(events: readonly Candidate[]): Candidate[] {
  // Companions share the day: look among the events of that day only.
  const byDay = new Map<string, Candidate[]>();
  for (const e of events) {
    if (e.date?.length !== 10) continue;
    const day = byDay.get(e.date);
    if (day) day.push(e);
    else byDay.set(e.date, [e]);
  }
  return events.map((e) =>
    e.place !== null || e.date === null || e.type === 'phone_call'
      ? e
      : { ...e, place: companionPlace(e, byDay.get(e.date) ?? []) },
  );
}
