/**
 * Test database helpers for integration suites: a driver to the Neo4j chosen by the global setup,
 * and `cleanDatabase` to start each suite from an empty graph with the schema in place.
 *
 * ```ts
 * let driver: Driver;
 * beforeAll(async () => { driver = testDriver(); await cleanDatabase(driver); });
 * afterAll(() => driver.close());
 * ```
 */
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, type Neo4jConnection } from '../../src/graph/driver.ts';
import { clearGraph } from '../../src/graph/schema.ts';

/** The test database's connection (uri, user, password). */
export function testConnection(): Neo4jConnection {
  return inject('neo4j');
}

/** Environment variables that point a child process (`npm run …`) at the test database. */
export function testNeo4jEnv(): Record<'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD', string> {
  const c = testConnection();
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
}

/** A new driver to the test database; close it in `afterAll`. */
export function testDriver(): Driver {
  return createDriver(testConnection());
}

/** Deletes every node and relationship, then re-applies cypher/schema.cypher. */
export function cleanDatabase(driver: Driver): Promise<void> {
  return clearGraph(driver);
}
