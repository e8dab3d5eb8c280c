/**
 * The canned questions of cypher/queries/*.cypher as typed functions returning plain objects:
 * who met whom, meetings between two people, roles over time, neighbourhood, shortest path,
 * articles behind a fact, search, and person lookup. The CLI (`npm run query`) and the server call these.
 */
import neo4j, { type Driver, type Node, type Relationship } from 'neo4j-driver';
import { MAX_HOPS, MAX_MEETINGS, MAX_ROWS, NEIGHBOUR_PAGE, SEARCH_LIMIT } from '../shared/limits.ts';
import { cypher } from './cypher.ts';
import { collectElements } from './explorer/elements.ts';
import { toLuceneQuery } from './explorer/lucene.ts';
import { nodeToGraph } from './explorer/present.ts';
import type { Subgraph } from './explorer/subgraph.ts';
import { num, text, textOrNull, texts } from './query-values.ts';

/** One meeting of a person with a counterpart, and where it is reported. */
export interface MeetingRow {
  counterpartId: string;
  counterpart: string;
  date: string | null;
  place: string | null;
  evidence: string | null;
  articleId: string | null;
  articleTitle: string | null;
  eventId: string | null;
}

/** One post held, as one article reports it. */
export interface RoleRow {
  roleId: string;
  role: string;
  title: string | null;
  ofId: string | null;
  of: string | null;
  ofLabel: string | null;
  rank: string | null;
  asOf: string | null;
  articleId: string | null;
  articleTitle: string | null;
  evidence: string | null;
}

/** An article behind a fact, with the sentence that states it. */
export interface ArticleBehind {
  articleId: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  file: string | null;
  evidence: string | null;
  via: 'REPORTED_IN' | 'HOLDS' | 'MENTIONS';
}

/** A search hit. */
export interface SearchResult {
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

/** A node's neighbourhood: `shown` of `total` neighbours, with the edges to them. */
export interface NeighbourhoodResult extends Subgraph {
  center: string;
  shown: number;
  total: number;
}

/** The shortest connection between two entities; `order` lists node ids from start to end. */
export interface PathResult extends Subgraph {
  order: string[];
  hops: number;
}

const READ = { routing: neo4j.routing.READ };

async function records(driver: Driver, name: string, params: Record<string, unknown>) {
  return (await driver.executeQuery(cypher(`queries/${name}`), params, READ)).records;
}

function meeting(r: { get(key: string): unknown }): MeetingRow {
  return {
    counterpartId: text(r.get('counterpartId')),
    counterpart: text(r.get('counterpart')),
    date: textOrNull(r.get('date')),
    place: textOrNull(r.get('place')),
    evidence: textOrNull(r.get('evidence')),
    articleId: textOrNull(r.get('articleId')),
    articleTitle: textOrNull(r.get('articleTitle')),
    eventId: textOrNull(r.get('eventId')),
  };
}

/** Every meeting of a person (oldest first), one row per counterpart. */
export async function whoMetWhom(
  driver: Driver,
  person: string,
  limit = MAX_MEETINGS,
): Promise<MeetingRow[]> {
  return (await records(driver, 'who-met-whom', { person, limit: neo4j.int(limit) })).map(meeting);
}

/** The meetings between two people (oldest first); `counterpart` is `b`. */
export async function meetingsBetween(
  driver: Driver,
  a: string,
  b: string,
  limit = MAX_MEETINGS,
): Promise<MeetingRow[]> {
  return (await records(driver, 'meetings-between', { a, b, limit: neo4j.int(limit) })).map(meeting);
}

/** A person's posts over time, one row per role and reporting article. */
export async function rolesOf(driver: Driver, person: string): Promise<RoleRow[]> {
  return (await records(driver, 'roles-of', { person })).map((r) => ({
    roleId: text(r.get('roleId')),
    role: text(r.get('role')),
    title: textOrNull(r.get('title')),
    ofId: textOrNull(r.get('ofId')),
    of: textOrNull(r.get('of')),
    ofLabel: textOrNull(r.get('ofLabel')),
    rank: textOrNull(r.get('rank')),
    asOf: textOrNull(r.get('asOf')),
    articleId: textOrNull(r.get('articleId')),
    articleTitle: textOrNull(r.get('articleTitle')),
    evidence: textOrNull(r.get('evidence')),
  }));
}

function nodesOf(value: unknown): Node[] {
  return Array.isArray(value) ? value.filter((v): v is Node => neo4j.isNode(v)) : [];
}

function relationshipsOf(value: unknown): Relationship[] {
  return Array.isArray(value) ? value.filter((v): v is Relationship => neo4j.isRelationship(v)) : [];
}

/** Up to `limit` neighbours of a node with the edges to them; null when no node has that id. */
export async function neighbourhood(
  driver: Driver,
  id: string,
  limit = NEIGHBOUR_PAGE,
): Promise<NeighbourhoodResult | null> {
  const record = (await records(driver, 'neighbourhood', { id, limit: neo4j.int(limit) }))[0];
  const center: unknown = record?.get('center');
  if (!record || !neo4j.isNode(center)) return null;
  const nodes = nodesOf(record.get('nodes'));
  const graph = await collectElements(
    [center, ...nodes, ...relationshipsOf(record.get('relationships'))],
    async () => [],
  );
  return { ...graph, center: nodeToGraph(center).id, shown: nodes.length, total: num(record.get('total')) };
}

/** The shortest path between two entities within `MAX_HOPS`; null when there is none. */
export async function shortestPath(driver: Driver, from: string, to: string): Promise<PathResult | null> {
  // Path bounds cannot be parameters; MAX_HOPS is a vetted integer constant, never user input.
  const query = cypher('queries/shortest-path').replace('*..MAX_HOPS', `*..${Math.trunc(MAX_HOPS)}`);
  const path: unknown = (await driver.executeQuery(query, { from, to }, READ)).records[0]?.get('path');
  if (!neo4j.isPath(path)) return null;
  const elements = [path.start, ...path.segments.flatMap((s) => [s.relationship, s.end])];
  const graph = await collectElements(elements, async () => []);
  const order = [path.start, ...path.segments.map((s) => s.end)].map((n) => nodeToGraph(n).id);
  return { ...graph, order, hops: path.segments.length };
}

/** The articles (and sentences) behind an event, a role or any other entity. */
export async function articlesBehind(driver: Driver, id: string, limit = MAX_ROWS): Promise<ArticleBehind[]> {
  return (await records(driver, 'articles-behind', { id, limit: neo4j.int(limit) })).map((r) => {
    const via = r.get('via');
    return {
      articleId: text(r.get('articleId')),
      title: textOrNull(r.get('title')),
      outlet: textOrNull(r.get('outlet')),
      published: textOrNull(r.get('published')),
      file: textOrNull(r.get('file')),
      evidence: textOrNull(r.get('evidence')),
      via: via === 'REPORTED_IN' || via === 'HOLDS' ? via : 'MENTIONS',
    };
  });
}

/** Full-text search over names and aliases (prefix and fuzzy), best first. */
export async function search(driver: Driver, input: string, limit = SEARCH_LIMIT): Promise<SearchResult[]> {
  const query = toLuceneQuery(input);
  if (query === null) return [];
  return (await records(driver, 'search', { query, limit: neo4j.int(limit) })).map((r) => ({
    id: text(r.get('id')),
    name: text(r.get('name')),
    label: text(r.get('label')),
    aliases: texts(r.get('aliases')),
    score: num(r.get('score')),
  }));
}

/** People whose name or alias matches what a user typed ("Hasanov"), exact matches first. */
export async function findPersons(
  driver: Driver,
  name: string,
  limit = SEARCH_LIMIT,
): Promise<PersonMatch[]> {
  const query = toLuceneQuery(name);
  if (query === null) return [];
  return (await records(driver, 'person-by-name', { name: name.trim(), query, limit: neo4j.int(limit) })).map(
    (r) => ({
      id: text(r.get('id')),
      name: text(r.get('name')),
      aliases: texts(r.get('aliases')),
      exact: r.get('exact') === true,
    }),
  );
}
