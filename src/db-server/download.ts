/**
 * Downloads Neo4j's jars from Maven Central once into `<NEWSGRAPH_HOME>/lib`, shared by every
 * local instance. A marker file records the versions, so a later run skips Maven entirely.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ProvisionError } from './errors.ts';
import { withLock } from './lock.ts';
import { requireMaven } from './tools.ts';
import { NEO4J_DIR, type Neo4jVersions } from './versions.ts';

const MARKER = '.newsgraph-versions.json';

/** True when `lib` holds a complete download of exactly these versions. */
export function isDownloaded(lib: string, versions: Neo4jVersions): boolean {
  try {
    return readFileSync(join(lib, MARKER), 'utf8') === JSON.stringify(versions);
  } catch {
    return false;
  }
}

function runMaven(
  outputDir: string,
  versions: Neo4jVersions,
): Promise<{ code: number | null; output: string }> {
  const args = [
    '-B',
    '-q',
    '-f',
    join(NEO4J_DIR, 'pom.xml'),
    'dependency:copy-dependencies',
    `-DoutputDirectory=${outputDir}`,
    `-Dneo4j.version=${versions.neo4j}`,
    `-Dneo4j.browser.version=${versions.browser}`,
  ];
  return new Promise((resolve) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ code: null, output: String(error) }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function download(lib: string, versions: Neo4jVersions, log: (line: string) => void): Promise<void> {
  requireMaven();
  // Download beside the target and rename at the end, so an interrupted download never looks complete.
  const partial = `${lib}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  log(`Downloading Neo4j ${versions.neo4j} from Maven Central into ${lib} (about 130 MB, once) ...`);
  const { code, output } = await runMaven(partial, versions);
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-15).join('\n');
    throw new ProvisionError(
      'download_failed',
      `Downloading Neo4j with Maven failed (exit ${code}). Check the network or proxy settings ` +
        `(~/.m2/settings.xml) and run again; Maven said:\n${tail}`,
    );
  }
  writeFileSync(join(partial, MARKER), JSON.stringify(versions));
  rmSync(lib, { recursive: true, force: true });
  renameSync(partial, lib);
}

/** Makes sure `lib` holds the jars for `versions`, downloading them (once, under a lock) if not. */
export async function ensureDownloaded(
  lib: string,
  versions: Neo4jVersions,
  log: (line: string) => void,
): Promise<void> {
  if (isDownloaded(lib, versions)) return;
  mkdirSync(dirname(lib), { recursive: true });
  await withLock(`${lib}.lock`, async () => {
    // Another process may have finished the download while we waited for the lock.
    if (!isDownloaded(lib, versions)) await download(lib, versions, log);
  });
  if (!existsSync(lib)) throw new ProvisionError('download_failed', `No ${lib} after download.`);
}
