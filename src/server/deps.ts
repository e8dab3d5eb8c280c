/**
 * What the HTTP server needs from the outside world, injected by `createApp` callers
 * (src/cli/start.ts, tests, the web benchmark) so nothing in src/server reads process.env.
 */
import type { Driver } from 'neo4j-driver';

/** The slice of the app configuration the server reads. */
export interface ServerConfig {
  /** Timeout for ad hoc Cypher, in milliseconds. */
  cypherTimeoutMs?: number;
}

/** Minimal structured logger; `console` satisfies it. */
export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/** Everything `createApp` is given. */
export interface AppDeps {
  config: ServerConfig;
  driver: Driver;
  logger: Logger;
}
