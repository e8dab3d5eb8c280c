/**
 * `npm run eval -- [--gold <gold.json>] [--articles <dir>] [--json]`
 * --gold defaults to gold.json in the seeds folder (NEWSGRAPH_SEEDS, see src/config.ts). Extracts the gold file's articles (from --articles, default the gold file's folder) and scores
 * the result: a compact table, or the full report as JSON with --json.
 * Exit codes: 0 scored, 2 scored but some articles could not be read (they count as all missed),
 * 1 usage error or invalid gold file.
 */
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.ts';
import { loadGold, GoldFileError } from '../eval/gold.ts';
import { formatReport } from '../eval/report.ts';
import { scoreExtraction } from '../eval/score.ts';
import { loadModel } from '../extract/model/index.ts';
import { extractSources } from '../sources/extract.ts';
import { readCommandLine } from './args.ts';

const USAGE = 'usage: npm run eval -- [--gold <gold.json>] [--articles <dir>] [--json]';

const argsSchema = z.object({
  gold: z.string().min(1, '--gold needs a file name'),
  articles: z.string().min(1).optional(),
  json: z.boolean(),
});

/** Validates the command line (null for --help); node:util's parseArgs throws on unknown options. */
function parseCommandLine(argv: string[]) {
  if (argv.includes('--help') || argv.includes('-h')) return null;
  const { values } = parseArgs({
    args: argv,
    options: {
      gold: { type: 'string' },
      articles: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const parsed = argsSchema.safeParse({
    ...values,
    gold: values.gold ?? join(loadConfig().seeds, 'gold.json'),
  });
  return parsed;
}

async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(() => parseCommandLine(argv), { usage: USAGE, badUsageCode: 1 });
  if (!line.ok) return line.code;
  const args = line.args;
  try {
    const gold = await loadGold(args.gold);
    const folder = args.articles ?? dirname(args.gold);
    const { output, skipped } = await extractSources(
      gold.articles.map((a) => join(folder, a.file)),
      loadModel(),
    );
    for (const skip of skipped) process.stderr.write(`skipped (${skip.code}): ${skip.reason}\n`);
    const report = scoreExtraction(gold, output);
    process.stdout.write(`${args.json ? JSON.stringify(report, null, 2) : formatReport(report)}\n`);
    return skipped.length > 0 ? 2 : 0;
  } catch (error) {
    if (!(error instanceof GoldFileError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
