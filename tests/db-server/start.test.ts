import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config.ts';
import { testNeo4jEnv } from '../helpers/neo4j.ts';
import { freePort } from '../helpers/ports.ts';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (pattern.test(output)) resolve(output);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${output}`)));
  });
}

describe('npm start', () => {
  it('should bring up the explorer on the configured Neo4j and stop the web server on Ctrl-C', async () => {
    const port = await freePort();
    const child = spawn(TSX, ['src/cli/start.ts'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        ...testNeo4jEnv(),
        PORT: String(port),
      },
    });
    const output = await waitForLine(child, /running at (http:\S+)/);
    expect(output).toContain(`http://127.0.0.1:${port}/`);
    const status = await fetch(`http://127.0.0.1:${port}/api/status`);
    expect(status.status).toBe(200);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const goodbye = waitForLine(child, /db:stop/);
    child.kill('SIGINT');
    await goodbye;
    expect(await exited).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('should exit with a message naming the variable when the configuration is bad', async () => {
    const child = spawn(TSX, ['src/cli/start.ts'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', ...testNeo4jEnv(), PORT: 'eighty' },
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(output).toContain('PORT');
  });
});
