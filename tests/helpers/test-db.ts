/**
 * Which real Neo4j the integration tests use, decided once by tests/global-setup.ts: one given by
 * NEWSGRAPH_TEST_NEO4J_URI, a testcontainers Neo4j when a container runtime works, or a local test
 * instance started on demand (its own ports and folder, apart from the app's database).
 */
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from '../../src/config.ts';
import { DEFAULT_SERVER_TIMEOUTS, type LocalServerOptions } from '../../src/db-server/server.ts';

/** Test-only environment variables (tests are outside src/, so they read their own). */
const testEnvSchema = z.object({
  NEWSGRAPH_TEST_NEO4J_URI: z.string().url().optional(),
  NEWSGRAPH_TEST_NEO4J_USER: z.string().min(1).default('neo4j'),
  NEWSGRAPH_TEST_NEO4J_PASSWORD: z.string().optional(),
  NEWSGRAPH_TEST_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7688),
  NEWSGRAPH_TEST_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(7475),
  NEWSGRAPH_TEST_DB_DIR: z.string().min(1).default('.newsgraph/test-neo4j'),
  NEWSGRAPH_TEST_KEEP_DB: z.enum(['0', '1', 'true', 'false']).optional(),
  /** `local` skips the container runtime check, `container` insists on one. */
  NEWSGRAPH_TEST_DB: z.enum(['auto', 'local', 'container']).default('auto'),
  NEWSGRAPH_HOME: z.string().min(1).default('.newsgraph'),
});

/** Parsed test settings. */
export type TestDbEnv = z.infer<typeof testEnvSchema>;

/** Parses the test variables; an empty variable counts as unset. */
export function testDbEnv(env: NodeJS.ProcessEnv = process.env): TestDbEnv {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  return testEnvSchema.parse(present);
}

/** True when the test database should be left running after the run (NEWSGRAPH_TEST_KEEP_DB=1). */
export function keepDb(env: TestDbEnv): boolean {
  return env.NEWSGRAPH_TEST_KEEP_DB === '1' || env.NEWSGRAPH_TEST_KEEP_DB === 'true';
}

function absolute(path: string): string {
  return path.startsWith('/') ? path : join(REPO_ROOT, path);
}

/** The local test instance: shares the downloaded jars, but not ports or data, with the app's server. */
export function localTestServerOptions(env: TestDbEnv, log: (line: string) => void): LocalServerOptions {
  return {
    newsgraphHome: absolute(env.NEWSGRAPH_HOME),
    instanceHome: absolute(env.NEWSGRAPH_TEST_DB_DIR),
    boltPort: env.NEWSGRAPH_TEST_BOLT_PORT,
    httpPort: env.NEWSGRAPH_TEST_HTTP_PORT,
    heap: '512m',
    pageCache: '128m',
    user: 'neo4j',
    password: undefined,
    ...DEFAULT_SERVER_TIMEOUTS,
    log,
  };
}
