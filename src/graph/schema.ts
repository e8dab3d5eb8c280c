/**
 * Applies `cypher/schema.cypher` (constraints and indexes). Every statement says IF NOT EXISTS,
 * so applying it again, at every start, changes nothing.
 */
import type { Driver } from 'neo4j-driver';
import { cypher, splitStatements } from './cypher.ts';

/** Options for `applySchema`. */
export interface ApplySchemaOptions {
  /** Seconds to wait for new indexes to come online (a fresh full-text index is empty until then). */
  awaitIndexesSeconds: number;
}

/** Defaults for `applySchema`. */
export const DEFAULT_APPLY_SCHEMA_OPTIONS: ApplySchemaOptions = { awaitIndexesSeconds: 120 };

/** Creates the constraints and indexes that are missing, then waits until all are online. */
export async function applySchema(driver: Driver, options: Partial<ApplySchemaOptions> = {}): Promise<void> {
  const { awaitIndexesSeconds } = { ...DEFAULT_APPLY_SCHEMA_OPTIONS, ...options };
  // Schema commands cannot share a transaction with each other, so one auto-commit run each.
  const session = driver.session();
  try {
    for (const statement of splitStatements(cypher('schema'))) {
      await session.run(statement);
    }
    await session.run('CALL db.awaitIndexes($seconds)', { seconds: awaitIndexesSeconds });
  } finally {
    await session.close();
  }
}

/** Deletes every node and relationship, then applies the schema: an empty graph ready for an import. */
export async function clearGraph(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction; batches keep a big graph from blowing the heap.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(driver);
}
