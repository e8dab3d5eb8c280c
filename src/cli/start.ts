/**
 * `npm start [-- <article files or folders...>]`: makes sure Neo4j runs (or uses the configured one),
 * applies the schema, imports the given articles (or NEWSGRAPH_ARTICLES), then serves the explorer.
 * Ctrl-C stops the web server; Neo4j keeps running until `npm run db:stop`.
 * Exit codes: 0 after Ctrl-C, 1 start-up failed, 2 bad configuration.
 */
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { describeFailure } from '../db-server/errors.ts';
import { ensureNeo4j } from '../db-server/local.ts';
import { connect } from '../graph/driver.ts';
import { warmQueries } from '../graph/queries/warm-up.ts';
import { applySchema } from '../graph/schema.ts';
import { createApp, warmUp } from '../server/app.ts';
import { loadModel } from '../extract/model/index.ts';
import { runImport } from '../graph/import.ts';
import { createProgressReporter, formatSummary } from './progress.ts';

const log = (line: string): void => console.log(line);

/** Articles to import: paths on the command line win over NEWSGRAPH_ARTICLES. */
function articlePaths(config: Config, args: string[]): string[] {
  if (args.length > 0) return args;
  return config.articles === undefined ? [] : [config.articles];
}

// The one place `npm start` imports articles (through `runImport`, src/graph/import.ts).
async function importArticles(deps: { config: Config; driver: Driver }, paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  log(`Importing ${paths.join(', ')} ...`);
  const reporter = createProgressReporter();
  const summary = await runImport({ ...deps, model: loadModel() }, paths, {
    onProgress: (p) => reporter.update(p),
  }).finally(() => reporter.stop());
  log(formatSummary(summary));
}
// ────────────────────────────────────────────────────────────────────────────────────────────────

function listen(config: Config, driver: Driver): Promise<Server> {
  const app = createApp({
    config: { cypherTimeoutMs: config.server.cypherTimeoutMs },
    driver,
    logger: console,
  });
  return new Promise((resolve, reject) => {
    const server = app.listen(config.server.port, config.server.host, (error?: Error) => {
      if (error) reject(error);
      else resolve(server);
    });
    server.once('error', reject);
  });
}

function stopOnSignal(server: Server, driver: Driver): void {
  const stop = (): void => {
    log('\nStopping the web server. Neo4j keeps running; `npm run db:stop` stops it.');
    server.close();
    server.closeAllConnections();
    void driver.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function explainListenError(error: unknown, config: Config): Error {
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    return new Error(
      `Port ${config.server.port} on ${config.server.host} is in use; set PORT to a free port.`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

async function main(args: string[]): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  // The page bundle builds while Neo4j starts and articles import, so the first page load does not wait for it.
  const bundled = warmUp().then(
    () => undefined,
    (error: unknown) =>
      log(`The page bundle failed (retried on the first page load): ${describeFailure(error)}`),
  );
  const db = await ensureNeo4j(config, log);
  log(`Neo4j: ${db.connection.uri}${db.source === 'external' ? ' (existing server)' : ''}`);
  const driver = await connect(db.connection, { maxPoolSize: config.neo4j.maxConnections });
  await applySchema(driver);
  await importArticles({ config, driver }, articlePaths(config, args));
  const server = await listen(config, driver).catch((error: unknown) => {
    void driver.close();
    throw explainListenError(error, config);
  });
  stopOnSignal(server, driver);
  // In the background: the page answers at once, and the first search no longer waits on planning.
  warmQueries(driver).catch((error: unknown) =>
    log(`Warming up the canned queries failed (they plan on first use instead): ${describeFailure(error)}`),
  );
  await bundled;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`newsgraph is running at http://${config.server.host}:${config.server.port}/ (ready in ${seconds} s)`);
  if (db.browserUrl) log(`Neo4j Browser: ${db.browserUrl}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(describeFailure(error));
  process.exitCode = error instanceof ConfigError ? 2 : 1;
});
