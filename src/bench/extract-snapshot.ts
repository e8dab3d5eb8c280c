/**
 * `tsx src/bench/extract-snapshot.ts <out.json> [--seeds ../shared/seeds] [--devset tests/fixtures/devset] [--mb 2]`:
 * writes the extraction output of the seeds, the dev set and a synthetic corpus to one JSON file,
 * so a speed change can be diffed against the output before it (identical output, or each change
 * explained).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { ArticleFacts } from '../shared/types.ts';
import { loadModel, type ExtractionModel } from '../extract/model/index.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { readSources } from '../sources/read.ts';
import { generateCorpus } from './corpus.ts';

/** Default inputs: the shared seeds, the dev set and a 2 MB synthetic corpus. */
export const DEFAULT_SNAPSHOT_OPTIONS = { seeds: '../shared/seeds', devset: 'tests/fixtures/devset', mb: 2 };

const argsSchema = z.object({
  out: z.string().min(1),
  seeds: z.string().min(1),
  devset: z.string().min(1),
  mb: z.coerce.number().positive(),
});

// The text is left out: it is the input, and evidence sentences already show what was read.
function withoutText(facts: ArticleFacts): Omit<ArticleFacts, 'text'> {
  return Object.fromEntries(Object.entries(facts).filter(([key]) => key !== 'text')) as Omit<
    ArticleFacts,
    'text'
  >;
}

async function extractFolder(folder: string, model: ExtractionModel): Promise<Omit<ArticleFacts, 'text'>[]> {
  const sources = await readSources([folder]);
  return sources.flatMap((s) =>
    s.ok ? [withoutText(extractArticle({ file: s.file, text: s.text }, model))] : [],
  );
}

/** Extracts the three inputs and writes `{ seeds, devset, synthetic }` as JSON. */
export async function writeSnapshot(options: z.infer<typeof argsSchema>): Promise<void> {
  const model = loadModel();
  const corpus = generateCorpus({ targetBytes: options.mb * 1024 * 1024 });
  const snapshot = {
    seeds: await extractFolder(options.seeds, model),
    devset: await extractFolder(options.devset, model),
    synthetic: corpus.map((a) => withoutText(extractArticle({ file: a.file, text: a.text }, model))),
  };
  await writeFile(options.out, `${JSON.stringify(snapshot, null, 1)}\n`);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seeds: { type: 'string' }, devset: { type: 'string' }, mb: { type: 'string' } },
});
await writeSnapshot(argsSchema.parse({ ...DEFAULT_SNAPSHOT_OPTIONS, ...values, out: positionals[0] }));
