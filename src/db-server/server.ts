/**
 * Runs a local Neo4j Community server as a detached background java process: start (download,
 * configure, set the password, spawn, wait for a real query), stop (SIGTERM, then SIGKILL), status.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { probe, type Neo4jConnection } from '../graph/driver.ts';
import { renderConf } from './conf.ts';
import { ensureDownloaded } from './download.ts';
import { ProvisionError } from './errors.ts';
import { instanceLayout, type InstanceLayout } from './layout.ts';
import { withLock } from './lock.ts';
import { instancePassword, isFirstStart, setInitialPassword, storedPassword } from './password.ts';
import { isOurNeo4j, residentMemoryMiB, waitForExit, waitUntilGone } from './process.ts';
import { logTail, requireFreePorts, spawnServer } from './launch.ts';
import { requireJava } from './tools.ts';
import { neo4jVersions } from './versions.ts';

/** Everything that describes one local instance. */
export interface LocalServerOptions {
  /** NEWSGRAPH_HOME: the shared jar folder lives below it. */
  newsgraphHome: string;
  /** This instance's folder; by default `<newsgraphHome>/neo4j`. */
  instanceHome: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  user: string;
  /** NEO4J_PASSWORD, or undefined to generate one on first start. */
  password: string | undefined;
  /** How long a start may take before giving up, in ms. */
  startTimeoutMs: number;
  /** How long to wait after SIGTERM before SIGKILL, in ms. */
  stopTimeoutMs: number;
  /** Where progress lines go. */
  log: (line: string) => void;
}

/** Defaults that are not configuration: timeouts measured with room to spare (start ~6 s, stop ~12 s). */
export const DEFAULT_SERVER_TIMEOUTS = { startTimeoutMs: 180_000, stopTimeoutMs: 60_000 } as const;

/** State of a local instance. */
export type ServerStatus =
  | {
      state: 'running';
      pid: number;
      connection: Neo4jConnection;
      browserUrl: string;
      memoryMiB: number | undefined;
    }
  | { state: 'stopped'; stalePid?: number };

/** Result of `startLocalServer`. */
export interface StartResult {
  outcome: 'started' | 'already_running';
  pid: number;
  connection: Neo4jConnection;
  browserUrl: string;
}

/** Result of `stopLocalServer`. */
export type StopResult = { outcome: 'stopped'; pid: number; forced: boolean } | { outcome: 'not_running' };

function layoutOf(options: LocalServerOptions): InstanceLayout {
  return instanceLayout(options.newsgraphHome, options.instanceHome);
}

function readPid(layout: InstanceLayout): number | undefined {
  try {
    const pid = Number(readFileSync(layout.pidFile, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function connectionOf(options: LocalServerOptions, password: string): Neo4jConnection {
  return { uri: `bolt://127.0.0.1:${options.boltPort}`, user: options.user, password };
}

/** Where the Neo4j Browser of this instance answers. */
export function browserUrl(options: Pick<LocalServerOptions, 'httpPort'>): string {
  return `http://127.0.0.1:${options.httpPort}/browser/`;
}

/** Reports whether this instance runs; a pid file whose process is gone is reported as `stalePid`. */
export function localServerStatus(options: LocalServerOptions): ServerStatus {
  const layout = layoutOf(options);
  const pid = readPid(layout);
  if (pid === undefined) return { state: 'stopped' };
  if (!isOurNeo4j(pid, layout.home)) return { state: 'stopped', stalePid: pid };
  // Status only reads: a missing password file must not be filled with a new (wrong) password here.
  const password = options.password ?? storedPassword(layout) ?? '';
  return {
    state: 'running',
    pid,
    connection: connectionOf(options, password),
    browserUrl: browserUrl(options),
    memoryMiB: residentMemoryMiB(pid),
  };
}

/** Waits until a real query answers (Bolt opens ~1.5 s before queries work). */
async function waitUntilReady(
  options: LocalServerOptions,
  layout: InstanceLayout,
  pid: number,
  password: string,
): Promise<void> {
  const deadline = Date.now() + options.startTimeoutMs;
  const connection = connectionOf(options, password);
  for (;;) {
    const result = await probe(connection, { connectionTimeoutMs: 2_000 });
    if (result === 'ok') return;
    if (result === 'auth_failed' || result === 'auth_rate_limited') {
      throw new ProvisionError(
        'password_mismatch',
        `The Neo4j in ${layout.home} runs but rejects the password. It keeps the password it was first started with ` +
          `(${layout.passwordFile}, or NEO4J_PASSWORD at that time): set NEO4J_PASSWORD to that one, or stop it and delete ${layout.home} to start afresh.`,
      );
    }
    if (!isOurNeo4j(pid, layout.home)) {
      throw new ProvisionError(
        'start_failed',
        `Neo4j exited during start. Last lines of ${layout.consoleLog}:\n${logTail(layout)}`,
      );
    }
    if (Date.now() > deadline) {
      throw new ProvisionError(
        'start_timeout',
        `Neo4j did not answer within ${options.startTimeoutMs / 1000} s; it keeps starting in the background. ` +
          `See ${layout.consoleLog}, or run \`npm run db:status\` later.`,
      );
    }
    await sleep(500);
  }
}

async function startUnlocked(options: LocalServerOptions, layout: InstanceLayout): Promise<StartResult> {
  const status = localServerStatus(options);
  if (status.state === 'running') {
    await waitUntilReady(options, layout, status.pid, status.connection.password);
    return {
      outcome: 'already_running',
      pid: status.pid,
      connection: status.connection,
      browserUrl: status.browserUrl,
    };
  }
  if (status.stalePid !== undefined) {
    options.log(`Removing stale pid file (process ${status.stalePid} is not running).`);
    rmSync(layout.pidFile, { force: true });
    // A process killed with SIGKILL a moment ago may still be on its way out; its store lock goes with it.
    await waitUntilGone(status.stalePid, 10_000);
  }
  requireJava();
  await requireFreePorts(options);
  await ensureDownloaded(layout.lib, neo4jVersions(), options.log);
  mkdirSync(layout.conf, { recursive: true });
  writeFileSync(layout.confFile, renderConf(options));
  const password = instancePassword(layout, options.password);
  if (isFirstStart(layout)) setInitialPassword(layout, password);
  options.log(
    `Starting Neo4j in ${layout.home} (bolt 127.0.0.1:${options.boltPort}, heap ${options.heap}) ...`,
  );
  const pid = spawnServer(options, layout);
  await waitUntilReady(options, layout, pid, password);
  return {
    outcome: 'started',
    pid,
    connection: connectionOf(options, password),
    browserUrl: browserUrl(options),
  };
}

/** Starts the instance unless it already runs; resolves once it answers queries. */
export async function startLocalServer(options: LocalServerOptions): Promise<StartResult> {
  const layout = layoutOf(options);
  mkdirSync(layout.home, { recursive: true });
  // Two starts at once (two terminals, two test runs) must not spawn two servers on one folder.
  return withLock(join(layout.home, 'start.lock'), () => startUnlocked(options, layout), {
    timeoutMs: options.startTimeoutMs * 2,
  });
}

/** Stops the instance: SIGTERM, wait for a clean shutdown, SIGKILL when it hangs. */
export async function stopLocalServer(options: LocalServerOptions): Promise<StopResult> {
  const layout = layoutOf(options);
  const status = localServerStatus(options);
  if (status.state === 'stopped') {
    rmSync(layout.pidFile, { force: true });
    return { outcome: 'not_running' };
  }
  process.kill(status.pid, 'SIGTERM');
  let forced = false;
  if (!(await waitForExit(status.pid, layout.home, options.stopTimeoutMs))) {
    options.log(`Neo4j did not stop within ${options.stopTimeoutMs / 1000} s; killing it.`);
    process.kill(status.pid, 'SIGKILL');
    forced = true;
    if (!(await waitForExit(status.pid, layout.home, 10_000))) {
      throw new ProvisionError('stop_failed', `Could not stop process ${status.pid}; kill it by hand.`);
    }
  }
  rmSync(layout.pidFile, { force: true });
  return { outcome: 'stopped', pid: status.pid, forced };
}
