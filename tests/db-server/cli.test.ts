import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.ts';
import { localTestServerOptions, testDbEnv } from '../helpers/test-db.ts';
import { freePort } from '../helpers/ports.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

describe('npm run db:*', () => {
  let env: Record<string, string>;
  let home: string;

  function db(command: string, extra: Record<string, string> = {}): { code: number | null; out: string } {
    const result = spawnSync(TSX, ['src/cli/db.ts', command], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env, ...extra },
    });
    return { code: result.status, out: result.stdout + result.stderr };
  }

  beforeAll(async () => {
    // A home of its own, borrowing the already downloaded jars instead of fetching them again.
    const shared = localTestServerOptions(testDbEnv(), () => undefined).newsgraphHome;
    mkdirSync(shared, { recursive: true });
    home = mkdtempSync(join(shared, 'test-cli-'));
    symlinkSync(join(shared, 'lib'), join(home, 'lib'));
    const bolt = await freePort();
    env = {
      NEWSGRAPH_HOME: home,
      NEO4J_BOLT_PORT: String(bolt),
      NEO4J_HTTP_PORT: String(await freePort()),
      NEO4J_URI: `bolt://127.0.0.1:${bolt}`,
    };
  });
  afterAll(() => {
    db('stop');
    rmSync(home, { recursive: true, force: true });
  });

  it('should say "not running" with exit code 3 before the first start', () => {
    const { code, out } = db('status');
    expect(code).toBe(3);
    expect(out).toContain('not running');
  });

  it('should start, report running with the Browser address, and start again harmlessly', () => {
    const first = db('start');
    // The output first: when the start fails, the message says why.
    expect(first.out).toContain(`Started Neo4j at ${env.NEO4J_URI}`);
    expect(first.code).toBe(0);
    const status = db('status');
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/running: pid \d+/);
    expect(status.out).toContain(`http://127.0.0.1:${env.NEO4J_HTTP_PORT}/browser/`);
    const again = db('start');
    expect(again.code).toBe(0);
    expect(again.out).toContain('already running');
  });

  it('should stop, then report not running', () => {
    expect(db('stop').out).toContain('Stopped Neo4j');
    expect(db('status').code).toBe(3);
    expect(db('stop').out).toContain('not running');
  });

  it('should exit with 2 and name each bad variable', () => {
    const { code, out } = db('status', { NEO4J_BOLT_PORT: 'abc', NEO4J_HEAP: 'big' });
    expect(code).toBe(2);
    expect(out).toContain('NEO4J_BOLT_PORT');
    expect(out).toContain('NEO4J_HEAP');
  });

  it('should exit with 2 on an unknown command', () => {
    expect(db('restart').code).toBe(2);
  });
});
