/**
 * The database session every graph CLI (import, query, entities) opens: config parsed, Neo4j
 * reachable (the local server is started when it is ours), schema applied, driver closed at the end.
 */
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config.ts';
import { describeFailure } from '../db-server/errors.ts';
import { ensureNeo4j } from '../db-server/local.ts';
import { connect } from '../graph/driver.ts';
import { applySchema } from '../graph/schema.ts';

/** What a command body gets. */
export interface GraphContext {
  config: Config;
  driver: Driver;
}

/** Runs `body` with a connected driver; returns its exit code, or 1 when the database is unreachable. */
export async function withGraph(body: (ctx: GraphContext) => Promise<number>): Promise<number> {
  const config = readConfig();
  if (config === null) return 2;
  // Server start-up chatter goes to stderr so stdout stays the command's own output.
  const db = await ensureNeo4j(config, (line) => console.error(line));
  const driver = await connect(db.connection, { maxPoolSize: config.neo4j.maxConnections });
  try {
    await applySchema(driver);
    return await body({ config, driver });
  } finally {
    await driver.close();
  }
}

/** The configuration, or null after printing what is wrong with it (the caller exits with 2). */
export function readConfig(): Config | null {
  try {
    return loadConfig();
  } catch (error) {
    console.error(describeFailure(error));
    return null;
  }
}

/** Runs a CLI's main and sets the exit code; an unexpected error is printed readably, exit 1. */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(describeFailure(error));
      process.exitCode = 1;
    },
  );
}
