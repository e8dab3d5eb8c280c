/**
 * `npm run db:start | db:stop | db:status`: the local Neo4j server as a background process.
 * Exit codes: 0 done / running, 1 failed, 2 bad usage or configuration, 3 status: not running.
 */
import { relative } from 'node:path';
import { REPO_ROOT, type Config } from '../config.ts';
import { instanceLayout } from '../db-server/layout.ts';
import { ensureNeo4j, localServerOptions } from '../db-server/local.ts';
import { localServerStatus, stopLocalServer } from '../db-server/server.ts';
import { readConfig, runCli } from './connect.ts';

const COMMANDS = ['start', 'stop', 'status'] as const;
type Command = (typeof COMMANDS)[number];

function passwordHint(config: Config): string {
  if (config.neo4j.password !== undefined) return 'password from NEO4J_PASSWORD';
  const options = localServerOptions(config);
  const file = instanceLayout(options.newsgraphHome, options.instanceHome).passwordFile;
  return `password in ${relative(REPO_ROOT, file) || file}`;
}

async function start(config: Config): Promise<number> {
  const db = await ensureNeo4j(config, (line) => console.log(line));
  const how = {
    external: 'Using the Neo4j already running at',
    local_started: 'Started Neo4j at',
    local_running: 'Neo4j already running at',
  };
  console.log(`${how[db.source]} ${db.connection.uri} (user ${db.connection.user}, ${passwordHint(config)})`);
  if (db.browserUrl) console.log(`Neo4j Browser: ${db.browserUrl}`);
  return 0;
}

async function stop(config: Config): Promise<number> {
  const result = await stopLocalServer(localServerOptions(config));
  if (result.outcome === 'not_running') console.log('Neo4j is not running (nothing to stop).');
  else console.log(`Stopped Neo4j (pid ${result.pid}${result.forced ? ', killed after a timeout' : ''}).`);
  return 0;
}

function status(config: Config): number {
  const s = localServerStatus(localServerOptions(config));
  if (s.state === 'stopped') {
    const stale =
      s.stalePid === undefined
        ? ''
        : ` (stale pid file for process ${s.stalePid}; the next start removes it)`;
    console.log(`Neo4j is not running${stale}. Start it with \`npm run db:start\`.`);
    return 3;
  }
  const memory = s.memoryMiB === undefined ? '' : `, ${s.memoryMiB} MiB resident`;
  console.log(
    `Neo4j is running: pid ${s.pid}${memory}, ${s.connection.uri}, browser ${s.browserUrl} (${passwordHint(config)})`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const command: Command | undefined = COMMANDS.find((c) => c === argv[0]);
  if (command === undefined || argv.length > 1) {
    console.error(`Usage: tsx src/cli/db.ts <${COMMANDS.join('|')}>`);
    return 2;
  }
  const config = readConfig();
  if (config === null) return 2;
  if (command === 'start') return start(config);
  if (command === 'stop') return stop(config);
  return status(config);
}

runCli(main);
