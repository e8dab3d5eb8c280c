/**
 * One batch of articles written in one transaction: first the old facts of articles being
 * replaced are removed, then every row is MERGEd, then entities nothing supports any more are
 * deleted. A crash at any point leaves the batch entirely written or entirely absent.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher.ts';
import { num } from './query-values.ts';
import type { ImportRows } from './rows.ts';

/** What one batch wrote: ids of entities created and of existing ones touched, events, MET edges. */
export interface BatchStats {
  created: string[];
  touched: string[];
  /** Ids of people created (also in `created`). */
  persons: string[];
  events: string[];
  met: number;
}

async function run(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const result = await tx.run(cypher(`import/${name}`), params);
  return result.records[0]?.toObject() ?? {};
}

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Orphan candidates collected while removing the replaced articles' facts. */
interface Removed {
  roles: string[];
  touched: string[];
}

async function removeArticleFacts(tx: ManagedTransaction, articleIds: string[]): Promise<Removed> {
  if (articleIds.length === 0) return { roles: [], touched: [] };
  const roles = ids((await run(tx, 'delete-holds', { ids: articleIds }))['roles']);
  const mentioned = ids((await run(tx, 'delete-mentions', { ids: articleIds }))['touched']);
  const events = ids((await run(tx, 'delete-reports', { ids: articleIds }))['events']);
  const linked = ids((await run(tx, 'delete-events', { events }))['touched']);
  await run(tx, 'retarget-met', { events, ids: articleIds });
  return { roles, touched: [...mentioned, ...linked] };
}

async function removeOrphans(tx: ManagedTransaction, removed: Removed): Promise<void> {
  if (removed.roles.length === 0 && removed.touched.length === 0) return;
  const ofs = ids((await run(tx, 'orphan-roles', { ids: removed.roles }))['touched']);
  const countries = ids((await run(tx, 'orphan-places', { ids: removed.touched }))['touched']);
  await run(tx, 'orphan-entities', { ids: [...new Set([...removed.touched, ...ofs, ...countries])] });
}

const ENTITY_STATEMENTS = ['persons', 'countries', 'organizations', 'topics', 'places'] as const;

/** Writes one batch; `replaced` are ids of articles already in the graph whose facts are rewritten. */
export async function writeBatch(
  tx: ManagedTransaction,
  rows: ImportRows,
  replaced: string[],
): Promise<BatchStats> {
  const removed = await removeArticleFacts(tx, replaced);
  const stats: BatchStats = { created: [], touched: [], persons: [], events: [], met: 0 };
  await run(tx, 'articles', { rows: rows.articles });
  for (const name of ENTITY_STATEMENTS) {
    const result = await run(tx, name, { rows: rows[name] });
    stats.created.push(...ids(result['created']));
    stats.touched.push(...ids(result['touched']));
    if (name === 'persons') stats.persons.push(...ids(result['created']));
  }
  await run(tx, 'holds', { rows: rows.holds });
  stats.events = ids((await run(tx, 'events', { rows: rows.events }))['events']);
  const met = (await run(tx, 'met', { rows: rows.met }))['met'];
  stats.met = num(met);
  await removeOrphans(tx, removed);
  return stats;
}
