/**
 * Scoring events in one article: meetings and phone calls as unordered participant pairs, other
 * events by type and participants (or type and date when nobody is named), planned ones apart.
 */
import type { EventFact } from '../shared/types.ts';
import type { GoldEvent } from './gold.ts';
import { matchGreedy, recordOf, type Counts, type Matching } from './metrics.ts';
import { normaliseName } from './normalise.ts';

/** Counts plus how many matched items also have the right date and place. */
export interface EventCounts extends Counts {
  dateRight: number;
  placeRight: number;
  /** Short descriptions of what was missed and what was wrongly found, for developers. */
  missed: string[];
  extra: string[];
}

/** One event (or one participant pair of it) reduced to what the scorer compares. */
interface Item {
  type: string;
  /** Sorted participant names; predicted people are given their matched gold name, else "?name". */
  people: string[];
  date: string | null;
  dateAny: string[];
  place: string | null;
  planned: boolean;
}

/** Which events each category takes. */
export const EVENT_CATEGORIES = ['meetings', 'phone_calls', 'other_events', 'planned'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

function categoryOf(type: string, planned: boolean): EventCategory {
  if (planned) return 'planned';
  if (type === 'meeting') return 'meetings';
  if (type === 'phone_call') return 'phone_calls';
  return 'other_events';
}

/** A meeting of n people gives its n(n-1)/2 unordered pairs; fewer than two named people give none. */
function toPairs(item: Item): Item[] {
  const people = [...new Set(item.people)].sort();
  const pairs: Item[] = [];
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++)
      pairs.push({ ...item, people: [people[i] ?? '', people[j] ?? ''] });
  }
  return pairs;
}

function dateRight(gold: Item, predicted: Item): boolean {
  return predicted.date === gold.date || (predicted.date !== null && gold.dateAny.includes(predicted.date));
}

function placeRight(gold: Item, predicted: Item): boolean {
  const norm = (place: string | null): string => (place === null ? '' : normaliseName(place));
  return norm(gold.place) === norm(predicted.place);
}

const samePeople = (g: Item, p: Item): boolean =>
  g.type === p.type && g.people.join('|') === p.people.join('|');

/** Events without named people are told apart by their date, so the date is part of the key. */
function sameEvent(g: Item, p: Item): boolean {
  return samePeople(g, p) && (g.people.length > 0 || dateRight(g, p));
}

function describe(item: Item): string {
  const who = item.people.length > 0 ? item.people.join(' + ') : '(no named people)';
  return `${item.type} ${who} ${item.date ?? 'no date'}`;
}

function summarise(matching: Matching<Item, Item>): EventCounts {
  return {
    tp: matching.pairs.length,
    fp: matching.extra.length,
    fn: matching.missed.length,
    dateRight: matching.pairs.filter(([g, p]) => dateRight(g, p)).length,
    placeRight: matching.pairs.filter(([g, p]) => placeRight(g, p)).length,
    missed: matching.missed.map(describe),
    extra: matching.extra.map(describe),
  };
}

/**
 * Held meetings and calls are compared as participant pairs. Planned ones are too when they name
 * two people or more ("will meet X and Y" may come out as one event or two); other planned events,
 * and planned meetings with fewer than two named people, are compared whole.
 */
function expand(category: EventCategory, item: Item): Item[] {
  if (category === 'meetings' || category === 'phone_calls') return toPairs(item);
  const pairType = item.type === 'meeting' || item.type === 'phone_call';
  return category === 'planned' && pairType && item.people.length >= 2 ? toPairs(item) : [item];
}

/** Scores one category; pair categories compare participant pairs, the others whole events. */
function scoreCategory(category: EventCategory, gold: Item[], predicted: Item[]): EventCounts {
  const pick = (items: Item[]): Item[] => items.filter((i) => categoryOf(i.type, i.planned) === category);
  const g = pick(gold).flatMap((item) => expand(category, item));
  const p = pick(predicted).flatMap((item) => expand(category, item));
  // Dated matches first, so that two meetings of the same pair in one article pair up by date.
  return summarise(matchGreedy(g, p, [(a, b) => sameEvent(a, b) && dateRight(a, b), sameEvent]));
}

function goldItem(event: GoldEvent, nameOf: (name: string) => string): Item {
  return {
    type: event.type,
    people: event.participants.map(nameOf).sort(),
    date: event.date,
    dateAny: event.date_any ?? [],
    place: event.place,
    planned: event.planned ?? false,
  };
}

function predictedItem(event: EventFact, nameOfId: (id: string) => string): Item {
  return {
    type: event.type,
    people: event.participants.map(nameOfId).sort(),
    date: event.date,
    dateAny: [],
    place: event.place,
    planned: event.planned,
  };
}

/** Inputs for scoring one article's events. */
export interface EventScoringInput {
  gold: readonly GoldEvent[];
  predicted: readonly EventFact[];
  /** Predicted person id -> the gold name it matched, or "?<predicted name>". */
  nameOfId: (id: string) => string;
  /** Gold participant name -> canonical gold person name (participants may be written as mentions). */
  nameOfGold: (name: string) => string;
}

/** Scores every event category of one article. */
export function scoreEvents(input: EventScoringInput): Record<EventCategory, EventCounts> {
  const gold = input.gold.map((e) => goldItem(e, input.nameOfGold));
  const predicted = input.predicted.map((e) => predictedItem(e, input.nameOfId));
  return recordOf(EVENT_CATEGORIES, (category) => scoreCategory(category, gold, predicted));
}
