/**
 * The Neo4j instance a bench runs on: its own folder and ports under NEWSGRAPH_HOME, never the
 * user's graph, started before the bench and stopped after it (unless `--keep`).
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config.ts';
import { localServerOptions } from '../db-server/local.ts';
import { startLocalServer, stopLocalServer, type LocalServerOptions } from '../db-server/server.ts';
import { connect, type DriverOptions } from '../graph/driver.ts';
import { clearGraph } from '../graph/schema.ts';

/** Which instance, and how it runs. */
export interface BenchInstanceOptions {
  /** Folder name under NEWSGRAPH_HOME (`bench-neo4j`). */
  folder: string;
  boltPort: number;
  httpPort: number;
  /** Heap and page cache overrides for big graphs. */
  memory?: Pick<LocalServerOptions, 'heap' | 'pageCache'>;
  /** Driver tuning (a bigger pool for many concurrent clients). */
  driver?: Partial<DriverOptions>;
  /** Leave the instance running afterwards. */
  keep: boolean;
}

/** What a bench body gets: an empty graph with the schema applied. */
export interface BenchInstance {
  driver: Driver;
  /** The Neo4j process id (for CPU accounting). */
  pid: number;
  /** The instance's folder. */
  home: string;
}

function serverOptions(options: BenchInstanceOptions): LocalServerOptions {
  const base = localServerOptions(loadConfig(), (line) => process.stderr.write(`${line}\n`));
  return {
    ...base,
    instanceHome: join(base.newsgraphHome, options.folder),
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    password: undefined,
    ...options.memory,
  };
}

/** Starts the instance, empties it, runs `body`, then closes the driver and stops the instance. */
export async function withBenchInstance<T>(
  options: BenchInstanceOptions,
  body: (instance: BenchInstance) => Promise<T>,
): Promise<T> {
  const server = serverOptions(options);
  const started = await startLocalServer(server);
  const driver = await connect(started.connection, options.driver);
  try {
    await clearGraph(driver);
    return await body({ driver, pid: started.pid, home: server.instanceHome });
  } finally {
    await driver.close();
    if (!options.keep) await stopLocalServer(server);
  }
}
