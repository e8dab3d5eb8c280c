/**
 * Database status for the explorer's header: is Neo4j reachable, which version, how many
 * nodes of each label.
 */
import type { Driver } from 'neo4j-driver';
import { errorCode, num, textOrNull, texts } from '../values.ts';
import { readRecords, readText } from './read.ts';

/** Status of the graph database as the page shows it. */
export interface GraphStatus {
  reachable: boolean;
  version: string | null;
  edition: string | null;
  counts: Record<string, number>;
  /** Why the database is unreachable, when it is. */
  problem?: string;
}

/** One count per label in one round trip; each is answered from the count store, so cheap on big graphs. */
async function countByLabel(driver: Driver, labels: string[]): Promise<Record<string, number>> {
  if (labels.length === 0) return {};
  // Labels cannot be parameters; they come from db.labels() and are backtick-quoted, never user input.
  const query = labels
    .map((label, i) => `MATCH (n:\`${label.replaceAll('`', '``')}\`) RETURN ${i} AS i, count(n) AS c`)
    .join(' UNION ALL ');
  const counts: Record<string, number> = {};
  for (const record of await readText(driver, query, {})) {
    const label = labels[num(record.get('i'))];
    if (label !== undefined) counts[label] = num(record.get('c'));
  }
  return counts;
}

/** Reads version and per-label node counts; never throws (an unreachable database is a status). */
export async function readStatus(driver: Driver): Promise<GraphStatus> {
  try {
    const info = (await readRecords(driver, 'status', {}))[0];
    const labels = texts(info?.get('labels')).sort();
    return {
      reachable: true,
      version: textOrNull(info?.get('version')),
      edition: textOrNull(info?.get('edition')),
      counts: await countByLabel(driver, labels),
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
