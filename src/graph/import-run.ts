/**
 * One import run, batch by batch: skip unchanged texts, extract, resolve against the people known
 * so far, apply curation, validate, and write — with one batch's write in flight while the next
 * batch is extracted. The entry points in import.ts drive it.
 */
import type { Driver } from 'neo4j-driver';
import type { SourceResult } from '../sources/read.ts';
import type { ArticleFacts } from '../shared/types.ts';
import { applyCuration, type CurationRule } from './curation-rules.ts';
import { importHash } from './ids.ts';
import { emptySummary, type Extractor, type ImportOptions, type ImportSummary } from './import-types.ts';
import { existingArticleIds, existingHashes, loadCurationRules, loadKnownPersons } from './import-reads.ts';
import { KnownPeople } from './known-index.ts';
import { factsToRows, type CountryCodes } from './mappers.ts';
import { appendRows, emptyRows } from './rows.ts';
import { validateFacts } from './validate.ts';
import { writeBatch, type BatchStats } from './write.ts';

/** One article ready to write: resolved facts, the text they were read from, its content hash. */
export interface PreparedArticle {
  facts: ArticleFacts;
  text: string;
  hash: string;
}

/** State of one run: the summary being filled, people known so far, curation rules. */
export interface Run {
  driver: Driver;
  options: ImportOptions;
  countryCode: CountryCodes;
  summary: ImportSummary;
  known: KnownPeople;
  rules: CurationRule[];
  seenHashes: Set<string>;
  /** `Extractor.version` of this run; "" when the facts come ready-made. */
  extractorVersion: string;
  created: number;
  touched: Set<string>;
  events: Set<string>;
  persons: number;
  done: number;
  total: number;
  /** The batch write in flight, if any. */
  pending: Promise<void>;
}

/** Starts a run: loads the people already in the graph and the curation rules. */
export async function startRun(
  driver: Driver,
  options: ImportOptions,
  countryCode: CountryCodes,
  extractorVersion = '',
): Promise<Run> {
  const known = new KnownPeople(await loadKnownPersons(driver));
  const rules = await loadCurationRules(driver);
  return {
    driver,
    options,
    countryCode,
    summary: emptySummary(),
    known,
    rules,
    seenHashes: new Set(),
    extractorVersion,
    created: 0,
    touched: new Set(),
    events: new Set(),
    persons: 0,
    done: 0,
    pending: Promise.resolve(),
    total: 0,
  };
}

function progress(run: Run, file: string, outcome: 'imported' | 'replaced' | 'unchanged' | 'skipped'): void {
  run.done += 1;
  run.options.onProgress?.({ done: run.done, total: run.total, file, outcome });
}

function remember(run: Run, facts: ArticleFacts): void {
  for (const p of facts.persons) run.known.add({ id: p.id, name: p.name, aliases: p.aliases });
}

function tally(run: Run, stats: BatchStats): void {
  run.created += stats.created;
  stats.touched.forEach((id) => run.touched.add(id));
  stats.events.forEach((id) => run.events.add(id));
  run.persons += stats.persons;
  run.summary.meetings += stats.met;
}

async function writeArticles(run: Run, articles: PreparedArticle[], replaced: Set<string>): Promise<void> {
  const rows = emptyRows();
  for (const a of articles)
    appendRows(rows, factsToRows(a.facts, { text: a.text, hash: a.hash, countryCode: run.countryCode }));
  const ids = articles.map((a) => a.facts.id).filter((id) => replaced.has(id));
  const session = run.driver.session();
  try {
    tally(run, await session.executeWrite((tx) => writeBatch(tx, rows, ids)));
  } finally {
    await session.close();
  }
}

/** Writes a batch; when the batch fails as a whole, each article is tried alone to isolate the bad one. */
export async function writePrepared(run: Run, articles: PreparedArticle[]): Promise<void> {
  if (articles.length === 0) return;
  const replaced = new Set(
    await existingArticleIds(
      run.driver,
      articles.map((a) => a.facts.id),
    ),
  );
  try {
    // Two inputs with one article id (a file listed twice, changed in between): the last one wins.
    await writeArticles(run, [...new Map(articles.map((a) => [a.facts.id, a])).values()], replaced);
    articles.forEach((a) => settle(run, a, replaced.has(a.facts.id) ? 'replaced' : 'imported'));
  } catch (error) {
    if (articles.length === 1) {
      const why = error instanceof Error ? error.message : String(error);
      const file = articles[0]?.facts.file ?? '?';
      skip(
        run,
        file,
        'write',
        `${file} could not be written to Neo4j (${why}); fix the cause and import it again.`,
      );
      return;
    }
    for (const article of articles) await writePrepared(run, [article]);
  }
}

function settle(run: Run, article: PreparedArticle, outcome: 'imported' | 'replaced'): void {
  run.summary[outcome] += 1;
  progress(run, article.facts.file, outcome);
}

function skip(run: Run, file: string, code: ImportSummary['skipped'][number]['code'], reason: string): void {
  run.summary.skipped.push({ file, code, reason });
  progress(run, file, 'skipped');
}

/** Resolves, applies curation and validates; invalid articles are skipped with the field named. */
export function prepare(
  run: Run,
  batch: Array<{ facts: ArticleFacts; text: string; hash: string }>,
  resolve: Extractor['resolve'],
): PreparedArticle[] {
  const facts = batch.map((b) => b.facts);
  const resolved = resolve(facts, run.known.candidates(facts));
  const out: PreparedArticle[] = [];
  resolved.forEach((facts, i) => {
    const source = batch[i];
    if (!source) return;
    const checked = validateFacts(applyCuration(facts, run.rules));
    if (checked.ok) {
      // Known before the write, so the next batch resolves against these people while this one is written.
      remember(run, checked.facts);
      out.push({ facts: checked.facts, text: source.text, hash: source.hash });
    } else
      skip(
        run,
        source.facts.file,
        'invalid',
        `${source.facts.file}: ${checked.reason}; the extractor produced bad facts, please report it.`,
      );
  });
  return out;
}

/** Skips texts already imported by this extractor version (same hash, in the graph or earlier in this run). */
export async function dropUnchanged(
  run: Run,
  texts: Array<{ file: string; text: string }>,
): Promise<Array<{ file: string; text: string; hash: string }>> {
  const hashed = texts.map((t) => ({ ...t, hash: importHash(t.text, run.extractorVersion) }));
  const inGraph = new Set(
    await existingHashes(
      run.driver,
      hashed.map((t) => t.hash),
    ),
  );
  return hashed.filter((t) => {
    const unchanged = inGraph.has(t.hash) || run.seenHashes.has(t.hash);
    run.seenHashes.add(t.hash);
    if (unchanged) {
      run.summary.unchanged += 1;
      progress(run, t.file, 'unchanged');
    }
    return !unchanged;
  });
}

const yieldToIo = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function extractAll(
  run: Run,
  texts: Array<{ file: string; text: string; hash: string }>,
  extractor: Extractor,
) {
  const out: Array<{ facts: ArticleFacts; text: string; hash: string }> = [];
  for (const t of texts) {
    // Extraction is synchronous; yielding between articles lets the previous batch's write go on.
    await yieldToIo();
    try {
      const facts = extractor.extract({ file: t.file, text: t.text });
      out.push({ facts, text: facts.text ?? t.text, hash: t.hash });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      skip(run, t.file, 'extract', `${t.file}: extraction failed (${why}); please report it with the file.`);
    }
  }
  return out;
}

/** Imports one batch of texts; its write stays in flight while the caller reads the next batch. */
export async function importTexts(
  run: Run,
  texts: Array<{ file: string; text: string }>,
  extractor: Extractor,
): Promise<void> {
  const fresh = await dropUnchanged(run, texts);
  const prepared = prepare(run, await extractAll(run, fresh, extractor), (a, k) => extractor.resolve(a, k));
  // One write in flight: Neo4j writes batch N while this thread extracts batch N+1.
  await run.pending;
  const write = writePrepared(run, prepared);
  // Handled here so a failure does not surface as an unhandled rejection before it is awaited.
  write.catch(() => undefined);
  run.pending = write;
}

/** Waits for the last write and fills in the summary's totals. */
export async function finish(run: Run, started: number): Promise<ImportSummary> {
  await run.pending;
  const s = run.summary;
  s.created = run.created;
  // Entities touched that this run did not create: mentions or aliases added to what was there.
  s.updated = Math.max(0, run.touched.size - run.created);
  s.personsCreated = run.persons;
  s.events = run.events.size;
  s.durationMs = Date.now() - started;
  return s;
}

/** Records an input that could not be read as skipped. */
export function recordFailure(run: Run, failure: SourceResult): void {
  if (!failure.ok) skip(run, failure.file, failure.code, failure.reason);
}
