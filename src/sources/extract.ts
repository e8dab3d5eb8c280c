/**
 * One extraction run over many inputs: read each source, extract its facts, then resolve people
 * across the whole run so that one person has one id. Shared by `npm run extract`, `npm run eval`
 * and the extraction bench.
 */
import { basename } from 'node:path';
import { extractArticle } from '../extract/pipeline.ts';
import type { ExtractionModel } from '../extract/model/index.ts';
import { resolvePersons } from '../resolve/persons.ts';
import type { ArticleFacts, ExtractionOutput, PartialDate } from '../shared/types.ts';
import {
  DEFAULT_READ_OPTIONS,
  listSources,
  readSource,
  type ReadOptions,
  type SourceResult,
} from './read.ts';

/** An input that produced no article: unreadable, or the pipeline failed on it. */
export interface SkippedInput {
  file: string;
  code: string;
  reason: string;
}

/** Options of an extraction run; see DEFAULT_RUN_OPTIONS. */
export interface RunOptions {
  /** Article date used when the text gives none (`--date YYYY-MM-DD`). */
  published: PartialDate | null;
  /** Per-file dates used when the text gives none, keyed by path or file name (`--date file=YYYY-MM-DD`). */
  publishedByFile: Readonly<Record<string, PartialDate>>;
  read: ReadOptions;
  /** Called after each input, for progress output. */
  onProgress: (done: number, total: number, file: string) => void;
}

/** No date override, default read limits, silent. */
export const DEFAULT_RUN_OPTIONS: RunOptions = {
  published: null,
  publishedByFile: {},
  read: DEFAULT_READ_OPTIONS,
  onProgress: () => {},
};

/** The facts of every readable input, plus what was skipped and why. */
export interface RunResult {
  output: ExtractionOutput;
  skipped: SkippedInput[];
}

function skippedFrom(result: Extract<SourceResult, { ok: false }>): SkippedInput {
  return { file: result.file, code: result.code, reason: result.reason };
}

/** Extracts one decoded source, turning a pipeline crash into a skipped input instead of ending the run. */
function extractOne(
  file: string,
  text: string,
  model: ExtractionModel,
  published: PartialDate | null,
): ArticleFacts | SkippedInput {
  try {
    return extractArticle({ file, text }, model, { published });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      file,
      code: 'extract',
      reason: `${file} could not be extracted (${why}); please report it with the file.`,
    };
  }
}

/** Reads and extracts every input (files, folders, URLs), then resolves people across all articles. */
export async function extractSources(
  inputs: readonly string[],
  model: ExtractionModel,
  options: Partial<RunOptions> = {},
): Promise<RunResult> {
  const { published, publishedByFile, read, onProgress } = { ...DEFAULT_RUN_OPTIONS, ...options };
  const dateFor = (file: string): PartialDate | null =>
    publishedByFile[file] ?? publishedByFile[basename(file)] ?? published;
  const listing = await listSources(inputs);
  const skipped: SkippedInput[] = listing.failures.flatMap((f) => (f.ok ? [] : [skippedFrom(f)]));
  const articles: ArticleFacts[] = [];
  for (const [index, ref] of listing.sources.entries()) {
    const source = await readSource(ref, read);
    if (!source.ok) skipped.push(skippedFrom(source));
    else {
      const facts = extractOne(source.file, source.text, model, dateFor(source.file));
      if ('code' in facts) skipped.push(facts);
      else articles.push(facts);
    }
    onProgress(index + 1, listing.sources.length, ref.file);
  }
  return { output: { articles: resolvePersons(articles) }, skipped };
}
