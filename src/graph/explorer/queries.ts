/**
 * The explorer's read queries (cypher/explorer/*.cypher) as typed functions returning plain
 * objects; the HTTP routes call these and nothing else touches the driver.
 */
import neo4j, { type Driver, type Node, type Relationship } from 'neo4j-driver';
import { cypher } from '../cypher.ts';
import { collectElements } from './elements.ts';
import { toLuceneQuery } from './lucene.ts';
import { nodeToGraph, toPlain } from './present.ts';
import type { GraphNode, Plain, Subgraph } from './subgraph.ts';
import { toNumber } from './values.ts';

/** One search suggestion. */
export interface SearchHit {
  id: string;
  name: string;
  label: string;
  aliases: string[];
  score: number;
}

/** A neighbourhood page: the centre, some neighbours, and how many there are in all. */
export interface Neighbourhood extends Subgraph {
  center: string;
  shown: number;
  total: number;
  skip: number;
}

/** Everything the details panel shows for one node. */
export interface NodeDetails {
  node: GraphNode;
  roles: Plain;
  events: Plain;
  articles: Plain;
}

/** An article with its text and the evidence sentences it supports. */
export interface ArticleView {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  text: string;
  evidence: string[];
}

/** Labels, relationship types and property keys present in the database. */
export interface SchemaInfo {
  labels: string[];
  types: string[];
  keys: string[];
}

const READ = { routing: neo4j.routing.READ };

function read(driver: Driver, name: string, params: Record<string, unknown>) {
  return driver.executeQuery(cypher(name), params, READ);
}

/** Full-text search over names and aliases with prefix and fuzzy matching. */
export async function searchEntities(
  driver: Driver,
  text: string,
  options: { label: string | null; limit: number },
): Promise<SearchHit[]> {
  const query = toLuceneQuery(text);
  if (query === null) return [];
  const result = await read(driver, 'explorer/search', {
    query,
    label: options.label,
    limit: neo4j.int(options.limit),
  });
  return result.records.map((r) => ({
    id: String(r.get('id')),
    name: String(r.get('name') ?? r.get('id')),
    label: String(r.get('label')),
    aliases: (r.get('aliases') as unknown[]).map(String),
    score: Number(r.get('score')),
  }));
}

/** A page of a node's neighbours; null when no node has that id. */
export async function neighbourhood(
  driver: Driver,
  id: string,
  page: { skip: number; limit: number },
): Promise<Neighbourhood | null> {
  const result = await read(driver, 'explorer/neighbourhood', {
    id,
    skip: neo4j.int(page.skip),
    limit: neo4j.int(page.limit),
  });
  const record = result.records[0];
  if (!record) return null;
  const center = record.get('n') as Node;
  const nodes = record.get('page') as Node[];
  const rels = record.get('rels') as Relationship[];
  const graph = await collectElements([center, ...nodes, ...rels], async () => []);
  return {
    ...graph,
    center: nodeToGraph(center).id,
    shown: nodes.length,
    total: toNumber(record.get('total')),
    skip: page.skip,
  };
}

/** Properties, roles, events and articles of one node; null when absent. */
export async function nodeDetails(driver: Driver, id: string): Promise<NodeDetails | null> {
  const result = await read(driver, 'explorer/details', { id });
  const record = result.records[0];
  if (!record) return null;
  return {
    node: nodeToGraph(record.get('n') as Node),
    roles: toPlain(record.get('roles')),
    events: toPlain(record.get('events')),
    articles: toPlain(record.get('articles')),
  };
}

/** An article with its text; null when absent. */
export async function articleById(driver: Driver, id: string): Promise<ArticleView | null> {
  const result = await read(driver, 'explorer/article', { id });
  const record = result.records[0];
  if (!record) return null;
  const props = (record.get('a') as Node).properties;
  return {
    id,
    title: optionalString(props['title']),
    outlet: optionalString(props['outlet']),
    published: optionalString(props['published']),
    text: optionalString(props['text']) ?? '',
    evidence: (record.get('evidence') as unknown[]).map(String),
  };
}

/** Labels, types and keys for the console's completion and the schema panel. */
export async function schemaInfo(driver: Driver): Promise<SchemaInfo> {
  const result = await read(driver, 'explorer/schema-info', {});
  const record = result.records[0];
  const list = (key: string) => ((record?.get(key) ?? []) as unknown[]).map(String).sort();
  return { labels: list('labels'), types: list('types'), keys: list('keys') };
}

function optionalString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const plain = toPlain(value);
  return typeof plain === 'string' ? plain : String(plain);
}

/** The given nodes (domain or element ids) and the relationships among them: a shared view restored. */
export async function subgraphOf(driver: Driver, ids: string[]): Promise<Subgraph> {
  const result = await read(driver, 'explorer/subgraph', { ids });
  const record = result.records[0];
  if (!record) return { nodes: [], edges: [] };
  return collectElements(
    [...(record.get('nodes') as Node[]), ...(record.get('rels') as Relationship[])],
    async () => [],
  );
}
