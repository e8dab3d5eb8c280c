/**
 * The one way the canned queries reach Neo4j: `cypher/queries/<name>.cypher` (loaded once) run
 * as a managed read transaction.
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { cypher } from '../cypher.ts';

// No bookmark manager: canned reads need no causal chaining, and skipping it saves work per call.
const READ = { routing: neo4j.routing.READ, bookmarkManager: null };

/** The records of canned query `name` run with `params` in a read transaction. */
export async function readRecords(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  return (await driver.executeQuery(cypher(`queries/${name}`), params, READ)).records;
}

/** Like `readRecords`, for a query text already taken from cypher/queries (e.g. with a bound filled in). */
export async function readText(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  return (await driver.executeQuery(query, params, READ)).records;
}
