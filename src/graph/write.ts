/**
 * One batch of articles written in one transaction: first the old facts of articles being
 * replaced are removed, then every row is written, a month-only report of an event joins the
 * day-precise Event it matches, then entities nothing supports any more are deleted. A crash at any point leaves the batch entirely written or entirely absent.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher.ts';
import type { ImportRows } from './rows.ts';

/** What one batch wrote: entity nodes created, ids of entities touched, events, MET edges. */
export interface BatchStats {
  /** Entity nodes (people, countries, organizations, topics, places) created. */
  created: number;
  /** People created (part of `created`). */
  persons: number;
  /** Ids of every entity the batch mentions, new or not. */
  touched: string[];
  events: string[];
  met: number;
}

async function run(tx: ManagedTransaction, name: string, params: Record<string, unknown>) {
  return tx.run(cypher(`import/${name}`), params);
}

async function first(
  tx: ManagedTransaction,
  name: string,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return (await run(tx, name, params)).records[0]?.toObject() ?? {};
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
  const roles = ids((await first(tx, 'delete-holds', { ids: articleIds }))['roles']);
  const mentioned = ids((await first(tx, 'delete-mentions', { ids: articleIds }))['touched']);
  const events = ids((await first(tx, 'delete-reports', { ids: articleIds }))['events']);
  const linked = ids((await first(tx, 'delete-events', { events }))['touched']);
  await run(tx, 'retarget-met', { events, ids: articleIds });
  return { roles, touched: [...mentioned, ...linked] };
}

async function removeOrphans(tx: ManagedTransaction, removed: Removed): Promise<void> {
  if (removed.roles.length === 0 && removed.touched.length === 0) return;
  const ofs = ids((await first(tx, 'orphan-roles', { ids: removed.roles }))['touched']);
  const countries = ids((await first(tx, 'orphan-places', { ids: removed.touched }))['touched']);
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
  const stats: BatchStats = { created: 0, persons: 0, touched: [], events: [], met: rows.met.length };
  await run(tx, 'articles', { rows: rows.articles });
  for (const name of ENTITY_STATEMENTS) {
    const result = await run(tx, name, { rows: rows[name] });
    // Counters, not returned rows: cheaper, and exact even when one batch names a new entity twice.
    const created = result.summary.counters.updates().nodesCreated;
    stats.created += created;
    if (name === 'persons') stats.persons = created;
    stats.touched.push(...rows[name].map((r) => r.id));
  }
  await run(tx, 'holds', { rows: rows.holds });
  await run(tx, 'events', { rows: rows.events });
  stats.events = rows.events.map((e) => e.id);
  await run(tx, 'met', { rows: rows.met });
  const folded = new Set(ids((await first(tx, 'fold-vague-events', { events: stats.events }))['folded']));
  stats.events = stats.events.filter((id) => !folded.has(id));
  await removeOrphans(tx, removed);
  return stats;
}
