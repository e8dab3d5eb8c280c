/** Everything the details panel shows for one node: the node, its roles, its events and the articles naming it. */
import neo4j, { type Driver } from 'neo4j-driver';
import { nodeToGraph, toPlain } from '../present.ts';
import type { GraphNode, Plain } from '../subgraph.ts';
import { readRecords } from './read.ts';

/** Everything the details panel shows for one node. */
export interface NodeDetails {
  node: GraphNode;
  roles: Plain;
  events: Plain;
  articles: Plain;
}

/** Properties, roles, events and articles of one node; null when absent. */
export async function nodeDetails(driver: Driver, id: string): Promise<NodeDetails | null> {
  const record = (await readRecords(driver, 'details', { id }))[0];
  const node: unknown = record?.get('n');
  if (!record || !neo4j.isNode(node)) return null;
  return {
    node: nodeToGraph(node),
    roles: toPlain(record.get('roles')),
    events: toPlain(record.get('events')),
    articles: toPlain(record.get('articles')),
  };
}
