/**
 * `npm run entities -- merge <keep-id> <drop-id> | split <id> --alias <spelling> | rename <id> <name>`:
 * manual curation of people. Later imports respect merges and splits. A split re-imports the
 * articles that use the spelling so their facts move. Exit codes: 0 done, 2 bad usage or refused, 1 failure.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadModel } from '../extract/model/index.ts';
import {
  CurationError,
  mergePersons,
  renamePerson,
  splitPerson,
  type PersonNames,
} from '../graph/curation.ts';
import { runImport } from '../graph/import.ts';
import { readCommandLine } from './args.ts';
import { runCli, withGraph, type GraphContext } from './connect.ts';
import { formatSummary } from './progress.ts';

const USAGE = [
  'Usage: npm run entities -- <command>',
  '  merge <keep-id> <drop-id>      one person: facts of the second move to the first',
  '  split <id> --alias <spelling>  the spelling becomes its own person',
  '  rename <id> <name>             new display name; the old one stays an alias',
  'Find ids with: npm run query -- person --name <name>',
].join('\n');

const argsSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('merge'), keep: z.string().min(1), drop: z.string().min(1) }),
  z.object({ command: z.literal('split'), id: z.string().min(1), alias: z.string().trim().min(1) }),
  z.object({ command: z.literal('rename'), id: z.string().min(1), name: z.string().trim().min(1) }),
]);
type Args = z.infer<typeof argsSchema>;

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { alias: { type: 'string' } },
  });
  const [command, a, b] = positionals;
  if (command === 'merge') return argsSchema.safeParse({ command, keep: a, drop: b });
  if (command === 'split') return argsSchema.safeParse({ command, id: a, alias: values.alias });
  return argsSchema.safeParse({ command, id: a, name: b });
}

function describe(p: PersonNames): string {
  return `${p.name} (${p.id}); spellings: ${p.aliases.join(', ')}`;
}

async function split(ctx: GraphContext, id: string, alias: string): Promise<number> {
  const result = await splitPerson(ctx.driver, id, alias);
  console.log(`Split off ${describe(result.person)}`);
  const present = result.files.filter((f) => existsSync(f) || /^https?:/.test(f));
  const missing = result.files.filter((f) => !present.includes(f));
  if (present.length > 0) {
    const summary = await runImport({ ...ctx, model: loadModel() }, present);
    console.log(
      `Re-imported the ${present.length} article(s) that use "${alias}":\n${formatSummary(summary)}`,
    );
  }
  if (missing.length > 0) console.log(`Re-import these to move their facts: ${missing.join(', ')}`);
  return 0;
}

async function curate(ctx: GraphContext, args: Args): Promise<number> {
  if (args.command === 'merge') {
    console.log(`Merged ${args.drop} into ${describe(await mergePersons(ctx.driver, args.keep, args.drop))}`);
    return 0;
  }
  if (args.command === 'rename') {
    console.log(`Renamed: ${describe(await renamePerson(ctx.driver, args.id, args.name))}`);
    return 0;
  }
  return split(ctx, args.id, args.alias);
}

async function main(argv: string[]): Promise<number> {
  const line = readCommandLine(() => parse(argv), { usage: USAGE, badUsageCode: 2 });
  if (!line.ok) return line.code;
  const args = line.args;
  return withGraph(async (ctx) => {
    try {
      return await curate(ctx, args);
    } catch (error) {
      if (!(error instanceof CurationError)) throw error;
      console.error(error.message);
      return 2;
    }
  });
}

runCli(main);
