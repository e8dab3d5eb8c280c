/**
 * `npm run extract -- <files, folders or URLs...> [--date YYYY-MM-DD] [--date <file>=YYYY-MM-DD ...] [--max-mb N]`
 * `--date` gives the article date used when the text has none: for every input, or (repeatable)
 * for one file, named by path or file name. Prints ONE JSON document (ExtractionOutput) to stdout; progress and skipped inputs go to stderr.
 * Exit codes: 0 all inputs extracted, 2 some inputs skipped, 1 usage error.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import { extractSources } from '../sources/extract.ts';
import { DEFAULT_READ_OPTIONS } from '../sources/read.ts';
import { readCommandLine } from './args.ts';

const USAGE =
  'usage: npm run extract -- <files, folders or URLs...> [--date YYYY-MM-DD] [--date <file>=YYYY-MM-DD ...] [--max-mb N]';

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '--date must be YYYY, YYYY-MM or YYYY-MM-DD');

const argsSchema = z.object({
  inputs: z.array(z.string().min(1)).min(1, 'give at least one file, folder or URL'),
  date: partialDate.nullable(),
  dateByFile: z.record(partialDate),
  maxMb: z.coerce.number().positive('--max-mb must be a positive number'),
});

/** Splits the --date values into the run-wide date (the last bare one) and per-file dates. */
function splitDates(values: readonly string[]): { date: string | null; dateByFile: Record<string, string> } {
  let date: string | null = null;
  const dateByFile: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at < 0) date = value;
    else dateByFile[value.slice(0, at)] = value.slice(at + 1);
  }
  return { date, dateByFile };
}

/** Validates the command line (null for --help); node:util's parseArgs throws on unknown options. */
function parseCommandLine(argv: string[]) {
  if (argv.includes('--help') || argv.includes('-h')) return null;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { date: { type: 'string', multiple: true }, 'max-mb': { type: 'string' } },
  });
  const parsed = argsSchema.safeParse({
    inputs: positionals,
    ...splitDates(values.date ?? []),
    maxMb: values['max-mb'] ?? DEFAULT_READ_OPTIONS.maxBytes / 1024 / 1024,
  });
  return parsed;
}

/** Progress on a terminal only, so that logs of scripted runs hold just the warnings. */
function progress(done: number, total: number, file: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\rextract: ${done}/${total} ${file.slice(-60).padEnd(60)}`);
  if (process.stderr.isTTY && done === total) process.stderr.write('\n');
}

async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(() => parseCommandLine(argv), { usage: USAGE, badUsageCode: 1 });
  if (!line.ok) return line.code;
  const args = line.args;
  const { output, skipped } = await extractSources(args.inputs, loadModel(), {
    published: args.date,
    publishedByFile: args.dateByFile,
    read: { ...DEFAULT_READ_OPTIONS, maxBytes: Math.round(args.maxMb * 1024 * 1024) },
    onProgress: progress,
  });
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  for (const skip of skipped) process.stderr.write(`skipped (${skip.code}): ${skip.reason}\n`);
  process.stderr.write(`extracted ${output.articles.length} article(s), skipped ${skipped.length}\n`);
  return skipped.length > 0 ? 2 : 0;
}

process.exitCode = await main(process.argv.slice(2));
