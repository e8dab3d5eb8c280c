/**
 * The one way the canned queries reach Neo4j: `cypher/queries/<name>.cypher` (loaded once) run
 * as one auto-commit read: RUN and PULL go out in one write, with no BEGIN/COMMIT round trips,
 * which roughly halves Bolt traffic for the small reads the explorer makes (docs/benchmarks.md).
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { cypher } from '../cypher.ts';

/** The records of canned query `name` run with `params` in a read transaction. */
export function readRecords(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  return readText(driver, cypher(`queries/${name}`), params);
}

/** Like `readRecords`, for a query text already taken from cypher/queries (e.g. with a bound filled in). */
export async function readText(
  driver: Driver,
  query: string,
  params: Record<string, unknown>,
): Promise<Neo4jRecord[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return (await session.run(query, params)).records;
  } finally {
    await session.close();
  }
}
