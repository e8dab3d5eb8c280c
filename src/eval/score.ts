/**
 * Scoring an extraction run against a gold file: per-article comparisons, micro-averaged totals,
 * and the lists of misses and false positives a developer needs to see what to fix.
 */
import { basename } from 'node:path';
import type { ArticleFacts, ExtractionOutput, NamedFact } from '../shared/types.ts';
import { EVENT_CATEGORIES, scoreEvents, type EventCategory, type EventCounts } from './events.ts';
import { annotatesPlanned, type GoldArticle, type GoldFile } from './gold.ts';
import {
  addCounts,
  countMatching,
  emptyCounts,
  matchGreedy,
  recordOf,
  toScores,
  type Counts,
  type Scores,
} from './metrics.ts';
import { isBoilerplate, matchPersons, scoreRoles } from './persons.ts';
import { normaliseName } from './normalise.ts';

/** Categories scored as plain sets of names. */
export const NAME_CATEGORIES = ['countries', 'places', 'organizations', 'topics'] as const;
export type NameCategory = (typeof NAME_CATEGORIES)[number];

/** Categories with precision/recall/F1, in the order they are printed. */
export const SCORED_CATEGORIES = ['persons', 'roles', ...NAME_CATEGORIES, ...EVENT_CATEGORIES] as const;
export type ScoredCategory = (typeof SCORED_CATEGORIES)[number];

/** What went wrong in one category of one article. */
export interface Errors {
  missed: string[];
  extra: string[];
}

/** The comparison of one article. */
export interface ArticleReport {
  file: string;
  /** False when the extraction produced no article for this gold file. */
  found: boolean;
  published: { gold: string | null; predicted: string | null };
  counts: Record<ScoredCategory, Counts>;
  events: Record<EventCategory, EventCounts>;
  boilerplate: string[];
  errors: Partial<Record<ScoredCategory, Errors>>;
}

/** Scores for one event category, with date and place accuracy over matched events. */
export interface EventScores extends Scores {
  dateAccuracy: number;
  placeAccuracy: number;
}

/** The whole evaluation. */
export interface EvalReport {
  articles: ArticleReport[];
  totals: Record<ScoredCategory, Scores>;
  events: Record<EventCategory, EventScores>;
  published: { right: number; total: number };
  boilerplatePeople: number;
  /** False when the gold file does not mark planned events: the `planned` scores then mean nothing. */
  plannedAnnotated: boolean;
  distinctPeople: { predicted: number; gold: number; split: string[]; merged: string[][] };
}

function scoreNames(
  gold: readonly string[],
  predicted: readonly NamedFact[],
): { counts: Counts; errors: Errors } {
  const matching = matchGreedy(gold, predicted, [(g, p) => normaliseName(g) === normaliseName(p.name)]);
  return {
    counts: countMatching(matching),
    errors: { missed: matching.missed, extra: matching.extra.map((p) => p.name) },
  };
}

/** Gold participants may be written as a mention ("Ilham Aliyef"): map them to the person's gold name. */
function goldNameResolver(gold: GoldArticle): (name: string) => string {
  const byForm = new Map<string, string>();
  for (const person of gold.persons) {
    for (const form of [person.name, ...person.mentions]) byForm.set(normaliseName(form), person.name);
  }
  return (name) => byForm.get(normaliseName(name)) ?? name;
}

/** Scores one article; `personNames` records, per predicted person id, the gold names it matched. */
function scoreArticle(
  gold: GoldArticle,
  predicted: ArticleFacts | undefined,
  personNames: Map<string, Set<string>>,
): ArticleReport {
  const facts = predicted ?? emptyArticle(gold.file);
  const people = matchPersons(gold.persons, facts.persons);
  const matchedName = new Map(people.pairs.map(([g, p]) => [p.id, g.name]));
  for (const [g, p] of people.pairs) personNames.set(p.id, (personNames.get(p.id) ?? new Set()).add(g.name));
  for (const p of people.extra) if (!personNames.has(p.id)) personNames.set(p.id, new Set());
  const predictedName = new Map(facts.persons.map((p) => [p.id, p.name]));
  const events = scoreEvents({
    gold: gold.events,
    predicted: facts.events,
    nameOfId: (id) => matchedName.get(id) ?? `?${predictedName.get(id) ?? id}`,
    nameOfGold: goldNameResolver(gold),
  });
  const names = recordOf(NAME_CATEGORIES, (c) => scoreNames(gold[c], facts[c]));
  const roles = scoreRoles(people.pairs);
  const errors: Partial<Record<ScoredCategory, Errors>> = {
    persons: { missed: people.missed.map((g) => g.name), extra: people.extra.map((p) => p.name) },
    roles: { missed: roles.missed, extra: roles.extra },
  };
  for (const c of NAME_CATEGORIES) errors[c] = names[c].errors;
  for (const c of EVENT_CATEGORIES) errors[c] = { missed: events[c].missed, extra: events[c].extra };
  return {
    file: gold.file,
    found: predicted !== undefined,
    published: { gold: gold.published, predicted: facts.published },
    counts: {
      persons: countMatching(people),
      roles: roles.counts,
      countries: names.countries.counts,
      places: names.places.counts,
      organizations: names.organizations.counts,
      topics: names.topics.counts,
      ...recordOf(EVENT_CATEGORIES, (c) => ({ tp: events[c].tp, fp: events[c].fp, fn: events[c].fn })),
    },
    events,
    boilerplate: facts.persons.filter((p) => isBoilerplate(p, gold.boilerplate_people)).map((p) => p.name),
    errors,
  };
}

function emptyArticle(file: string): ArticleFacts {
  return {
    file,
    id: '',
    title: null,
    published: null,
    persons: [],
    countries: [],
    places: [],
    organizations: [],
    topics: [],
    events: [],
  };
}

function eventTotals(articles: ArticleReport[], category: EventCategory): EventScores {
  const sum = articles.reduce((acc, a) => addCounts(acc, a.events[category]), emptyCounts());
  const dateRight = articles.reduce((n, a) => n + a.events[category].dateRight, 0);
  const placeRight = articles.reduce((n, a) => n + a.events[category].placeRight, 0);
  const ratio = (n: number): number => (sum.tp === 0 ? 1 : n / sum.tp);
  return { ...toScores(sum), dateAccuracy: ratio(dateRight), placeAccuracy: ratio(placeRight) };
}

/** Gold people found under several predicted ids (split) and ids that stand for several gold people (merged). */
function distinctPeople(gold: GoldFile, personNames: Map<string, Set<string>>): EvalReport['distinctPeople'] {
  const idsPerName = new Map<string, number>();
  for (const names of personNames.values())
    for (const n of names) idsPerName.set(n, (idsPerName.get(n) ?? 0) + 1);
  return {
    predicted: personNames.size,
    gold: gold.distinct_people.length,
    split: [...idsPerName].filter(([, n]) => n > 1).map(([name]) => name),
    merged: [...personNames.values()].filter((names) => names.size > 1).map((names) => [...names].sort()),
  };
}

/** Scores an extraction run against a gold file; predicted articles are matched to gold ones by file name. */
export function scoreExtraction(gold: GoldFile, output: ExtractionOutput): EvalReport {
  const byName = new Map(output.articles.map((a) => [basename(a.file), a]));
  const personNames = new Map<string, Set<string>>();
  const articles = gold.articles.map((g) => scoreArticle(g, byName.get(basename(g.file)), personNames));
  const total = (c: ScoredCategory): Scores =>
    toScores(articles.reduce((acc, a) => addCounts(acc, a.counts[c]), emptyCounts()));
  return {
    articles,
    totals: recordOf(SCORED_CATEGORIES, total),
    events: recordOf(EVENT_CATEGORIES, (c) => eventTotals(articles, c)),
    published: {
      right: articles.filter((a) => a.published.gold === a.published.predicted).length,
      total: articles.length,
    },
    boilerplatePeople: articles.reduce((n, a) => n + a.boilerplate.length, 0),
    plannedAnnotated: annotatesPlanned(gold),
    distinctPeople: distinctPeople(gold, personNames),
  };
}
