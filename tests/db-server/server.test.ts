import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProvisionError } from '../../src/db-server/errors.ts';
import { instanceLayout } from '../../src/db-server/layout.ts';
import {
  localServerStatus,
  startLocalServer,
  stopLocalServer,
  type LocalServerOptions,
} from '../../src/db-server/server.ts';
import { connect } from '../../src/graph/driver.ts';
import { localTestServerOptions, testDbEnv } from '../helpers/test-db.ts';
import { freePort } from '../helpers/ports.ts';

// Each run gets its own instance folder and ports, apart from the app's and the shared test database.
async function scratchInstance(): Promise<LocalServerOptions> {
  const base = localTestServerOptions(testDbEnv(), () => undefined);
  return {
    ...base,
    instanceHome: join(base.newsgraphHome, `test-db-server-${process.pid}`),
    boltPort: await freePort(),
    httpPort: await freePort(),
  };
}

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function rejection(promise: Promise<unknown>): Promise<ProvisionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProvisionError);
  return error as ProvisionError;
}

async function answersQuery(options: LocalServerOptions): Promise<boolean> {
  const status = localServerStatus(options);
  if (status.state !== 'running') return false;
  const driver = await connect(status.connection);
  const result = await driver.executeQuery('RETURN 1 AS one');
  await driver.close();
  return result.records[0]?.get('one') === 1;
}

describe('local Neo4j server', () => {
  let options: LocalServerOptions;
  beforeAll(async () => {
    options = await scratchInstance();
  });
  afterAll(async () => {
    await stopLocalServer(options);
    rmSync(options.instanceHome, { recursive: true, force: true });
  });

  it('should report a never-started instance as stopped', () => {
    expect(localServerStatus(options)).toEqual({ state: 'stopped' });
  });

  it('should start, generate and keep a password, and answer queries', async () => {
    const started = await startLocalServer(options);
    expect(started.outcome).toBe('started');
    expect(started.connection.uri).toBe(`bolt://127.0.0.1:${options.boltPort}`);
    const layout = instanceLayout(options.newsgraphHome, options.instanceHome);
    expect(readFileSync(layout.passwordFile, 'utf8').trim()).toBe(started.connection.password);
    expect(statSync(layout.passwordFile).mode & 0o077).toBe(0);
    expect(await answersQuery(options)).toBe(true);
    const status = localServerStatus(options);
    expect(status.state === 'running' && status.memoryMiB).toBeGreaterThan(50);
  });

  it('should be harmless to start twice', async () => {
    const before = localServerStatus(options);
    const again = await startLocalServer(options);
    expect(again.outcome).toBe('already_running');
    expect(before.state === 'running' && before.pid).toBe(again.pid);
  });

  it('should refuse a port taken by another program and name the variable to change', async () => {
    const blocker: Server = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen({ port, host: '127.0.0.1' }, resolve));
    const other = {
      ...options,
      instanceHome: `${options.instanceHome}-other`,
      boltPort: port,
      httpPort: await freePort(),
    };
    const error = await rejection(startLocalServer(other));
    blocker.close();
    rmSync(other.instanceHome, { recursive: true, force: true });
    expect(error.id).toBe('port_taken');
    expect(error.message).toContain('NEO4J_BOLT_PORT');
  });

  it('should recover after being killed hard: stale pid file reported, next start works with the same password', async () => {
    const status = localServerStatus(options);
    if (status.state !== 'running') throw new Error('expected a running server');
    process.kill(status.pid, 'SIGKILL');
    await waitFor(() => localServerStatus(options).state === 'stopped');
    expect(localServerStatus(options)).toEqual({ state: 'stopped', stalePid: status.pid });
    const restarted = await startLocalServer(options);
    expect(restarted.outcome).toBe('started');
    expect(restarted.pid).not.toBe(status.pid);
    expect(restarted.connection.password).toBe(status.connection.password);
    expect(await answersQuery(options)).toBe(true);
  });

  it('should stop, then report stopped, and stopping again is harmless', async () => {
    const result = await stopLocalServer(options);
    expect(result.outcome).toBe('stopped');
    expect(localServerStatus(options)).toEqual({ state: 'stopped' });
    expect(await stopLocalServer(options)).toEqual({ outcome: 'not_running' });
  });

  it('should not mistake a reused pid (another live program) for its server', () => {
    const layout = instanceLayout(options.newsgraphHome, options.instanceHome);
    writeFileSync(layout.pidFile, `${process.pid}\n`);
    expect(localServerStatus(options)).toEqual({ state: 'stopped', stalePid: process.pid });
  });
});
