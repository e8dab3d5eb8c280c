/**
 * Ties configuration to the local server: which instance the app uses, and `ensureNeo4j`, which
 * uses a Neo4j that already answers at NEO4J_URI or else starts newsgraph's own.
 */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { probe, type Neo4jConnection } from '../graph/driver.ts';
import { ProvisionError } from './errors.ts';
import { instanceLayout } from './layout.ts';
import { storedPassword } from './password.ts';
import { browserUrl, DEFAULT_SERVER_TIMEOUTS, startLocalServer, type LocalServerOptions } from './server.ts';

/** The app's local instance as described by the configuration (`<NEWSGRAPH_HOME>/neo4j`). */
export function localServerOptions(
  config: Config,
  log: (line: string) => void = console.log,
): LocalServerOptions {
  return {
    newsgraphHome: config.home,
    instanceHome: join(config.home, 'neo4j'),
    boltPort: config.neo4j.boltPort,
    httpPort: config.neo4j.httpPort,
    heap: config.neo4j.heap,
    pageCache: config.neo4j.pageCache,
    user: config.neo4j.user,
    password: config.neo4j.password,
    ...DEFAULT_SERVER_TIMEOUTS,
    log,
  };
}

/** How `ensureNeo4j` got its database. */
export interface EnsuredNeo4j {
  /** `external`: something else already answered at NEO4J_URI; nothing was started. */
  source: 'external' | 'local_started' | 'local_running';
  connection: Neo4jConnection;
  /** Neo4j Browser address, when it is ours. */
  browserUrl?: string;
}

// Only a URI that points at our own bolt port on this machine may be served by starting a local server.
function pointsAtLocalServer(uri: string, boltPort: number): boolean {
  const url = new URL(uri);
  const host = url.hostname;
  const port = url.port === '' ? 7687 : Number(url.port);
  return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host) && port === boltPort;
}

/** Returns a working connection: an answering Neo4j at NEO4J_URI, else the local server (started if needed). */
export async function ensureNeo4j(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<EnsuredNeo4j> {
  const options = localServerOptions(config, log);
  const password =
    config.neo4j.password ?? storedPassword(instanceLayout(options.newsgraphHome, options.instanceHome));
  const connection = { uri: config.neo4j.uri, user: config.neo4j.user, password: password ?? '' };
  const local = pointsAtLocalServer(config.neo4j.uri, config.neo4j.boltPort);
  if (password !== undefined && (await probe(connection, { connectionTimeoutMs: 3_000 })) === 'ok') {
    return local
      ? { source: 'local_running', connection, browserUrl: browserUrl(options) }
      : { source: 'external', connection };
  }
  if (!local) {
    throw new ProvisionError(
      'start_failed',
      `No Neo4j answers at ${config.neo4j.uri} with the configured user and password, and that is not ` +
        `newsgraph's own server (bolt 127.0.0.1:${config.neo4j.boltPort}). Check NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, ` +
        `or unset NEO4J_URI to let newsgraph run its own Neo4j.`,
    );
  }
  const started = await startLocalServer(options);
  return {
    source: started.outcome === 'started' ? 'local_started' : 'local_running',
    connection: started.connection,
    browserUrl: started.browserUrl,
  };
}
