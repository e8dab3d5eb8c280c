import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureDownloaded } from '../../src/db-server/download.ts';
import { ProvisionError } from '../../src/db-server/errors.ts';
import { parseJavaMajor, requireJava, requireMaven } from '../../src/db-server/tools.ts';
import { parseVersions } from '../../src/db-server/versions.ts';

function thrown(action: () => unknown): ProvisionError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ProvisionError);
    return error as ProvisionError;
  }
  throw new Error('expected a ProvisionError');
}

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', undefined],
  ])('should read %j as %j', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('parseVersions', () => {
  it('should read the pinned versions and ignore comments', () => {
    expect(parseVersions('# pin\nNEO4J_VERSION=5.26.1\n\nNEO4J_BROWSER_VERSION=5.24.0\n')).toEqual({
      neo4j: '5.26.1',
      browser: '5.24.0',
    });
  });

  it('should refuse a file without the Neo4j version', () => {
    expect(() => parseVersions('NEO4J_BROWSER_VERSION=5.24.0')).toThrow(/NEO4J_VERSION/);
  });
});

describe('missing tools', () => {
  let path: string | undefined;
  beforeEach(() => {
    path = process.env.PATH;
    process.env.PATH = '/nonexistent';
  });
  afterEach(() => {
    process.env.PATH = path;
  });

  it('should tell how to install Java when java is missing', () => {
    const error = thrown(requireJava);
    expect(error.id).toBe('java_missing');
    expect(error.message).toContain('Java 17');
  });

  it('should tell how to install Maven when mvn is missing', () => {
    const error = thrown(requireMaven);
    expect(error.id).toBe('maven_missing');
    expect(error.message).toContain('maven');
  });
});

describe('ensureDownloaded', () => {
  it('should explain a failed download and leave nothing that looks complete', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-download-'));
    const lib = join(dir, 'lib');
    const versions = { neo4j: '0.0.0-does-not-exist', browser: '0.0.0-does-not-exist' };
    const error = await ensureDownloaded(lib, versions, () => undefined).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProvisionError);
    expect((error as ProvisionError).id).toBe('download_failed');
    expect((error as ProvisionError).message).toContain('network');
    const { isDownloaded } = await import('../../src/db-server/download.ts');
    expect(isDownloaded(lib, versions)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
