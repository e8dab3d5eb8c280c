/**
 * Plans every canned query once, at start-up, with ids that match nothing: Neo4j then holds their
 * plans in its query cache and has run their code paths, so the first analyst's requests do not pay
 * for planning a cold server (the first 2,000-node subgraph: docs/benchmarks.md).
 */
import type { Driver } from 'neo4j-driver';
import { articleById, articlesBehind } from './articles.ts';
import { nodeDetails } from './details.ts';
import { meetingsBetween, whoMetWhom } from './meetings.ts';
import { neighbourhood } from './neighbourhood.ts';
import { shortestPath } from './paths.ts';
import { rolesOf } from './roles.ts';
import { schemaInfo } from './schema-info.ts';
import { findPersons, search } from './search.ts';
import { readStatus } from './status.ts';
import { subgraphOf } from './subgraph.ts';

// No entity has this id: each query runs its whole plan and finds nothing.
const NOBODY = 'warm-up:nobody';

/** Runs each canned query once, one after another (not to crowd a server that is starting); resolves when done. */
export async function warmQueries(driver: Driver): Promise<void> {
  const calls: Array<() => Promise<unknown>> = [
    () => readStatus(driver),
    () => schemaInfo(driver),
    () => search(driver, 'warm up'),
    () => findPersons(driver, 'warm up'),
    () => neighbourhood(driver, NOBODY),
    () => nodeDetails(driver, NOBODY),
    () => whoMetWhom(driver, NOBODY),
    () => meetingsBetween(driver, NOBODY, NOBODY),
    () => rolesOf(driver, NOBODY),
    () => articlesBehind(driver, NOBODY),
    () => articleById(driver, NOBODY),
    () => shortestPath(driver, NOBODY, NOBODY),
    () => subgraphOf(driver, [NOBODY]),
  ];
  for (const call of calls) await call();
}
