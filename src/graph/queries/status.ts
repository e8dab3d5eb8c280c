/**
 * Database status for the explorer's header: is Neo4j reachable, which version, how many
 * nodes of each label.
 */
import type { Driver } from 'neo4j-driver';
import { errorCode, num } from '../values.ts';

/** Status of the graph database as the page shows it. */
export interface GraphStatus {
  reachable: boolean;
  version: string | null;
  edition: string | null;
  counts: Record<string, number>;
  /** Why the database is unreachable, when it is. */
  problem?: string;
}

/** Reads version and per-label node counts; never throws (an unreachable database is a status). */
export async function readStatus(driver: Driver): Promise<GraphStatus> {
  try {
    const info = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition',
    );
    const first = info.records[0];
    const labels = await driver.executeQuery('CALL db.labels() YIELD label RETURN label ORDER BY label');
    const counts: Record<string, number> = {};
    for (const record of labels.records) {
      const label = String(record.get('label'));
      // Per-label count queries are answered from the count store, so they stay cheap on big graphs.
      const result = await driver.executeQuery(
        `MATCH (n:\`${label.replaceAll('`', '``')}\`) RETURN count(n) AS c`,
      );
      counts[label] = num(result.records[0]?.get('c'));
    }
    return {
      reachable: true,
      version: first ? String(first.get('version')) : null,
      edition: first ? String(first.get('edition')) : null,
      counts,
    };
  } catch (error) {
    const code = errorCode(error) ?? 'unknown';
    return {
      reachable: false,
      version: null,
      edition: null,
      counts: {},
      problem: `Neo4j did not answer (${code})`,
    };
  }
}
