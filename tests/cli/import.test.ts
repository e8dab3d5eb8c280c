import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphCounts, rows } from '../helpers/graph-counts.ts';
import { cleanDatabase, testDriver, testNeo4jEnv } from '../helpers/neo4j.ts';

const REPO = join(import.meta.dirname, '..', '..');

// Two short articles of the genre, written for this test.
const FIRST = `Turkey and Pakistan agree on naval drills
ANKARA, March 3 (Anatolia Wire) - Turkish Defense Minister Kemal Demir met his Pakistani counterpart Tariq Qureshi in Ankara on Wednesday to plan joint naval drills in the Arabian Sea.
"Our navies will train together next spring," Demir said after the talks.
`;
const SECOND = `Kazakh and Uzbek foreign ministers meet in Tashkent
TASHKENT, June 14 (Steppe News) - Kazakh Foreign Minister Aidar Nurlanov held talks with Uzbek Foreign Minister Jasur Karimov in Tashkent on Monday on water sharing and rail links.
Nurlanov told reporters the two countries would sign a transit agreement in the autumn.
`;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function runImportCli(args: string[]): Promise<CliResult> {
  return runCli('src/cli/import.ts', args);
}

function runCli(script: string, args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', script, ...args],
      { cwd: REPO, env: { ...process.env, ...testNeo4jEnv() }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run import', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-import-'));
    await writeFile(join(dir, 'first.txt'), FIRST);
    await writeFile(join(dir, 'second.txt'), SECOND);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    // Latin-1 bytes of "Bakı, 3 Mart" with an invalid UTF-8 sequence.
    await writeFile(
      join(dir, 'latin1.txt'),
      Buffer.from([0x42, 0x61, 0x6b, 0xfd, 0x2c, 0x20, 0x33, 0x20, 0x4d, 0x61, 0x72, 0x74]),
    );
  });
  afterAll(() => driver.close());

  it('should import the good files, skip the bad ones with reasons, and exit 2', async () => {
    const result = await runImportCli([dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Imported 2 new');
    expect(result.stdout).toMatch(/empty\.txt \[empty\]: .*empty/);
    expect(result.stdout).toMatch(/binary\.txt \[binary\]: .*binary/);
    expect(result.stdout).toMatch(/latin1\.txt \[encoding\]: /);
    // Not a terminal: plain progress lines on stderr, one per file.
    expect(result.stderr).toMatch(/\[\d\/5\] imported .*first\.txt/);
    const people = await rows(driver, 'MATCH (p:Person) RETURN p.name AS name ORDER BY name');
    expect(people.map((p) => p['name'])).toEqual(expect.arrayContaining(['Kemal Demir', 'Aidar Nurlanov']));
  });

  it('should change nothing and exit 0 when the good files are imported again', async () => {
    const before = await graphCounts(driver);
    const result = await runImportCli([join(dir, 'first.txt'), join(dir, 'second.txt'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ unchanged: 2, imported: 0, skipped: [] });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('should answer a canned question about the imported articles from the shell', async () => {
    const result = await runCli('src/cli/query.ts', ['who-met-whom', '--person', 'Qureshi', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      expect.objectContaining({
        counterpart: 'Kemal Demir',
        place: 'Ankara',
        evidence: expect.stringContaining('met his Pakistani counterpart'),
      }),
    ]);
  });

  it('should refuse to run without paths', async () => {
    const result = await runImportCli([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: npm run import');
  });
});
