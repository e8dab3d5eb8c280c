/**
 * The importer: read -> skip unchanged -> extract -> resolve against the graph -> apply curation ->
 * validate -> write one transaction per batch of articles. Re-running it is safe: unchanged
 * articles are skipped by content hash, changed ones replace only their own facts.
 */
import { resolve as resolvePath } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { ExtractionModel } from '../extract/model/index.ts';
import { listSources, readSource } from '../sources/read.ts';
import type { ArticleFacts } from '../shared/types.ts';
import { createExtractor } from './extractor.ts';
import { contentHash } from './ids.ts';
import {
  dropUnchanged,
  finish,
  importTexts,
  prepare,
  recordFailure,
  startRun,
  type Run,
  writePrepared,
} from './import-run.ts';
import {
  DEFAULT_IMPORT_OPTIONS,
  type Extractor,
  type ImportOptions,
  type ImportSummary,
} from './import-types.ts';

export * from './import-types.ts';
export type { PreparedArticle } from './import-run.ts';

/** What `runImport` needs: the parsed config, a driver and the extraction model. */
export interface RunImportDeps {
  config: Config;
  driver: Driver;
  model: ExtractionModel;
}

/** Imports files and folders (and URLs) with the real extraction pipeline; see `importSources`. */
export function runImport(
  deps: RunImportDeps,
  paths: string[],
  options: Partial<ImportOptions> = {},
): Promise<ImportSummary> {
  return importSources({ driver: deps.driver, extractor: createExtractor(deps.model) }, paths, options);
}

/** Dependencies of an import: the database and the extraction to run. */
export interface ImportDeps {
  driver: Driver;
  extractor: Extractor;
}

/** Imports files, folders and URLs: reads, extracts, resolves and writes them batch by batch. */
export async function importSources(
  deps: ImportDeps,
  paths: string[],
  options: Partial<ImportOptions> = {},
): Promise<ImportSummary> {
  const started = Date.now();
  const opts = { ...DEFAULT_IMPORT_OPTIONS, ...options };
  const run = await startRun(deps.driver, opts, deps.extractor.countryCode, deps.extractor.version);
  const listing = await listSources(paths);
  run.total = listing.sources.length + listing.failures.length;
  run.summary.files = run.total;
  for (const failure of listing.failures) recordFailure(run, failure);
  await settleOnFailure(run, async () => {
    let batch: Array<{ file: string; text: string }> = [];
    for (const ref of listing.sources) {
      const read = await readSource(
        ref.kind === 'file' ? { kind: 'file', file: resolvePath(ref.file) } : ref,
        opts.read,
      );
      if (!read.ok) recordFailure(run, read);
      else batch.push({ file: read.file, text: read.text });
      if (batch.length >= opts.batchSize) {
        await importTexts(run, batch, deps.extractor);
        batch = [];
      }
    }
    await importTexts(run, batch, deps.extractor);
  });
  return finish(run, started);
}

/**
 * Runs the batch loop; when it fails, waits for the write still in flight to commit or roll back
 * before rethrowing, so the caller never closes the driver under a running transaction.
 */
async function settleOnFailure(run: Run, loop: () => Promise<void>): Promise<void> {
  try {
    await loop();
  } catch (error) {
    await run.pending.catch(() => undefined);
    throw error;
  }
}

/** Imports texts already in memory (the bench's synthetic corpus, the server's uploads). */
export async function importTextsInMemory(
  deps: ImportDeps,
  texts: Array<{ file: string; text: string }>,
  options: Partial<ImportOptions> = {},
): Promise<ImportSummary> {
  const started = Date.now();
  const opts = { ...DEFAULT_IMPORT_OPTIONS, ...options };
  const run = await startRun(deps.driver, opts, deps.extractor.countryCode, deps.extractor.version);
  run.total = texts.length;
  run.summary.files = texts.length;
  await settleOnFailure(run, async () => {
    for (let i = 0; i < texts.length; i += opts.batchSize) {
      await importTexts(run, texts.slice(i, i + opts.batchSize), deps.extractor);
    }
  });
  return finish(run, started);
}

/** Writes facts that were extracted elsewhere (tests, `npm run extract` output); resolution still runs. */
export async function importFacts(
  driver: Driver,
  articles: Array<{ facts: ArticleFacts; text: string }>,
  extractor: Pick<Extractor, 'resolve' | 'countryCode'>,
  options: Partial<ImportOptions> = {},
): Promise<ImportSummary> {
  const started = Date.now();
  const opts = { ...DEFAULT_IMPORT_OPTIONS, ...options };
  const run = await startRun(driver, opts, extractor.countryCode);
  run.total = articles.length;
  run.summary.files = articles.length;
  for (let i = 0; i < articles.length; i += opts.batchSize) {
    const slice = articles.slice(i, i + opts.batchSize);
    const fresh = await dropUnchanged(
      run,
      slice.map((a) => ({ file: a.facts.file, text: a.text })),
    );
    const keep = slice
      .filter((a) => fresh.some((f) => f.file === a.facts.file))
      .map((a) => ({ ...a, hash: contentHash(a.text) }));
    await writePrepared(
      run,
      prepare(run, keep, (a, k) => extractor.resolve(a, k)),
    );
  }
  return finish(run, started);
}
