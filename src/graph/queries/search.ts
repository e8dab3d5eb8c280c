/**
 * Finding entities by what a user typed: full-text search over names and aliases, and person
 * look-up by name for the CLI's `--person Hasanov`. The cheap exact-or-prefix query runs first;
 * the fuzzy one (edit distance, two thirds of search's cost in Neo4j) only when the first finds
 * fewer hits than asked for, so a misspelling still finds its person (docs/design-choices.md).
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { SEARCH_LIMIT } from '../../shared/limits.ts';
import { num, text, texts } from '../values.ts';
import { hasFuzzyTerm, toLuceneQuery, type LuceneMode } from './lucene.ts';
import { readRecords } from './read.ts';

/** A search hit; `match` says which query found it (`prefix` includes exact words). */
export interface SearchHit {
  id: string;
  name: string;
  label: string;
  aliases: string[];
  score: number;
  match: LuceneMode;
}

/** A person found by name; `exact` when the name, an alias or one word of the name equals the input. */
export interface PersonMatch {
  id: string;
  name: string;
  aliases: string[];
  exact: boolean;
}

/** Options of `search`. */
export interface SearchOptions {
  /** Only nodes with this label (`Person`); null for any. */
  label: string | null;
  /** Most hits returned. */
  limit: number;
}

/** Defaults of `search`: any label, `SEARCH_LIMIT` hits. */
export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { label: null, limit: SEARCH_LIMIT };

/** Full-text search over names and aliases, prefix hits first, then fuzzy ones; [] for input with no word. */
export async function search(
  driver: Driver,
  input: string,
  options: Partial<SearchOptions> = {},
): Promise<SearchHit[]> {
  // Field by field: a caller's `limit: undefined` (an absent CLI flag) keeps the default.
  const label = options.label ?? DEFAULT_SEARCH_OPTIONS.label;
  const limit = options.limit ?? DEFAULT_SEARCH_OPTIONS.limit;
  const found = await prefixThenFuzzy(input, limit, (query) =>
    readRecords(driver, 'search', { query, label, limit: neo4j.int(limit) }),
  );
  return found.map(({ record: r, match }) => ({
    id: text(r.get('id')),
    name: text(r.get('name')) || text(r.get('id')),
    label: text(r.get('label')),
    aliases: texts(r.get('aliases')),
    score: num(r.get('score')),
    match,
  }));
}

/** People whose name or alias matches what a user typed ("Hasanov"), exact matches first. */
export async function findPersons(
  driver: Driver,
  name: string,
  options: { limit?: number } = {},
): Promise<PersonMatch[]> {
  const limit = options.limit ?? SEARCH_LIMIT;
  const found = await prefixThenFuzzy(name, limit, (query) =>
    readRecords(driver, 'person-by-name', { name: name.trim(), query, limit: neo4j.int(limit) }),
  );
  const matches = found.map(({ record: r }) => ({
    id: text(r.get('id')),
    name: text(r.get('name')),
    aliases: texts(r.get('aliases')),
    exact: r.get('exact') === true,
  }));
  // Stable sort: exact matches stay first even when the fuzzy query added others.
  return matches.sort((a, b) => Number(b.exact) - Number(a.exact));
}

interface Found {
  record: Neo4jRecord;
  match: LuceneMode;
}

// Runs the prefix query, and the fuzzy query only when that left room; the fuzzy query's hits
// follow the prefix hits (a word being typed is a better suggestion than a word one edit away).
async function prefixThenFuzzy(
  input: string,
  limit: number,
  run: (query: string) => Promise<Neo4jRecord[]>,
): Promise<Found[]> {
  const prefixQuery = toLuceneQuery(input, { mode: 'prefix' });
  const fuzzyQuery = toLuceneQuery(input, { mode: 'fuzzy' });
  if (prefixQuery === null || fuzzyQuery === null) return [];
  const first: Found[] = (await run(prefixQuery)).map((record) => ({ record, match: 'prefix' }));
  // No fuzzy term when no word can be fuzzy ("al 42"): a second run would find nothing new.
  if (first.length >= limit || !hasFuzzyTerm(fuzzyQuery)) return first;
  const seen = new Set(first.map((f) => f.record.get('id')));
  const more = (await run(fuzzyQuery))
    .filter((record) => !seen.has(record.get('id')))
    .map((record): Found => ({ record, match: 'fuzzy' }));
  return [...first, ...more].slice(0, limit);
}
