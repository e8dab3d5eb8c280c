/**
 * `npm run import -- <files, folders or URLs...> [--batch N] [--json]`: extracts the articles and
 * writes them to Neo4j. Exit codes: 0 all imported (or unchanged), 2 some inputs skipped or bad usage, 1 failure.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import { DEFAULT_IMPORT_OPTIONS, runImport } from '../graph/import.ts';
import { readCommandLine } from './args.ts';
import { runCli, withGraph } from './connect.ts';
import { createProgressReporter, formatSummary } from './progress.ts';

const USAGE = 'Usage: npm run import -- <files, folders or URLs...> [--batch N] [--json]';

const argsSchema = z.object({
  paths: z.array(z.string().min(1)).min(1, 'give at least one file, folder or URL'),
  batch: z.coerce.number().int().min(1).max(1000).default(DEFAULT_IMPORT_OPTIONS.batchSize),
  json: z.boolean().default(false),
});

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { batch: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return null;
  return argsSchema.safeParse({ paths: positionals, batch: values.batch, json: values.json });
}

async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(() => parse(argv), { usage: USAGE, badUsageCode: 2 });
  if (!line.ok) return line.code;
  const args = line.args;
  return withGraph(async ({ config, driver }) => {
    const reporter = createProgressReporter();
    const summary = await runImport({ config, driver, model: loadModel() }, args.paths, {
      batchSize: args.batch,
      onProgress: (p) => reporter.update(p),
    }).finally(() => reporter.stop());
    console.log(args.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
    return summary.skipped.length > 0 ? 2 : 0;
  });
}

runCli(main);
