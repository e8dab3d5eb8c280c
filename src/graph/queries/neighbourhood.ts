/** One page of a node's neighbours (people and events first) with the edges to them and the total count. */
import neo4j, { type Driver } from 'neo4j-driver';
import { NEIGHBOUR_PAGE } from '../../shared/limits.ts';
import { collectElements, nodesOf, relationshipsOf } from '../elements.ts';
import { screenId } from '../present.ts';
import type { Subgraph } from '../subgraph.ts';
import { num } from '../values.ts';
import { readRecords } from './read.ts';

/** A neighbourhood page: the centre, `shown` of `total` neighbours after skipping `skip`. */
export interface Neighbourhood extends Subgraph {
  center: string;
  shown: number;
  total: number;
  skip: number;
}

/** Which page of neighbours. */
export interface NeighbourPage {
  /** Neighbours already shown. */
  skip: number;
  /** Most neighbours returned. */
  limit: number;
}

/** Defaults of `neighbourhood`: the first `NEIGHBOUR_PAGE` neighbours. */
export const DEFAULT_NEIGHBOUR_PAGE: NeighbourPage = { skip: 0, limit: NEIGHBOUR_PAGE };

/** A page of a node's neighbours; null when no node has that id. */
export async function neighbourhood(
  driver: Driver,
  id: string,
  page: Partial<NeighbourPage> = {},
): Promise<Neighbourhood | null> {
  // Field by field: a caller's `limit: undefined` (an absent CLI flag) keeps the default.
  const skip = page.skip ?? DEFAULT_NEIGHBOUR_PAGE.skip;
  const limit = page.limit ?? DEFAULT_NEIGHBOUR_PAGE.limit;
  const params = { id, skip: neo4j.int(skip), limit: neo4j.int(limit) };
  const record = (await readRecords(driver, 'neighbourhood', params))[0];
  const center: unknown = record?.get('n');
  if (!record || !neo4j.isNode(center)) return null;
  const nodes = nodesOf(record.get('page'));
  const graph = await collectElements([center, ...nodes, ...relationshipsOf(record.get('rels'))]);
  return { ...graph, center: screenId(center), shown: nodes.length, total: num(record.get('total')), skip };
}
