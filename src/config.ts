/**
 * newsgraph's configuration: the only reader of `process.env`. Every key is parsed once with zod;
 * a bad value stops start-up with one line per problem instead of failing later in a socket.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root, so relative paths mean the same from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

const port = z.coerce.number().int().min(1).max(65535);
// "512m", "2g": the units Java's -Xmx and Neo4j's page cache setting both accept.
const memorySize = z.string().regex(/^\d+[kmgKMG]$/, 'expected a size such as 512m or 2g');
const nonEmpty = z.string().trim().min(1);

const envSchema = z.object({
  // Unset: newsgraph's own server, at bolt://127.0.0.1:<NEO4J_BOLT_PORT>.
  NEO4J_URI: nonEmpty.url().optional(),
  NEO4J_USER: nonEmpty.default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j needs at least 8 characters').optional(),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: memorySize.default('512m'),
  NEO4J_PAGECACHE: memorySize.default('256m'),
  // Unset: the driver default (src/graph/driver.ts), sized for Neo4j on the same small machine.
  NEO4J_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1000).optional(),
  NEWSGRAPH_HOME: nonEmpty.default('.newsgraph'),
  PORT: port.default(3000),
  HOST: nonEmpty.default('127.0.0.1'),
  NEWSGRAPH_SEEDS: nonEmpty.default('../shared/seeds'),
  NEWSGRAPH_ARTICLES: nonEmpty.optional(),
  // Time limit of one ad hoc Cypher query from the explorer's console, in milliseconds.
  NEWSGRAPH_CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
});

/** How to reach Neo4j and, when newsgraph runs it itself, how to size the local server. */
export interface Neo4jConfig {
  uri: string;
  user: string;
  /** Undefined: use the password generated for the local server on its first start. */
  password: string | undefined;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** Largest Bolt connection pool of one process (the explorer's server, an import); undefined: the driver default. */
  maxConnections: number | undefined;
}

/** The parsed configuration; paths are absolute. */
export interface Config {
  neo4j: Neo4jConfig;
  /** Git-ignored folder for the downloaded Neo4j jars and the local server instances. */
  home: string;
  /** Web server address. */
  server: { port: number; host: string; cypherTimeoutMs: number };
  /** Folder of the seed articles and their gold file. */
  seeds: string;
  /** Articles (file or folder) imported by `npm start`; undefined imports nothing. */
  articles: string | undefined;
}

/** Thrown by `loadConfig` with every problem found, one per line, each naming its variable. */
export class ConfigError extends Error {
  readonly id = 'invalid_config';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(REPO_ROOT, path);
}

// An empty variable (`NEO4J_PASSWORD=` in a shell) means "not set", as most tools treat it.
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

/** Parses the environment into a `Config`; throws `ConfigError` listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.NEO4J_BOLT_PORT}`,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      maxConnections: e.NEO4J_MAX_CONNECTIONS,
    },
    home: absolute(e.NEWSGRAPH_HOME),
    server: { port: e.PORT, host: e.HOST, cypherTimeoutMs: e.NEWSGRAPH_CYPHER_TIMEOUT_MS },
    seeds: absolute(e.NEWSGRAPH_SEEDS),
    articles: e.NEWSGRAPH_ARTICLES === undefined ? undefined : absolute(e.NEWSGRAPH_ARTICLES),
  };
}
