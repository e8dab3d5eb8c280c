/**
 * Read helpers for graph assertions: plain rows from a Cypher query, and the node and
 * relationship counts by label/type that idempotency tests compare.
 */
import neo4j, { type Driver } from 'neo4j-driver';

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

/** Runs a query and returns its records as plain objects (Integers as numbers). */
export async function rows(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Array<Record<string, unknown>>> {
  const result = await driver.executeQuery(query, params);
  return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), plain(r.get(k))])));
}

/** Node counts per label and relationship counts per type, e.g. { Person: 12, MET: 9, ... }. */
export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const nodes = await rows(driver, 'MATCH (n) UNWIND labels(n) AS label RETURN label AS key, count(*) AS n');
  const rels = await rows(driver, 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n');
  return Object.fromEntries([...nodes, ...rels].map((r) => [String(r['key']), Number(r['n'])]));
}
