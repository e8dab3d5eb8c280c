/** The given nodes (domain or element ids) and the relationships among them: a shared view restored. */
import type { Driver } from 'neo4j-driver';
import { collectElements, nodesOf, relationshipsOf } from '../elements.ts';
import type { Subgraph } from '../subgraph.ts';
import { readRecords } from './read.ts';

/** Those nodes and every relationship among them; unknown ids are left out. */
export async function subgraphOf(driver: Driver, ids: string[]): Promise<Subgraph> {
  const record = (await readRecords(driver, 'subgraph', { ids }))[0];
  if (!record) return { nodes: [], edges: [] };
  return collectElements([...nodesOf(record.get('nodes')), ...relationshipsOf(record.get('rels'))]);
}
