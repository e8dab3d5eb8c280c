/** The shortest connection between two entities, at most `MAX_HOPS` relationships long. */
import neo4j, { type Driver } from 'neo4j-driver';
import { MAX_HOPS } from '../../shared/limits.ts';
import { cypher } from '../cypher.ts';
import { collectElements } from '../elements.ts';
import { screenId } from '../present.ts';
import type { Subgraph } from '../subgraph.ts';
import { readText } from './read.ts';

/** The shortest connection between two entities; `order` lists node ids from start to end. */
export interface PathResult extends Subgraph {
  order: string[];
  hops: number;
}

let query: string | undefined;

/** The shortest path between two entities within `MAX_HOPS`; null when there is none. */
export async function shortestPath(driver: Driver, from: string, to: string): Promise<PathResult | null> {
  // Path bounds cannot be parameters; MAX_HOPS is a vetted integer constant, never user input.
  query ??= cypher('queries/shortest-path').replace('*..MAX_HOPS', `*..${Math.trunc(MAX_HOPS)}`);
  const path: unknown = (await readText(driver, query, { from, to }))[0]?.get('path');
  if (!neo4j.isPath(path)) return null;
  const graph = await collectElements([path.start, ...path.segments.flatMap((s) => [s.relationship, s.end])]);
  const order = [path.start, ...path.segments.map((s) => s.end)].map(screenId);
  return { ...graph, order, hops: path.segments.length };
}
