/**
 * Opening a Neo4j driver and proving it works, with errors that say what to do next.
 * Errors are recognised by the driver's `code`, never by message text.
 */
import { availableParallelism } from 'node:os';
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { boltPort, noDelayForPort } from './no-delay.ts';

/** Where and as whom to connect. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/** Tuning for `createDriver`. */
export interface DriverOptions {
  /** How long one connection attempt may take, in ms. */
  connectionTimeoutMs: number;
  /** Largest number of pooled connections. */
  maxPoolSize: number;
}

/**
 * Defaults for `createDriver`: fail fast on a dead address; a pool of two connections per core.
 * Neo4j serves each Bolt connection on its own thread, and threads beyond the cores only take turns:
 * on 2 cores the web bench served 367–473 req/s with 100 connections, 472–488 with 8, 679–789 with
 * 4 and 438–468 with 2 (docs/benchmarks.md). Requests beyond the pool wait in the driver's queue.
 */
export const DEFAULT_DRIVER_OPTIONS: DriverOptions = {
  connectionTimeoutMs: 5_000,
  maxPoolSize: Math.max(2, 2 * availableParallelism()),
};

/** Why a connection failed; a stable id for tests and HTTP responses. */
export type ConnectionProblem = 'auth_failed' | 'auth_rate_limited' | 'unreachable' | 'unknown';

/** A failed connection with a readable message (HTTP 503 when a route meets it). */
export class Neo4jConnectionError extends Error {
  readonly status = 503;
  constructor(
    readonly id: ConnectionProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'Neo4jConnectionError';
  }
}

/** Creates a driver (no I/O yet); numbers come back as JS numbers where they fit; Bolt writes go out at once. */
export function createDriver(connection: Neo4jConnection, options: Partial<DriverOptions> = {}): Driver {
  // Field by field: an option given as undefined (an unset variable) keeps its default.
  const o: DriverOptions = {
    connectionTimeoutMs: options.connectionTimeoutMs ?? DEFAULT_DRIVER_OPTIONS.connectionTimeoutMs,
    maxPoolSize: options.maxPoolSize ?? DEFAULT_DRIVER_OPTIONS.maxPoolSize,
  };
  const port = boltPort(connection.uri);
  if (port !== null) noDelayForPort(port);
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: o.connectionTimeoutMs,
    maxConnectionPoolSize: o.maxPoolSize,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}

/** Maps a driver error to a `Neo4jConnectionError` whose message says what to check. */
export function explainConnectionError(error: unknown, connection: Neo4jConnection): Neo4jConnectionError {
  const code = error instanceof Neo4jError ? error.code : undefined;
  const where = `${connection.uri} as "${connection.user}"`;
  switch (code) {
    case 'Neo.ClientError.Security.Unauthorized':
      return new Neo4jConnectionError(
        'auth_failed',
        `Neo4j at ${where} rejected the password. Check NEO4J_USER and NEO4J_PASSWORD ` +
          `(unset NEO4J_PASSWORD to use the one newsgraph generated for its own server).`,
        { cause: error },
      );
    case 'Neo.ClientError.Security.AuthenticationRateLimit':
      return new Neo4jConnectionError(
        'auth_rate_limited',
        `Neo4j at ${where} refuses logins for a while after too many wrong passwords. Wait a few seconds, then check NEO4J_PASSWORD.`,
        { cause: error },
      );
    case neo4j.error.SERVICE_UNAVAILABLE:
    case 'ECONNREFUSED':
      return new Neo4jConnectionError(
        'unreachable',
        `Nothing answers at ${connection.uri}. Run \`npm run db:start\` to start newsgraph's own Neo4j, ` +
          `or set NEO4J_URI to a running Neo4j.`,
        { cause: error },
      );
    default:
      return new Neo4jConnectionError(
        'unknown',
        `Could not use Neo4j at ${where}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
  }
}

/** Runs one real query (not just a handshake); throws a `Neo4jConnectionError` when it fails. */
export async function verifyDriver(driver: Driver, connection: Neo4jConnection): Promise<void> {
  // A plain session, not executeQuery: managed transactions retry for 30 s, a probe must not.
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await session.run('RETURN 1 AS ok');
  } catch (error) {
    throw explainConnectionError(error, connection);
  } finally {
    await session.close();
  }
}

/** Creates a driver and verifies it; closes it again when it does not work. */
export async function connect(
  connection: Neo4jConnection,
  options: Partial<DriverOptions> = {},
): Promise<Driver> {
  const driver = createDriver(connection, options);
  try {
    await verifyDriver(driver, connection);
    return driver;
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** Tries one query at `connection`: 'ok', or the id of what went wrong. Never throws. */
export async function probe(
  connection: Neo4jConnection,
  options: Partial<DriverOptions> = {},
): Promise<'ok' | ConnectionProblem> {
  try {
    const driver = await connect(connection, options);
    await driver.close();
    return 'ok';
  } catch (error) {
    return error instanceof Neo4jConnectionError ? error.id : 'unknown';
  }
}
