/**
 * Vitest global setup of the `integration` project: makes sure a real Neo4j is up, hands its
 * connection to the tests (`inject('neo4j')`), and at teardown stops only what it started.
 */
import type { TestProject } from 'vitest/node';
import type { Neo4jConnection } from '../src/graph/driver.ts';
import { startLocalServer, stopLocalServer } from '../src/db-server/server.ts';
import { keepDb, localTestServerOptions, testDbEnv, type TestDbEnv } from './helpers/test-db.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test database; see tests/helpers/neo4j.ts. */
    neo4j: Neo4jConnection;
  }
}

type Teardown = () => Promise<void>;
const log = (line: string): void => console.log(`[test-db] ${line}`);

async function containerRuntimeWorks(): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
    return true;
  } catch {
    // "Could not find a working container runtime strategy": a docker CLI may exist with no daemon.
    return false;
  }
}

async function startContainer(): Promise<{ connection: Neo4jConnection; teardown: Teardown }> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const { neo4jVersions } = await import('../src/db-server/versions.ts');
  log(`starting a neo4j:${neo4jVersions().neo4j} container`);
  const container = await new Neo4jContainer(`neo4j:${neo4jVersions().neo4j}`)
    .withPassword('newsgraph-test')
    .start();
  const connection = {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
  };
  return { connection, teardown: async () => void (await container.stop()) };
}

async function startLocal(env: TestDbEnv): Promise<{ connection: Neo4jConnection; teardown: Teardown }> {
  const options = localTestServerOptions(env, log);
  const started = await startLocalServer(options);
  log(
    `${started.outcome === 'started' ? 'started' : 'using running'} local test Neo4j at ${started.connection.uri}`,
  );
  const ours = started.outcome === 'started' && !keepDb(env);
  const teardown = async (): Promise<void> => {
    if (!ours) return;
    log('stopping the local test Neo4j it started (NEWSGRAPH_TEST_KEEP_DB=1 keeps it)');
    await stopLocalServer(options);
  };
  return { connection: started.connection, teardown };
}

async function chooseDatabase(env: TestDbEnv): Promise<{ connection: Neo4jConnection; teardown: Teardown }> {
  if (env.NEWSGRAPH_TEST_NEO4J_URI !== undefined) {
    const connection = {
      uri: env.NEWSGRAPH_TEST_NEO4J_URI,
      user: env.NEWSGRAPH_TEST_NEO4J_USER,
      password: env.NEWSGRAPH_TEST_NEO4J_PASSWORD ?? '',
    };
    log(`using the given Neo4j at ${connection.uri}`);
    return { connection, teardown: async () => undefined };
  }
  if (env.NEWSGRAPH_TEST_DB !== 'local' && (await containerRuntimeWorks())) return startContainer();
  if (env.NEWSGRAPH_TEST_DB === 'container')
    throw new Error('NEWSGRAPH_TEST_DB=container, but no container runtime works.');
  return startLocal(env);
}

/** Starts or finds the test database; the returned function is Vitest's teardown. */
export default async function setup(project: TestProject): Promise<Teardown> {
  const env = testDbEnv();
  const { connection, teardown } = await chooseDatabase(env);
  project.provide('neo4j', connection);
  return teardown;
}
