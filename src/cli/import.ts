/**
 * `npm run import -- <files, folders or URLs...> [--batch N] [--json]`: extracts the articles and
 * writes them to Neo4j. Exit codes: 0 all imported (or unchanged), 2 some inputs skipped or bad usage, 1 failure.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import { DEFAULT_IMPORT_OPTIONS, runImport } from '../graph/import.ts';
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
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (parsed === null || !parsed.success) {
    const issue = parsed?.error.issues[0];
    console.error(issue ? `${issue.path.join('.') || 'arguments'}: ${issue.message}\n${USAGE}` : USAGE);
    return parsed === null ? 0 : 2;
  }
  const args = parsed.data;
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
