/**
 * Finding entities by what a user typed: full-text search over names and aliases (prefix and
 * fuzzy, optionally one label), and person look-up by name for the CLI's `--person Hasanov`.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { SEARCH_LIMIT } from '../../shared/limits.ts';
import { num, text, texts } from '../values.ts';
import { toLuceneQuery } from './lucene.ts';
import { readRecords } from './read.ts';

/** A search hit. */
export interface SearchHit {
  id: string;
  name: string;
  label: string;
  aliases: string[];
  score: number;
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

/** Full-text search over names and aliases (prefix and fuzzy), best first; [] for input with no word. */
export async function search(
  driver: Driver,
  input: string,
  options: Partial<SearchOptions> = {},
): Promise<SearchHit[]> {
  // Field by field: a caller's `limit: undefined` (an absent CLI flag) keeps the default.
  const label = options.label ?? DEFAULT_SEARCH_OPTIONS.label;
  const limit = options.limit ?? DEFAULT_SEARCH_OPTIONS.limit;
  const query = toLuceneQuery(input);
  if (query === null) return [];
  const records = await readRecords(driver, 'search', { query, label, limit: neo4j.int(limit) });
  return records.map((r) => ({
    id: text(r.get('id')),
    name: text(r.get('name')) || text(r.get('id')),
    label: text(r.get('label')),
    aliases: texts(r.get('aliases')),
    score: num(r.get('score')),
  }));
}

/** People whose name or alias matches what a user typed ("Hasanov"), exact matches first. */
export async function findPersons(
  driver: Driver,
  name: string,
  options: { limit?: number } = {},
): Promise<PersonMatch[]> {
  const query = toLuceneQuery(name);
  if (query === null) return [];
  const limit = options.limit ?? SEARCH_LIMIT;
  const records = await readRecords(driver, 'person-by-name', {
    name: name.trim(),
    query,
    limit: neo4j.int(limit),
  });
  return records.map((r) => ({
    id: text(r.get('id')),
    name: text(r.get('name')),
    aliases: texts(r.get('aliases')),
    exact: r.get('exact') === true,
  }));
}
